import { describe, expect, it } from "vitest";
import { laterResumePoint, resumePointOfNewestPage } from "@/lib/domain/messages/resume-point";

describe("message stream resume point", () => {
  const fromOthers = { id: "a", position: 10 };
  it("takes the newest message of the newest page (pages are newest first)", () => {
    expect(resumePointOfNewestPage([{ id: "c", position: 12 }, fromOthers])).toEqual({ id: "c", position: 12 });
    expect(resumePointOfNewestPage([])).toBeUndefined();
  });

  it("only moves forward", () => {
    expect(laterResumePoint(fromOthers, { id: "old", position: 3 })).toBe(fromOthers);
    expect(laterResumePoint(fromOthers, { id: "b", position: 11 })).toEqual({ id: "b", position: 11 });
    expect(laterResumePoint(undefined, fromOthers)).toBe(fromOthers);
    expect(laterResumePoint(fromOthers, undefined)).toBe(fromOthers);
  });
});
