"use client";

import Link from "next/link";
import { LoadFailed, Loading } from "@/app/_components/requests/load-states";
import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField, TextAreaField } from "@/app/_components/form-field";
import { useErrorText } from "@/app/_components/use-error-text";
import { lettersPath, type Letter } from "@/app/_components/requests/request-types";
import { LetterPreview } from "./letter-preview";
import { MarkSentForm } from "./mark-sent-form";
import { useLetter } from "./use-letter";

/**
 * Edit on the left, the page as it will read on the right (below, on a phone). Downloading or
 * marking as sent saves the text first, so the PDF and the request carry what the person sees.
 */
export function LetterEditor({ familyId, letterId, today }: { familyId: string; letterId: string; today: string }) {
  const t = useTranslations("letters");
  const { query, replace } = useLetter(familyId, letterId);
  const letter = query.data;

  const back = (
    <Link
      href={`/families/${familyId}/requests`}
      className="text-sm font-semibold text-brand-700 underline underline-offset-4"
    >
      {t("backToRequests")}
    </Link>
  );
  if (query.isPending) return <Loading back={back} label={t("loading")} />;
  if (query.isError || !letter)
    return (
      <LoadFailed
        back={back}
        error={query.error}
        title={t("editTitle")}
        words={{ notFoundTitle: t("notFoundTitle"), notFoundBody: t("notFoundBody"), tryAgain: t("tryAgain") }}
        onRetry={() => void query.refetch()}
      />
    );

  return (
    <LetterDraft familyId={familyId} letterId={letterId} today={today} letter={letter} replace={replace} back={back} />
  );
}

/** The loaded letter in the editor: the fields start from the saved text and keep what the person types. */
function LetterDraft({
  familyId,
  letterId,
  today,
  letter,
  replace,
  back,
}: {
  familyId: string;
  letterId: string;
  today: string;
  letter: Letter;
  replace: (letter: Letter) => void;
  back: ReactNode;
}) {
  const t = useTranslations("letters");
  const errorText = useErrorText();
  const id = useId();
  const [subject, setSubject] = useState(letter.subject);
  const [body, setBody] = useState(letter.body);
  const [busy, setBusy] = useState<"save" | "pdf" | null>(null);
  const [alert, setAlert] = useState<string>();
  const [notice, setNotice] = useState<string>();

  const dirty = subject !== letter.subject || body !== letter.body;
  const empty = subject.trim() === "" || body.trim() === "";

  /** Saves the edited text when it differs from the saved one; false when it could not be saved. */
  async function save(): Promise<boolean> {
    if (!dirty) return true;
    if (empty) {
      setAlert(t("emptyText"));
      return false;
    }
    try {
      const saved = await apiFetch<{ letter: Letter }>(`${lettersPath(familyId)}/${letterId}`, {
        method: "PATCH",
        body: { subject, body },
      });
      replace(saved.letter);
      return true;
    } catch (error) {
      setAlert(errorText(error));
      return false;
    }
  }

  async function run(kind: "save" | "pdf") {
    setBusy(kind);
    setAlert(undefined);
    setNotice(undefined);
    const ok = await save();
    setBusy(null);
    if (!ok) return;
    if (kind === "save") setNotice(t("savedNotice"));
    else {
      // A plain link download: the browser saves the PDF the server makes from the saved text.
      const link = document.createElement("a");
      link.href = `${lettersPath(familyId)}/${letterId}/pdf`;
      link.download = "";
      document.body.append(link);
      link.click();
      link.remove();
    }
  }

  async function copy() {
    setAlert(undefined);
    setNotice(undefined);
    try {
      await navigator.clipboard.writeText(`${subject}\n\n${body}`);
      setNotice(t("copiedNotice"));
    } catch {
      setAlert(t("copyFailed"));
    }
  }

  return (
    <div className="flex flex-col gap-6">
      {back}
      <div>
        <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
        <p className="mt-1 max-w-2xl text-stone-700">{t("editIntro")}</p>
      </div>
      <p className="max-w-2xl rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950">
        {t("notLegalAdvice")}
      </p>
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <section aria-labelledby={`${id}-edit`} className="flex flex-col gap-3">
          <h2 id={`${id}-edit`} className="text-lg font-semibold">
            {t("editHeading")}
          </h2>
          <FormAlert message={alert} />
          <FormAlert tone="success" message={notice} />
          <FormField
            id={`${id}-subject`}
            label={t("subject")}
            value={subject}
            maxLength={300}
            onChange={(event) => setSubject(event.currentTarget.value)}
          />
          <TextAreaField
            id={`${id}-body`}
            label={t("body")}
            value={body}
            rows={16}
            className="font-serif leading-relaxed"
            onChange={(event) => setBody(event.currentTarget.value)}
          />
          <p className="text-sm text-stone-600" aria-live="polite">
            {dirty ? t("unsaved") : t("allSaved")}
          </p>
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              className="btn-primary"
              disabled={busy !== null || !dirty}
              onClick={() => void run("save")}
            >
              {busy === "save" ? t("saving") : t("save")}
            </button>
            <button type="button" className="btn-secondary" disabled={busy !== null} onClick={() => void run("pdf")}>
              {busy === "pdf" ? t("preparingPdf") : t("downloadPdf")}
            </button>
            <button type="button" className="btn-secondary" onClick={() => void copy()}>
              {t("copy")}
            </button>
          </div>
        </section>
        <LetterPreview subject={subject} body={body} />
      </div>
      <MarkSentForm familyId={familyId} letter={letter} today={today} beforeSend={save} />
    </div>
  );
}
