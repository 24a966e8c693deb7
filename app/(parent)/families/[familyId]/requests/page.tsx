import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listChildren } from "@/lib/care-team/children";
import { practiceToday } from "@/lib/care-team/gaps";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { PageIntro } from "@/app/_components/page-intro";
import { REQUEST_KINDS, type RequestKind } from "@/app/_components/requests/request-types";
import { LogRequestForm } from "./log-request-form";
import { RequestsList } from "./requests-list";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = {
  params: Promise<{ familyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("requests"))("title") };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/**
 * Everything the family asked for and when an answer is due: overdue first. "Ask for it" on What's
 * missing lands here with the kind, the child and the service filled in.
 */
export default async function RequestsPage({ params, searchParams }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const query = await searchParams;
  const children = await pageData(listChildren(actor, familyId));
  const t = await getTranslations("requests");
  const { serviceById } = catalogIn(await getLocale());
  const kind = one(query.kind);
  const childId = one(query.childId);
  const serviceId = one(query.serviceId);
  const service = serviceId ? serviceById(serviceId) : undefined;
  const prefill = {
    kind: REQUEST_KINDS.includes(kind as RequestKind) ? (kind as RequestKind) : undefined,
    childId: children.some((child) => child.id === childId) ? childId : undefined,
    service: service ? { id: service.id, label: service.label } : undefined,
  };

  return (
    <ClientMessages namespaces={["errors", "requests", "validation"]}>
      <div className="flex flex-col gap-6">
        <PageIntro title={t("title")} intro={t("intro")} />
        <div className="grid items-start gap-6 lg:grid-cols-[3fr_2fr]">
          <RequestsList
            familyId={familyId}
            familyChildren={children.map(({ id, name }) => ({ id, name }))}
            className="order-2 lg:order-1"
          />
          <LogRequestForm
            familyId={familyId}
            today={practiceToday()}
            familyChildren={children.map(({ id, name }) => ({ id, name }))}
            prefill={prefill}
            className="order-1 lg:order-2"
          />
        </div>
      </div>
    </ClientMessages>
  );
}
