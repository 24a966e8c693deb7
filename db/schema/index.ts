export * from "./auth";
export * from "./families";
export * from "./audit";
export * from "./care-team";
export * from "./articles";
export * from "./messages";
export * from "./coaching";
export * from "./idempotency";
