"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { useErrorText } from "@/app/_components/use-error-text";

type Family = { id: string; name: string };

/**
 * A coach sends this article into a family's conversation, where it shows as a card. One message
 * id per share, kept across retries, so a retry after a lost answer never sends it twice.
 */
export function ShareArticle({ families, articleUrl }: { families: Family[]; articleUrl: string }) {
  const t = useTranslations("articles.share");
  const errorText = useErrorText();
  const id = useId();
  const messageId = useRef<string | null>(null);
  const [familyId, setFamilyId] = useState(families[0]?.id ?? "");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [sharedWith, setSharedWith] = useState<Family | null>(null);

  async function share(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    messageId.current ??= crypto.randomUUID();
    setBusy(true);
    setError(undefined);
    try {
      const body = note.trim() ? `${note.trim()}\n\n${articleUrl}` : articleUrl;
      await apiFetch(`/api/v1/families/${familyId}/messages`, { body: { clientMessageId: messageId.current, body } });
      setSharedWith(families.find((family) => family.id === familyId) ?? null);
      setNote("");
      messageId.current = null;
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  if (families.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="no-print flex flex-col gap-3 card">
      <h2 id={`${id}-title`} className="font-semibold">
        {t("title")}
      </h2>
      <form onSubmit={share} className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-family`} className="text-sm font-semibold">
            {t("family")}
          </label>
          <select
            id={`${id}-family`}
            className="input"
            value={familyId}
            onChange={(event) => setFamilyId(event.target.value)}
          >
            {families.map((family) => (
              <option key={family.id} value={family.id}>
                {family.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-note`} className="text-sm font-semibold">
            {t("note")}
          </label>
          <textarea
            id={`${id}-note`}
            className="input min-h-20"
            value={note}
            maxLength={2000}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <button type="submit" className="btn-primary" disabled={busy}>
          {busy ? t("sharing") : t("share")}
        </button>
      </form>
      <FormAlert message={error} />
      {sharedWith && (
        <p role="status" className="text-sm text-brand-800">
          {t("shared", { family: sharedWith.name })}{" "}
          <Link href={`/families/${sharedWith.id}/messages`} className="font-semibold underline underline-offset-4">
            {t("open")}
          </Link>
        </p>
      )}
    </section>
  );
}
