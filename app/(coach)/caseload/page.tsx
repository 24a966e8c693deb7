import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { caseloadPage } from "@/lib/caseload/list";
import { currentLocale } from "@/lib/server/i18n/current-locale";
import { config } from "@/lib/core/config";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { caseloadQuerySchema } from "@/lib/schemas/caseload";
import { DEFAULT_PARAMS, type CaseloadParams } from "./caseload-params";
import { CaseloadBoard } from "./caseload-board";
import { CaseloadTrends } from "./caseload-trends";
import { InviteDialog } from "./invite-dialog";
import { ServiceLabelsProvider } from "@/app/_components/service-labels";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("caseload"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The address's choices, when they are valid; anything else starts from the default ranking. */
function paramsFrom(search: Record<string, string | string[] | undefined>): CaseloadParams {
  const parsed = caseloadQuerySchema.safeParse({ sort: search.sort, filter: search.filter, q: search.q });
  if (!parsed.success) return DEFAULT_PARAMS;
  return { sort: parsed.data.sort, flags: parsed.data.flags, tag: parsed.data.tags[0] ?? null, q: parsed.data.q ?? "" };
}

export default async function CaseloadPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await actorForPage(["coach"]);
  const t = await getTranslations("caseload");
  const params = paramsFrom(await searchParams);
  const query = caseloadQuerySchema.parse({
    sort: params.sort,
    filter: [...params.flags, ...(params.tag ? [`tag:${params.tag}`] : [])],
    q: params.q || undefined,
  });
  const page = await pageData(caseloadPage(actor, query));
  const serviceLabels = Object.fromEntries(
    catalogIn(await currentLocale()).services.map((service) => [service.id, service.label]),
  );

  return (
    <ClientMessages namespaces={["caseload", "common", "crisisLine", "errors", "gapStatus", "invite", "validation"]}>
      <div className="flex flex-col gap-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div className="max-w-2xl">
            <h1 className="text-2xl font-bold">{t("title")}</h1>
            <p className="mt-1 text-stone-700">{t("intro")}</p>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <Link href="/invites" className="btn-secondary">
              {t("pendingInvites")}
            </Link>
            <InviteDialog inviteDays={Math.round(config.inviteLifetimeMs / 86_400_000)} />
          </div>
        </div>
        <ServiceLabelsProvider labels={serviceLabels}>
          <CaseloadBoard initial={{ params, page }} />
          <CaseloadTrends />
        </ServiceLabelsProvider>
      </div>
    </ClientMessages>
  );
}
