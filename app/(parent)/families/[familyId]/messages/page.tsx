import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { config } from "@/lib/core/config";
import { openConversation } from "@/lib/messages/conversation";
import { readerMeta } from "@/lib/articles/for-reader";
import { listArticles } from "@/lib/articles/library";
import { currentLocale } from "@/lib/server/i18n/current-locale";
import { listProviders } from "@/lib/care-team/providers";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { Conversation } from "./conversation";
import { LinkTitlesProvider, type LinkTitles } from "./link-titles";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ familyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("messages"))("title") };
}

/** The family's conversation with its coach, for its members and its coach (404 for anyone else). */
export default async function MessagesPage({ params }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const [conversation, providers] = await pageData(
    Promise.all([openConversation(actor, familyId), listProviders(actor, familyId)]),
  );
  const t = await getTranslations("messages");
  const locale = await currentLocale();
  const titles: LinkTitles = {
    articles: Object.fromEntries(
      listArticles().map((article) => [article.slug, readerMeta(article.slug, locale)?.title ?? article.title]),
    ),
    providers: Object.fromEntries(providers.map((provider) => [provider.id, provider.name])),
    services: Object.fromEntries(catalogIn(locale).services.map((service) => [service.id, service.label])),
  };
  return (
    <ClientMessages namespaces={["common", "errors", "messages"]}>
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold">{t("heading", { family: conversation.familyName })}</h1>
        <LinkTitlesProvider titles={titles}>
          <Conversation
            familyId={conversation.familyId}
            me={{ id: actor.id, name: actor.name, role: actor.role }}
            appOrigin={new URL(config.appUrl).origin}
          />
        </LinkTitlesProvider>
      </div>
    </ClientMessages>
  );
}
