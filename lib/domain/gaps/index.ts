export * from "./types";
export { judge, type Judgement } from "./qualification";
export {
  evaluateChildOn,
  evaluateJudged,
  judgeProviders,
  isNeedOpenOn,
  isMarkOpenOn,
  isProviderActiveOn,
  MARKED,
} from "./evaluate";
export { childGapsOn, familyGapsOn, changeDates } from "./family-gaps";
export { titleFlagsOn } from "./title-flags";
export {
  timeline,
  stepDates,
  type Timeline,
  type TimelineStep,
  type TimelinePeriod,
  type ServiceTimeline,
} from "./timeline";
export { summarizeGaps, SAFETY_SERVICE_ID, NEW_GAP_DAYS, type GapSummary } from "./summary";
