import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { actorForPage, pageData } from "@/lib/auth/page-guard";
import { config } from "@/lib/config";
import { openConversation } from "@/lib/messages/conversation";
import { Conversation } from "./conversation";

type Props = { params: Promise<{ familyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("messages"))("title") };
}

/** The family's conversation with its coach, for its members and its coach (404 for anyone else). */
export default async function MessagesPage({ params }: Props) {
  const actor = await actorForPage();
  const conversation = await pageData(openConversation(actor, (await params).familyId));
  const t = await getTranslations("messages");
  return (
    <div className="flex flex-col gap-3">
      <div>
        <Link href={`/families/${conversation.familyId}`} className="text-sm font-semibold text-brand-700 underline-offset-4 hover:underline">
          {t("backToFamily", { family: conversation.familyName })}
        </Link>
        <h1 className="mt-1 text-2xl font-bold">{t("heading", { family: conversation.familyName })}</h1>
      </div>
      <Conversation familyId={conversation.familyId} me={{ id: actor.id, name: actor.name, role: actor.role }} appOrigin={new URL(config.appUrl).origin} />
    </div>
  );
}
