"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { ApiError, apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { useErrorText } from "@/app/_components/use-error-text";
import { catalogIn } from "@/lib/domain/catalog/localize";

type Problem = { row: number; column: string | null; message: string };
type Preview = {
  rows: {
    row: number;
    provider: {
      name: string;
      statedTitle: string;
      credentialIds?: string[];
      credentialId?: string;
      agency?: string | null;
      startOn: string;
    } | null;
    problems: Problem[];
  }[];
  problems: Problem[];
  ready: boolean;
};

/** Paste or upload a CSV, see every row and every problem, and only then add them all at once. */
export function ProviderImport({ familyId, childNames }: { familyId: string; childNames: string[] }) {
  const t = useTranslations("providerImport");
  const errorText = useErrorText();
  const { credentialById } = catalogIn(useLocale());
  const router = useRouter();
  const fieldId = useId();
  const [csv, setCsv] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [checkedCsv, setCheckedCsv] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const endpoint = `/api/v1/families/${familyId}/providers/import`;
  // After a check, the result's heading takes the focus, so a screen reader hears how it went.
  useEffect(() => {
    if (preview) resultHeading.current?.focus();
  }, [preview]);

  async function check() {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await apiFetch<{ preview: Preview }>(endpoint, { body: { csv } });
      setPreview(answer.preview);
      setCheckedCsv(csv);
    } catch (caught) {
      setError(errorText(caught as ApiError));
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    setBusy(true);
    setError(undefined);
    try {
      await apiFetch(endpoint, { body: { csv, confirm: true } });
      router.push(`/families/${familyId}/care-team`);
      router.refresh();
    } catch (caught) {
      setError(errorText(caught as ApiError));
      setBusy(false);
    }
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    setCsv(await file.text());
    setPreview(null);
  }

  const current = preview && checkedCsv === csv ? preview : null;
  const ready = current?.ready ?? false;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 card">
        <p className="text-sm text-stone-700">{t("columnsHelp")}</p>
        <p className="text-sm text-stone-700">{t("childrenHelp", { names: childNames.join(", ") })}</p>
        <label htmlFor={`${fieldId}-file`} className="text-sm font-semibold">
          {t("upload")}
        </label>
        <input
          id={`${fieldId}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          className="text-sm"
          onChange={(event) => void readFile(event.target.files?.[0])}
        />
        <label htmlFor={`${fieldId}-csv`} className="text-sm font-semibold">
          {t("paste")}
        </label>
        <textarea
          id={`${fieldId}-csv`}
          value={csv}
          onChange={(event) => setCsv(event.target.value)}
          rows={8}
          spellCheck={false}
          className="input font-mono text-sm"
          placeholder={t("example")}
        />
        <div>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => void check()}
            disabled={busy || csv.trim() === ""}
          >
            {t("check")}
          </button>
        </div>
      </div>
      <FormAlert message={error} />
      {current && (
        <section aria-labelledby={`${fieldId}-result`} className="flex flex-col gap-3 card">
          <h2 id={`${fieldId}-result`} ref={resultHeading} tabIndex={-1} className="text-lg font-semibold">
            {current.ready
              ? t("readyTitle", { count: current.rows.length })
              : t("problemsTitle", { count: current.problems.length })}
          </h2>
          {current.problems.length > 0 && (
            <ul className="flex list-disc flex-col gap-1 pl-5 text-sm text-red-900" data-testid="import-problems">
              {current.problems.map((problem, index) => (
                <li key={index}>{problem.message}</li>
              ))}
            </ul>
          )}
          {current.rows.length > 0 && (
            <div className="relative overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("previewCaption")}</caption>
                <thead>
                  <tr className="border-b border-stone-300">
                    <th scope="col" className="py-1 pr-3">
                      {t("rowColumn")}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t("columns.name")}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t("columns.statedTitle")}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t("columns.credentialId")}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t("columns.startOn")}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t("statusColumn")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {current.rows.map((row) => (
                    <tr key={row.row} className="border-b border-stone-100 align-top">
                      <td className="py-1 pr-3">{row.row}</td>
                      <td className="py-1 pr-3">{row.provider?.name}</td>
                      <td className="py-1 pr-3">{row.provider?.statedTitle}</td>
                      <td className="py-1 pr-3">
                        {row.provider &&
                          (row.provider.credentialIds ?? (row.provider.credentialId ? [row.provider.credentialId] : []))
                            .map((id) => credentialById(id)?.abbreviation ?? id)
                            .join(", ")}
                      </td>
                      <td className="py-1 pr-3">{row.provider?.startOn}</td>
                      <td className="py-1 pr-3">
                        {row.problems.length === 0 ? t("rowOk") : t("rowProblems", { count: row.problems.length })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {ready ? (
            <div>
              <button type="button" className="btn-primary" onClick={() => void confirm()} disabled={busy}>
                {t("confirm", { count: current.rows.length })}
              </button>
            </div>
          ) : (
            <p className="text-sm text-stone-700">{t("fixAndCheck")}</p>
          )}
        </section>
      )}
    </div>
  );
}
