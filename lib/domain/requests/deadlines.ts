import { addDays, type IsoDate } from "@/lib/core/dates";
import type { RequestKind } from "./kinds";
import { addSchoolDays } from "./school-days";

/**
 * How long an agency, a plan or a school has to answer a request, by kind and by the family's
 * state. Each rule names the rule or statute it comes from, where it was read and when. A rule
 * whose figure could not be confirmed, or whose count depends on a local school calendar, says
 * `checkLocally`. Where no rule is known, Clarity suggests a follow-up in 14 days and says it is
 * only a reminder. A date the family gives always wins over any of these (lib/requests).
 */

/** The event a rule counts from. The API counts from `askedOn`, the nearest date Clarity has. */
export type DueRuleStart = "asked" | "consent-received" | "appeal-received" | "request-received";

export type DueRuleId =
  | "or-ohp-appeal"
  | "idea-initial-evaluation"
  | "or-initial-evaluation"
  | "tx-initial-evaluation"
  | "ca-initial-assessment"
  | "hipaa-access"
  | "follow-up-reminder";

export type DeadlineRule = {
  id: DueRuleId;
  days: number;
  counting: "calendar" | "school";
  startsAt: DueRuleStart;
  /** The rule or statute, as a reader would look it up. */
  source: string;
  /** Where the figure was read, and on which date. */
  sourceUrl: string | null;
  checkedOn: IsoDate;
  /** Not a legal deadline: a nudge to follow up. */
  reminderOnly?: true;
  /** The figure is unconfirmed or depends on a local calendar: the family should check locally. */
  checkLocally?: true;
};

/** What a request keeps (and the API answers) when Clarity suggested its date. */
export type DueRule = {
  id: DueRuleId;
  days: number;
  counting: "calendar" | "school";
  /** The date the days are counted from (the request's `askedOn`). */
  from: IsoDate;
  startsAt: DueRuleStart;
  source: string;
  checkedOn: IsoDate;
  reminderOnly?: true;
  checkLocally?: true;
};

const CHECKED = "2026-12-05";

export const DEADLINE_RULES = {
  // Oregon Health Plan: a coordinated-care organization must resolve a standard appeal within
  // 16 days of receiving it; it may extend by up to 14 days (OAR 410-141-3890(3), read on
  // casetext, "current through June 1, 2024"). The 60 days Oregon gives a member to FILE the
  // appeal (counted from the notice; oregon.gov OHP appeals page) is a different clock: see
  // OHP_APPEAL_FILING_DAYS.
  "or-ohp-appeal": {
    id: "or-ohp-appeal",
    days: 16,
    counting: "calendar",
    startsAt: "appeal-received",
    source: "OAR 410-141-3890(3)",
    sourceUrl:
      "https://casetext.com/regulation/oregon-administrative-code/chapter-410-oregon-health-authority-health-systems-division-medical-assistance-programs/division-141-oregon-health-plan/section-410-141-3890-grievances-and-appeals-appeal-process",
    checkedOn: CHECKED,
  },
  // Federal default: 60 days from the parent's consent (34 CFR 300.301(c)(1)(i)); a day is a
  // calendar day unless the rule says otherwise (34 CFR 300.11). A state may set its own
  // timeframe (300.301(c)(1)(ii)), so outside the states below the family should check locally.
  "idea-initial-evaluation": {
    id: "idea-initial-evaluation",
    days: 60,
    counting: "calendar",
    startsAt: "consent-received",
    source: "34 CFR 300.301(c)(1)",
    sourceUrl: "https://sites.ed.gov/idea/regs/b/d/300.301/c",
    checkedOn: CHECKED,
    checkLocally: true,
  },
  // Oregon: 60 school days from written consent (OAR 581-015-2110). Read in two parent guides
  // citing the rule (iepsays.com, specialedstartguide.com); the rule's own paragraph was not in
  // what could be read, and school days depend on the district's calendar: check locally.
  "or-initial-evaluation": {
    id: "or-initial-evaluation",
    days: 60,
    counting: "school",
    startsAt: "consent-received",
    source: "OAR 581-015-2110",
    sourceUrl: "https://www.iepsays.com/states/oregon/evaluation",
    checkedOn: CHECKED,
    checkLocally: true,
  },
  // Texas: the written report by the 45th school day after the district receives written consent
  // (Texas Education Code 29.004(a)(1), as amended by SB 816 of the 83rd Legislature; read in the
  // bill text on capitol.texas.gov). End-of-year and absence exceptions apply: check locally.
  "tx-initial-evaluation": {
    id: "tx-initial-evaluation",
    days: 45,
    counting: "school",
    startsAt: "consent-received",
    source: "Texas Education Code 29.004(a)",
    sourceUrl: "https://capitol.texas.gov/tlodocs/83R/billtext/html/SB00816S.htm",
    checkedOn: CHECKED,
    checkLocally: true,
  },
  // California: assessment and IEP meeting within 60 days of consent (Education Code 56302.1,
  // 56043(c)), not counting days between school sessions or vacations of more than five school
  // days (56344(a)). Clarity cannot see those breaks: check locally.
  "ca-initial-assessment": {
    id: "ca-initial-assessment",
    days: 60,
    counting: "calendar",
    startsAt: "consent-received",
    source: "California Education Code 56302.1, 56344(a)",
    sourceUrl: "https://codes.findlaw.com/ca/education-code/edc-sect-56302-1.html",
    checkedOn: CHECKED,
    checkLocally: true,
  },
  // HIPAA right of access: a health care provider or plan acts on a request for records within
  // 30 days of receiving it, with one 30-day extension if it explains why in writing
  // (45 CFR 164.524(b)(2)). School records fall under other rules.
  "hipaa-access": {
    id: "hipaa-access",
    days: 30,
    counting: "calendar",
    startsAt: "request-received",
    source: "45 CFR 164.524(b)(2)",
    sourceUrl:
      "https://www.accountablehq.com/post/45-cfr-164-524-explained-your-hipaa-right-of-access-to-medical-records",
    checkedOn: CHECKED,
  },
  "follow-up-reminder": {
    id: "follow-up-reminder",
    days: 14,
    counting: "calendar",
    startsAt: "asked",
    source: "Clarity's own reminder, not a rule",
    sourceUrl: null,
    checkedOn: CHECKED,
    reminderOnly: true,
  },
} as const satisfies Record<DueRuleId, DeadlineRule>;

/** Oregon Health Plan members have 60 days from the date on the notice to file an appeal. */
export const OHP_APPEAL_FILING_DAYS = {
  days: 60,
  source: "OAR 410-141-3890; OHA, Oregon Health Plan appeals and hearings",
  sourceUrl: "https://www.oregon.gov/OHA/HSD/OHP/Pages/Appeals-Hearings.aspx",
  checkedOn: CHECKED,
} as const;

/** Which rule applies to a request of this kind in this state (null: unknown or unset). */
export function deadlineRuleFor(kind: RequestKind, state: string | null): DeadlineRule {
  switch (kind) {
    case "appeal":
      return state === "OR" ? DEADLINE_RULES["or-ohp-appeal"] : DEADLINE_RULES["follow-up-reminder"];
    case "school-evaluation":
      if (state === "OR") return DEADLINE_RULES["or-initial-evaluation"];
      if (state === "TX") return DEADLINE_RULES["tx-initial-evaluation"];
      if (state === "CA") return DEADLINE_RULES["ca-initial-assessment"];
      return DEADLINE_RULES["idea-initial-evaluation"];
    case "records-request":
      return DEADLINE_RULES["hipaa-access"];
    default:
      return DEADLINE_RULES["follow-up-reminder"];
  }
}

/** The date to expect an answer by, counted from the day the family asked. */
export function suggestDueDate(input: { kind: RequestKind; state: string | null; askedOn: IsoDate }): {
  dueOn: IsoDate;
  dueRule: DueRule;
} {
  const rule = deadlineRuleFor(input.kind, input.state);
  const dueOn =
    rule.counting === "school" ? addSchoolDays(input.askedOn, rule.days) : addDays(input.askedOn, rule.days);
  const dueRule: DueRule = {
    id: rule.id,
    days: rule.days,
    counting: rule.counting,
    from: input.askedOn,
    startsAt: rule.startsAt,
    source: rule.source,
    checkedOn: rule.checkedOn,
    ...("reminderOnly" in rule ? { reminderOnly: true as const } : {}),
    ...("checkLocally" in rule ? { checkLocally: true as const } : {}),
  };
  return { dueOn, dueRule };
}
