import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listChildren } from "@/lib/care-team/children";
import { practiceToday } from "@/lib/care-team/gaps";
import { RequestThread } from "./request-thread";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ familyId: string; requestId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("requests"))("detailTitle") };
}

/** One request: what was asked, the thread of what happened since, and a line to add to it. */
export default async function RequestPage({ params }: Props) {
  const actor = await actorForPage();
  const { familyId, requestId } = await params;
  const children = await pageData(listChildren(actor, familyId));
  return (
    <ClientMessages namespaces={["errors", "requests", "validation"]}>
      <RequestThread
        familyId={familyId}
        requestId={requestId}
        today={practiceToday()}
        familyChildren={children.map(({ id, name }) => ({ id, name }))}
      />
    </ClientMessages>
  );
}
