"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState, type DragEvent, type FormEvent } from "react";
import { ApiError } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField, SelectField } from "@/app/_components/form-field";
import { useErrorText } from "@/app/_components/use-error-text";
import { DOCUMENT_ACCEPT, DOCUMENT_MAX_BYTES, DOCUMENT_TITLE_MAX } from "@/lib/schemas/limits";
import { DocumentDateField } from "./document-date-field";
import { DocumentKindOptions } from "./document-kind-options";
import { DocumentLinkFields } from "./document-link-fields";
import { fileSize } from "./file-size";
import { newUploadKey, titleFromFileName, uploadDocument } from "./upload-document";

type Named = { id: string; name: string };

/**
 * Adding a paper: drop it here, choose it, or take a photo with the phone's camera; then say what
 * it is. The file goes up with a progress bar; what the server refuses is said in plain words
 * (its reason for each file type comes back in the page's language).
 */
export function DocumentUploader({
  familyId,
  childOptions,
  providerOptions,
}: {
  familyId: string;
  childOptions: Named[];
  providerOptions: Named[];
}) {
  const t = useTranslations("documents.upload");
  const format = useFormatter();
  const errorText = useErrorText();
  const router = useRouter();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState("");
  const [progress, setProgress] = useState<number | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();
  const [done, setDone] = useState<string>();
  const [dragging, setDragging] = useState(false);
  // The same file sent again after a failure keeps its key: stored once at most.
  const key = useRef(newUploadKey());

  function choose(chosen: File | undefined) {
    setDone(undefined);
    setAlert(undefined);
    setFields({});
    if (!chosen) return;
    if (chosen.size > DOCUMENT_MAX_BYTES) {
      setAlert(t("tooLarge", { size: fileSize(format, chosen.size) }));
      return;
    }
    key.current = newUploadKey();
    setFile(chosen);
    setTitle(titleFromFileName(chosen.name));
  }

  function reset() {
    setFile(null);
    setTitle("");
    setKind("");
    setProgress(null);
    setFields({});
    setAlert(undefined);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    const data = new FormData(event.currentTarget);
    const missing: Record<string, string> = {};
    if (!title.trim()) missing.title = t("titleRequired");
    if (!kind) missing.kind = t("kindRequired");
    setFields(missing);
    if (Object.keys(missing).length > 0) {
      form.current?.querySelector<HTMLElement>(`[name="${Object.keys(missing)[0]}"]`)?.focus();
      return;
    }
    setAlert(undefined);
    setProgress(0);
    try {
      const document = await uploadDocument(
        familyId,
        file,
        {
          title: title.trim(),
          kind,
          documentDate: String(data.get("documentDate") ?? "") || undefined,
          childIds: data.getAll("childIds").map(String),
          providerId: String(data.get("providerId") ?? "") || undefined,
        },
        key.current,
        setProgress,
      );
      reset();
      setDone(t("done", { title: document.title }));
      router.refresh();
    } catch (error) {
      setProgress(null);
      if (error instanceof ApiError) {
        setFields(error.fields);
        // The server's own words for a refused file say why and what to do instead.
        setAlert(error.fields.file ?? errorText(error));
      } else setAlert(errorText(error));
    }
  }

  const busy = progress !== null;
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="no-print flex flex-col gap-4 card">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {!file ? (
        <div
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="document-drop-zone"
          className={`flex flex-col items-center gap-3 rounded-lg border-2 border-dashed px-4 py-8 text-center ${dragging ? "border-brand-600 bg-brand-50" : "border-stone-300 bg-stone-50"}`}
        >
          {/* Phones have nothing to drag from: there the buttons say it all. */}
          <p className="hidden font-medium text-stone-800 sm:block">{t("drop")}</p>
          <div className="flex flex-wrap justify-center gap-3">
            <label className="btn-primary cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-600">
              <input
                type="file"
                accept={DOCUMENT_ACCEPT}
                className="sr-only"
                data-testid="document-file-input"
                onChange={(event) => choose(event.target.files?.[0])}
              />
              {t("choose")}
            </label>
            <label className="btn-secondary cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-600">
              <input
                type="file"
                accept="image/*"
                capture="environment"
                className="sr-only"
                onChange={(event) => choose(event.target.files?.[0])}
              />
              {t("camera")}
            </label>
          </div>
          <p className="max-w-md text-sm text-stone-600">{t("accepted")}</p>
        </div>
      ) : (
        <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-4">
          <div className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-stone-50 px-3 py-2">
            <p className="text-sm break-all text-stone-800">
              {t("selected", { name: file.name, size: fileSize(format, file.size) })}
            </p>
            <button
              type="button"
              className="text-sm font-semibold text-brand-800 underline"
              onClick={reset}
              disabled={busy}
            >
              {t("change")}
            </button>
          </div>
          <FormField
            id={`${id}-title`}
            name="title"
            label={t("titleLabel")}
            hint={t("titleHint")}
            value={title}
            maxLength={DOCUMENT_TITLE_MAX}
            onChange={(event) => setTitle(event.target.value)}
            error={fields.title}
            required
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              id={`${id}-kind`}
              name="kind"
              label={t("kindLabel")}
              value={kind}
              onChange={(event) => setKind(event.target.value)}
              error={fields.kind}
              required
            >
              <option value="">{t("kindPlaceholder")}</option>
              <DocumentKindOptions />
            </SelectField>
            <DocumentDateField id={`${id}-date`} error={fields.documentDate} />
          </div>
          <DocumentLinkFields id={id} childOptions={childOptions} providerOptions={providerOptions} />
          {busy && (
            <div className="flex flex-col gap-1" aria-live="polite">
              <p className="text-sm text-stone-700">
                {progress < 1 ? t("uploading", { percent: Math.floor(progress * 100) }) : t("checking")}
              </p>
              <progress className="h-2 w-full accent-brand-700" max={1} value={progress} />
            </div>
          )}
          <FormAlert message={alert} />
          <div className="flex flex-wrap gap-3">
            <button type="submit" className="btn-primary" disabled={busy}>
              {busy ? t("uploadingShort") : t("submit")}
            </button>
            <button type="button" className="btn-secondary" onClick={reset} disabled={busy}>
              {t("cancel")}
            </button>
          </div>
        </form>
      )}
      {!file && <FormAlert message={alert} />}
      <FormAlert message={done} tone="success" />
    </section>
  );
}
