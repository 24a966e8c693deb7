import { describe, expect, it } from "vitest";
import {
  DEADLINE_RULES,
  REQUEST_KINDS,
  addSchoolDays,
  deadlineRuleFor,
  isWeekday,
  suggestDueDate,
} from "@/lib/domain/requests";
import { isIsoDate } from "@/lib/core/dates";

// 2026-12-07 is a Monday; 2026-12-11 a Friday.
const MONDAY = "2026-12-07";
const FRIDAY = "2026-12-11";

describe("school days (weekdays; no school calendar known)", () => {
  it("skip Saturdays and Sundays and nothing else", () => {
    expect(isWeekday(MONDAY)).toBe(true);
    expect(isWeekday("2026-12-12")).toBe(false);
    expect(isWeekday("2026-12-13")).toBe(false);
    expect(addSchoolDays(FRIDAY, 1)).toBe("2026-12-14");
    expect(addSchoolDays(MONDAY, 5)).toBe("2026-12-14");
    // Christmas Day is a Friday in 2026: with no calendar it still counts, as the rule says.
    expect(addSchoolDays("2026-12-24", 1)).toBe("2026-12-25");
  });

  it("60 school days from a Monday are 12 weeks later", () => {
    expect(addSchoolDays(MONDAY, 60)).toBe("2027-03-01");
  });

  it("a request asked on a weekend counts from the next Monday", () => {
    expect(addSchoolDays("2026-12-12", 1)).toBe("2026-12-14");
  });
});

describe("suggestDueDate: one rule per kind and state", () => {
  it("an Oregon Health Plan appeal: the plan answers within 16 days of receiving it", () => {
    const { dueOn, dueRule } = suggestDueDate({ kind: "appeal", state: "OR", askedOn: "2026-12-05" });
    expect(dueOn).toBe("2026-12-21");
    expect(dueRule).toEqual({
      id: "or-ohp-appeal",
      days: 16,
      counting: "calendar",
      from: "2026-12-05",
      startsAt: "appeal-received",
      source: "OAR 410-141-3890(3)",
      checkedOn: "2026-12-05",
    });
  });

  it("an appeal outside Oregon has no verified rule: a reminder that says so", () => {
    for (const state of ["WA", "TX", null]) {
      const { dueOn, dueRule } = suggestDueDate({ kind: "appeal", state, askedOn: "2026-12-05" });
      expect(dueOn).toBe("2026-12-19");
      expect(dueRule.reminderOnly).toBe(true);
      expect(dueRule.id).toBe("follow-up-reminder");
    }
  });

  it("a school evaluation in Oregon: 60 school days, check locally", () => {
    const { dueOn, dueRule } = suggestDueDate({ kind: "school-evaluation", state: "OR", askedOn: MONDAY });
    expect(dueOn).toBe("2027-03-01");
    expect(dueRule).toMatchObject({ days: 60, counting: "school", source: "OAR 581-015-2110", checkLocally: true });
  });

  it("a school evaluation in Texas: 45 school days", () => {
    const { dueOn, dueRule } = suggestDueDate({ kind: "school-evaluation", state: "TX", askedOn: MONDAY });
    expect(dueOn).toBe("2027-02-08");
    expect(dueRule).toMatchObject({ days: 45, counting: "school", source: "Texas Education Code 29.004(a)" });
  });

  it("a school evaluation in California: 60 calendar days, breaks over five school days not counted (check locally)", () => {
    const { dueOn, dueRule } = suggestDueDate({ kind: "school-evaluation", state: "CA", askedOn: "2026-12-05" });
    expect(dueOn).toBe("2027-02-03");
    expect(dueRule).toMatchObject({ id: "ca-initial-assessment", counting: "calendar", checkLocally: true });
  });

  it("a school evaluation anywhere else (or no state yet): the federal 60 calendar days, check locally", () => {
    for (const state of ["WA", "NY", null]) {
      const { dueOn, dueRule } = suggestDueDate({ kind: "school-evaluation", state, askedOn: "2026-12-05" });
      expect(dueOn).toBe("2027-02-03");
      expect(dueRule).toMatchObject({
        id: "idea-initial-evaluation",
        days: 60,
        counting: "calendar",
        source: "34 CFR 300.301(c)(1)",
        startsAt: "consent-received",
        checkLocally: true,
      });
      expect(dueRule.reminderOnly).toBeUndefined();
    }
  });

  it("a records request: 30 days under HIPAA, in every state", () => {
    for (const state of ["OR", "TX", null]) {
      const { dueOn, dueRule } = suggestDueDate({ kind: "records-request", state, askedOn: "2026-12-05" });
      expect(dueOn).toBe("2027-01-04");
      expect(dueRule).toMatchObject({ days: 30, counting: "calendar", source: "45 CFR 164.524(b)(2)" });
      expect(dueRule.reminderOnly).toBeUndefined();
    }
  });

  it("a service request, a question or anything else: a 14-day reminder that says it is only a reminder", () => {
    for (const kind of ["service-request", "qualification-question", "other"] as const) {
      const { dueOn, dueRule } = suggestDueDate({ kind, state: "OR", askedOn: "2026-12-30" });
      expect(dueOn).toBe("2027-01-13");
      expect(dueRule).toMatchObject({ days: 14, reminderOnly: true, startsAt: "asked" });
    }
  });

  it("every rule cites a source and the date it was checked; only the reminder lacks a place it was read", () => {
    for (const rule of Object.values(DEADLINE_RULES)) {
      expect(rule.source.length).toBeGreaterThan(5);
      expect(isIsoDate(rule.checkedOn)).toBe(true);
      expect(rule.days).toBeGreaterThan(0);
      if ("reminderOnly" in rule) expect(rule.sourceUrl).toBeNull();
      else expect(rule.sourceUrl).toMatch(/^https:\/\//);
    }
  });

  it("every kind in every sort of state gets a rule, and the due date is never before the day asked", () => {
    for (const kind of REQUEST_KINDS)
      for (const state of ["OR", "TX", "CA", "WA", null]) {
        const rule = deadlineRuleFor(kind, state);
        const { dueOn } = suggestDueDate({ kind, state, askedOn: FRIDAY });
        expect(dueOn > FRIDAY).toBe(true);
        expect(DEADLINE_RULES[rule.id]).toBe(rule);
      }
  });
});
