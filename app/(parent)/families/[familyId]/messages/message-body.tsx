"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { LinkCard } from "@/lib/domain/messages/link-cards";
import { segmentsOf } from "@/lib/domain/messages/linkify";
import { useLinkTitles } from "./link-titles";

/**
 * A message's text as React elements: line breaks kept (CSS pre-wrap), links made clickable and
 * in-app links shown as cards. Nothing in a message is ever read as HTML.
 */
export function MessageBody({
  body,
  familyId,
  appOrigin,
  inverted = false,
}: {
  body: string;
  familyId: string;
  appOrigin: string;
  inverted?: boolean;
}) {
  const segments = useMemo(() => segmentsOf(body, { appOrigin, familyId }), [body, appOrigin, familyId]);
  const cards = segments.flatMap((segment) => (segment.type === "card" ? [segment.card] : []));
  // Links inside the sender's own (dark) bubble are white; cards keep their own colors.
  const linkClass = `font-medium underline underline-offset-2 ${inverted ? "text-white" : "text-brand-800"}`;
  return (
    <>
      <p className="break-words whitespace-pre-wrap">
        {segments.map((segment, index) => {
          if (segment.type === "text") return <span key={index}>{segment.text}</span>;
          if (segment.type === "link" && segment.external) {
            return (
              <a
                key={index}
                href={segment.href}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className={linkClass}
              >
                {segment.text}
              </a>
            );
          }
          const href = segment.type === "card" ? segment.card.href : segment.href;
          return (
            <Link key={index} href={href} className={linkClass}>
              {segment.text}
            </Link>
          );
        })}
      </p>
      {cards.length > 0 && (
        <ul className="mt-2 flex flex-col gap-2">
          {cards.map((card, index) => (
            <li key={`${card.href}-${index}`}>
              <LinkCardView card={card} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function LinkCardView({ card }: { card: LinkCard }) {
  const t = useTranslations("messages.cards");
  const titles = useLinkTitles();
  // A card whose target has gone (a removed provider) still says what kind of link it was.
  const title =
    card.kind === "article"
      ? (titles.articles[card.slug] ?? card.title)
      : card.kind === "provider"
        ? (titles.providers[card.providerId] ?? t("providerTitle", { id: card.title }))
        : (titles.services[card.serviceId] ?? card.title);
  return (
    <Link
      href={card.href}
      className="block rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 hover:border-brand-600"
    >
      <span className="block text-xs font-semibold tracking-wide text-brand-700 uppercase">{t(card.kind)}</span>
      <span className="block font-medium">{title}</span>
    </Link>
  );
}
