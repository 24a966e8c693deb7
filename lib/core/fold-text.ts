/** Lower case without accents: "Évaluation" and "evaluation" are the same word to search. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}
