/** The service whose absence is a safety gap when a safety-relevant need calls for it. */
export const SAFETY_SERVICE_ID = "safety-planning";

/**
 * R10: the national crisis line, by call, text or chat (live since 2022-07-16). Shown beside every
 * safety-planning gap; it helps in the moment and does not replace a written safety plan.
 */
export const CRISIS_LINE = "988";

export const CRISIS_LINE_WAYS = ["call", "text", "chat"] as const;
