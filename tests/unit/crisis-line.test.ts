import { describe, expect, it } from "vitest";
import { showsCrisisLine } from "@/app/_components/care-team/crisis-line";
import type { GapStatus } from "@/lib/domain/gaps";

describe("R10: 988 beside a safety-planning gap", () => {
  it.each<[GapStatus, boolean]>([
    ["missing", true],
    ["mismatch", true],
    ["unverified", true],
    ["covered", false],
  ])("safety planning %s → shown: %s", (status, shown) => {
    expect(showsCrisisLine({ serviceId: "safety-planning", status })).toBe(shown);
  });

  it("is never shown beside another service, whatever its status", () => {
    for (const status of ["missing", "mismatch", "unverified", "covered"] as const)
      expect(showsCrisisLine({ serviceId: "trauma-treatment", status })).toBe(false);
  });
});
