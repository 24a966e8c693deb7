import type { FieldMessage, FieldMessages } from "../errors";
import { translatorFor } from "./translator";

type Translator = ReturnType<typeof translatorFor>;

/** One field's message in words. zod's own messages are not keys of ours: they read as "not valid". */
function wordsOf(t: Translator, message: FieldMessage): string {
  if (typeof message === "string") return t.has(message as never) ? t(message as never) : t("validation.invalid");
  const values = Object.fromEntries(
    Object.entries(message.values ?? {}).map(([name, value]) => [
      name,
      typeof value === "object" ? wordsOf(t, value) : value,
    ]),
  );
  return t.has(message.key as never) ? t(message.key as never, values as never) : t("validation.invalid");
}

/** Every field's message in the reader's language (by default the API request's). */
export function fieldWords(fields: FieldMessages, locale?: string | null): Record<string, string> {
  const t = translatorFor(locale ?? undefined);
  return Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, wordsOf(t, message)]));
}

/** One message (a key, or a key with values) in the reader's language. */
export function messageWords(message: FieldMessage, locale?: string | null): string {
  return wordsOf(translatorFor(locale ?? undefined), message);
}
