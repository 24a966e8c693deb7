export type MarkerTone = "provider" | "need" | "both";

// Colour is not the only signal: providers are circles, needs diamonds, a day with both a square.
export const MARKER_SHAPE: Record<MarkerTone, string> = {
  provider: "rounded-full bg-brand-700",
  need: "rotate-45 bg-sky-800",
  both: "rounded-sm bg-stone-800",
};
