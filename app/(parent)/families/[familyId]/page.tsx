import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations, getLocale } from "next-intl/server";
import { AtAGlance } from "@/app/_components/care-team/at-a-glance";
import { NextSteps } from "@/app/_components/care-team/next-steps";
import { CoachRecommends } from "@/app/_components/coach-recommends";
import { FamilyInvites } from "@/app/_components/invites/family-invites";
import { UnreadBadge } from "@/app/_components/unread-badge";
import { familyGaps, practiceToday } from "@/lib/care-team/gaps";
import { listProviders } from "@/lib/care-team/providers";
import { listOverdueRequests } from "@/lib/requests/requests";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { getFamilySummary } from "@/lib/families/queries";
import { Section } from "@/app/_components/section";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ familyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("family"))("title") };
}

/** One family, for its members and its coach (anyone else gets the 404 page). */
export default async function FamilyPage({ params }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const [family, gaps, providers, overdue] = await pageData(
    Promise.all([
      getFamilySummary(actor, familyId),
      familyGaps(actor, familyId, practiceToday(), await getLocale()),
      listProviders(actor, familyId),
      listOverdueRequests(actor, familyId),
    ]),
  );
  const t = await getTranslations("family");
  const tm = await getTranslations("messages");
  const tn = await getTranslations("nextSteps");
  const format = await getFormatter();

  return (
    <ClientMessages
      namespaces={[
        "coachRecommends",
        "common",
        "errors",
        "familyInvites",
        "invite",
        "nav",
        "pendingInvites",
        "validation",
      ]}
    >
      <div className="flex flex-col gap-6">
        <div>
          <h1 className="text-2xl font-bold">{family.name}</h1>
          <p className="mt-1 text-sm text-stone-600">
            {t("since", { date: format.dateTime(new Date(family.createdAt), { dateStyle: "long" }) })}
          </p>
        </div>

        {/* The first thing on the page: what to do about the gaps; the counts come after. */}
        <NextSteps
          familyId={family.id}
          gaps={gaps}
          providers={providers}
          reader={actor.role === "coach" ? "coach" : "parent"}
          overdueRequests={overdue.map((request) => ({
            ...request,
            label: tn("request.headlineTo", { to: request.toName }),
          }))}
        />

        <AtAGlance
          familyId={family.id}
          gaps={gaps}
          providerCount={providers.length}
          reader={actor.role === "coach" ? "coach" : "parent"}
        />

        <Link
          href={`/families/${family.id}/messages`}
          className="flex items-center justify-between gap-4 card hover:border-brand-600"
        >
          <span>
            <span className="flex items-center text-lg font-semibold text-brand-800">
              {tm("familyLink")}
              <UnreadBadge familyId={family.id} />
            </span>
            <span className="mt-1 block text-sm text-stone-700">
              {tm(actor.role === "coach" ? "familyLinkBodyCoach" : "familyLinkBody")}
            </span>
          </span>
          <span aria-hidden="true" className="text-2xl text-brand-700">
            →
          </span>
        </Link>

        <CoachRecommends actor={actor} familyId={family.id} />

        <div className="grid gap-6 md:grid-cols-2">
          <Section id="members-heading" title={t("members")} className="card">
            <ul className="mt-3 flex flex-col gap-2">
              {family.members.map((member) => (
                <li key={member.id}>
                  <span className="font-medium">{member.name}</span>{" "}
                  <span className="text-sm break-all text-stone-600">{member.email}</span>
                </li>
              ))}
            </ul>
          </Section>
          <Section id="coach-heading" title={t("coach")} className="card">
            {family.coaches.length === 0 ? (
              <p className="mt-3 text-stone-700">{t("noCoach")}</p>
            ) : (
              <ul className="mt-3 flex flex-col gap-2">
                {family.coaches.map((coach) => (
                  <li key={coach.id}>
                    <span className="font-medium">{coach.name}</span>{" "}
                    <span className="text-sm break-all text-stone-600">{coach.email}</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>

        <FamilyInvites actor={actor} familyId={family.id} />
      </div>
    </ClientMessages>
  );
}
