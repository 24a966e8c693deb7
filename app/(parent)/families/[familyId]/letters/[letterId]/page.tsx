import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { getFamilyRef } from "@/lib/families/queries";
import { practiceToday } from "@/lib/care-team/gaps";
import { LetterEditor } from "./letter-editor";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ familyId: string; letterId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("letters"))("editTitle") };
}

/** The letter Clarity drafted, to edit, download, copy and, once sent, to follow up as a request. */
export default async function LetterPage({ params }: Props) {
  const actor = await actorForPage();
  const { familyId, letterId } = await params;
  // The family must be the caller's to see anything here (404 otherwise), before the browser asks.
  await pageData(getFamilyRef(actor, familyId));
  return (
    <ClientMessages namespaces={["errors", "letters", "requests", "validation"]}>
      <LetterEditor familyId={familyId} letterId={letterId} today={practiceToday()} />
    </ClientMessages>
  );
}
