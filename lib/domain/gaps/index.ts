export * from "./types";
export { judge, judgeCredential, qualifiesToSupervise, isBehaviorAnalyst, type Judgement } from "./qualification";
export {
  evaluateChildOn,
  evaluateJudged,
  judgeProviders,
  judgeOn,
  judgementOn,
  isNeedOpenOn,
  isMarkOpenOn,
  isProviderActiveOn,
  MARKED,
  type JudgedProvider,
  type PresenceWindow,
  type TeamJudgement,
} from "./evaluate";
export { childGapsOn, familyGapsOn, changeDates } from "./family-gaps";
export { titleFlagsOn } from "./title-flags";
export {
  timeline,
  statusIntervals,
  stepDates,
  type Timeline,
  type TimelineStep,
  type TimelinePeriod,
  type ServiceTimeline,
  type StatusInterval,
} from "./timeline";
export { timelineEvents, type TimelineEvent, type TimelineEventKind } from "./timeline-events";
export {
  axisDays,
  axisPosition,
  axisSpan,
  axisTicks,
  markerRows,
  tickEvery,
  type AxisSpan,
  type AxisTick,
  type TickEvery,
} from "./timeline-axis";
export { summarizeGaps, SAFETY_SERVICE_ID, NEW_GAP_DAYS, type GapSummary } from "./summary";
export { CRISIS_LINE, CRISIS_LINE_WAYS } from "./crisis";
export { describeDuration, type Duration } from "./duration";
export { isSafetyGap } from "./summary";
export {
  nextSteps,
  MAX_NEXT_STEPS,
  type NextStep,
  type NextStepKind,
  type NextStepsInput,
  type OverdueRequestIn,
} from "./next-steps";
