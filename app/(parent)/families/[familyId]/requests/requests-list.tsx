"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/app/_components/form-alert";
import { useErrorText } from "@/app/_components/use-error-text";
import { RequestSummary } from "@/app/_components/requests/request-summary";
import { byUrgency, useFamilyRequests } from "@/app/_components/requests/use-requests";
import type { FamilyRequest } from "@/app/_components/requests/request-types";

type Child = { id: string; name: string };

function Group({
  id,
  title,
  requests,
  familyId,
  childNames,
}: {
  id: string;
  title: string;
  requests: FamilyRequest[];
  familyId: string;
  childNames: Map<string, string>;
}) {
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <ul className="flex flex-col gap-3">
        {requests.map((request) => (
          <li key={request.id}>
            <RequestSummary familyId={familyId} request={request} childNames={childNames} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The family's requests: overdue first, then the ones still waiting, then the closed ones. */
export function RequestsList({
  familyId,
  familyChildren,
  className,
}: {
  familyId: string;
  familyChildren: Child[];
  className?: string;
}) {
  const t = useTranslations("requests");
  const errorText = useErrorText();
  const requests = useFamilyRequests(familyId);
  const childNames = new Map(familyChildren.map((child) => [child.id, child.name]));

  if (requests.isPending)
    return (
      <p role="status" className={`text-stone-700 ${className ?? ""}`}>
        {t("loading")}
      </p>
    );
  if (requests.isError)
    return (
      <div className={`flex flex-col items-start gap-3 ${className ?? ""}`}>
        <FormAlert message={errorText(requests.error)} />
        <button type="button" className="btn-secondary" onClick={() => void requests.refetch()}>
          {t("tryAgain")}
        </button>
      </div>
    );
  if (requests.data.length === 0)
    return (
      <div className={`flex flex-col gap-2 card border-brand-100 bg-brand-50 ${className ?? ""}`}>
        <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
        <p className="text-stone-800">{t("emptyBody")}</p>
      </div>
    );
  const { overdue, open, closed } = byUrgency(requests.data);
  const shared = { familyId, childNames };
  return (
    <div className={`flex flex-col gap-6 ${className ?? ""}`}>
      <Group
        id="requests-overdue"
        title={t("overdueTitle", { count: overdue.length })}
        requests={overdue}
        {...shared}
      />
      <Group id="requests-open" title={t("openTitle", { count: open.length })} requests={open} {...shared} />
      <Group id="requests-closed" title={t("closedTitle", { count: closed.length })} requests={closed} {...shared} />
    </div>
  );
}
