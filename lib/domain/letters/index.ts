export * from "./types";
export { composeLetter, usesGapsByDefault } from "./compose";
export { letterFactsOn, NotAGapError, type LetterRecord } from "./facts";
