export * from "./auth";
export * from "./families";
export * from "./audit";
export * from "./messages";
