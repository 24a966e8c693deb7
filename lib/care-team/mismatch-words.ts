import type { MismatchMessageKey, MismatchValues } from "@/lib/domain/gaps/mismatch-reason-text";

/** Reasons with a wording that names the state whose own title decided them (`…InState`). */
const IN_STATE: ReadonlySet<MismatchMessageKey> = new Set(["notQualified", "needsSupervisor"]);

/**
 * Wraps a translator of the `mismatch` messages so a reason decided by a state's title says so
 * ("In Texas, a QMHP-CS is not trained or allowed to provide therapy…"): a parent who moved, or
 * who read about the title elsewhere, learns why the answer differs. Every edge words reasons
 * through this, so the gaps API, the pages and the summary say the same sentence.
 */
export function stateAwareMismatch(
  translate: (key: string, values: MismatchValues) => string,
): (key: MismatchMessageKey, values: MismatchValues) => string {
  return (key, values) => translate(values.state && IN_STATE.has(key) ? `${key}InState` : key, values);
}
