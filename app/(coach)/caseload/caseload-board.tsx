"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { FormField, SelectField } from "@/app/_components/form-field";
import type { CaseloadPage } from "@/lib/caseload/list";
import type { CaseloadFlagFilter } from "@/lib/schemas/caseload";
import { caseloadSearch, choicesMade, DEFAULT_PARAMS, type CaseloadParams, type CaseloadSort } from "./caseload-params";
import { CaseloadCards } from "./caseload-cards";
import { CaseloadTable } from "./caseload-table";
import { CrisisLine } from "@/app/_components/care-team/crisis-line";
import { useCaseload } from "./use-caseload";

const FLAGS: { flag: CaseloadFlagFilter; label: string }[] = [
  { flag: "safety-gap", label: "filterSafety" },
  { flag: "unread", label: "filterUnread" },
  { flag: "overdue-requests", label: "filterOverdueRequests" },
  { flag: "inactive", label: "filterInactive" },
  { flag: "archived", label: "filterArchived" },
];

const SEARCH_DELAY_MS = 300;

/** The ranked caseload with its search, sort and filters; the choices live in the address. */
export function CaseloadBoard({ initial }: { initial: { params: CaseloadParams; page: CaseloadPage } }) {
  const t = useTranslations("caseload");
  const ids = { search: useId(), choices: useId(), sort: useId(), tag: useId(), status: useId() };
  const [params, setParams] = useState(initial.params);
  const [typed, setTyped] = useState(initial.params.q);
  const caseload = useCaseload(params, initial);
  // Open from the start when the address already chose something, so nothing narrows the list unseen.
  const [choicesOpen, setChoicesOpen] = useState(() => choicesMade(initial.params) > 0);

  // Searching waits for a pause in typing, so each keystroke is not a request.
  useEffect(() => {
    const timer = setTimeout(
      () => setParams((current) => (current.q === typed.trim() ? current : { ...current, q: typed.trim() })),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [typed]);

  useEffect(() => {
    const search = caseloadSearch(params).toString();
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${search ? `?${search}` : ""}`);
  }, [params]);

  const pages = caseload.data?.pages ?? [];
  const rows = pages.flatMap((page) => page.families);
  const first = pages[0];
  const tags = first?.tags ?? [];
  const filtered = params.flags.length > 0 || params.tag !== null || params.q !== "";
  const toggle = (flag: CaseloadFlagFilter) =>
    setParams((current) => ({
      ...current,
      flags: current.flags.includes(flag) ? current.flags.filter((f) => f !== flag) : [...current.flags, flag],
    }));
  const clear = () => {
    setTyped("");
    setParams(DEFAULT_PARAMS);
  };

  return (
    <section className="flex flex-col gap-4" aria-describedby={ids.status}>
      <form role="search" className="flex flex-col gap-4 card" onSubmit={(event) => event.preventDefault()}>
        {/* On a phone only the search shows at first: the sort, tag and filters fold behind one button,
            so the first family is on the first screen. From `sm` up they sit in one row with the
            search (the folding box becomes `contents`). Tracks may shrink: a select is as wide as
            its longest option, and a long tag must not push the page sideways. */}
        <div
          className={`flex flex-col gap-4 sm:grid ${tags.length > 0 ? "sm:grid-cols-[minmax(0,1fr)_auto_minmax(0,14rem)]" : "sm:grid-cols-[minmax(0,1fr)_auto]"}`}
        >
          <div className="flex flex-col items-start gap-3">
            <div className="w-full">
              <FormField
                id={ids.search}
                label={t("search")}
                type="search"
                value={typed}
                placeholder={t("searchPlaceholder")}
                maxLength={100}
                onChange={(event) => setTyped(event.target.value)}
              />
            </div>
            <button
              type="button"
              className="btn-secondary sm:hidden"
              aria-expanded={choicesOpen}
              aria-controls={ids.choices}
              onClick={() => setChoicesOpen((open) => !open)}
            >
              {t("choicesToggle", { count: choicesMade(params) })}
              <span aria-hidden="true">{choicesOpen ? "▴" : "▾"}</span>
            </button>
          </div>
          <div id={ids.choices} className={`${choicesOpen ? "flex" : "hidden"} flex-col gap-4 sm:contents`}>
            <SelectField
              id={ids.sort}
              label={t("sort")}
              value={params.sort}
              onChange={(event) => setParams((current) => ({ ...current, sort: event.target.value as CaseloadSort }))}
            >
              <option value="priority">{t("sortPriority")}</option>
              <option value="name">{t("sortName")}</option>
              <option value="activity">{t("sortActivity")}</option>
            </SelectField>
            {tags.length > 0 && (
              <SelectField
                id={ids.tag}
                label={t("tag")}
                value={params.tag ?? ""}
                onChange={(event) => setParams((current) => ({ ...current, tag: event.target.value || null }))}
              >
                <option value="">{t("anyTag")}</option>
                {tags.map((tag) => (
                  <option key={tag} value={tag.toLowerCase()}>
                    {tag}
                  </option>
                ))}
              </SelectField>
            )}
            <fieldset className="flex flex-wrap items-center gap-x-5 gap-y-2 sm:col-span-full">
              <legend className="mb-1 text-sm font-semibold">{t("filters")}</legend>
              {FLAGS.map(({ flag, label }) => (
                <label key={flag} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-brand-700"
                    checked={params.flags.includes(flag)}
                    onChange={() => toggle(flag)}
                  />
                  {t(label)}
                </label>
              ))}
            </fieldset>
          </div>
        </div>
      </form>

      <p id={ids.status} role="status" className="text-sm text-stone-700">
        {caseload.isPending ? t("loading") : first ? t("showing", { shown: rows.length, total: first.total }) : ""}
        {caseload.isFetching && !caseload.isPending && <span className="ml-2 text-stone-500">{t("refreshing")}</span>}
      </p>

      {caseload.isError && rows.length === 0 ? (
        <div className="flex flex-col items-start gap-3 card border-red-200" role="alert">
          <p>{t("loadFailed")}</p>
          <button type="button" className="btn-secondary" onClick={() => void caseload.refetch()}>
            {t("retry")}
          </button>
        </div>
      ) : first && rows.length === 0 ? (
        <div className="card text-center">
          <h2 className="text-lg font-semibold">{filtered ? t("noMatchTitle") : t("emptyTitle")}</h2>
          <p className="mt-2 text-stone-700">{filtered ? t("noMatchBody") : t("emptyBody")}</p>
          {filtered && (
            <button type="button" className="mt-4 btn-secondary" onClick={clear}>
              {t("clearFilters")}
            </button>
          )}
        </div>
      ) : (
        first && (
          <>
            {/* A family here has no qualified safety plan: 988 is the answer for tonight (R10). */}
            {rows.some((row) => row.safetyGap) && <CrisisLine />}
            <CaseloadTable rows={rows} today={first.on} />
            <CaseloadCards rows={rows} today={first.on} />
          </>
        )
      )}

      {caseload.hasNextPage && (
        <button
          type="button"
          className="btn-secondary self-center"
          disabled={caseload.isFetchingNextPage}
          onClick={() => void caseload.fetchNextPage()}
        >
          {caseload.isFetchingNextPage ? t("loading") : t("loadMore")}
        </button>
      )}
    </section>
  );
}
