"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { useErrorText } from "@/app/_components/use-error-text";
import type { MessageDto } from "@/lib/messages/dto";
import { Composer } from "./composer";
import { MessageList } from "./message-list";
import { useConversation, useMarkRead } from "./use-conversation";

type Me = { id: string; name: string; role: string };
const NEAR_BOTTOM_PX = 160;

/** How near the top of the history older messages start loading. */
const OLDER_MARGIN_PX = 200;

export function Conversation({ familyId, me, appOrigin }: { familyId: string; me: Me; appOrigin: string }) {
  const t = useTranslations("messages");
  const errorText = useErrorText();
  const { query, messages, readers, pending, send, discard, stream, ended, fetchOlder } = useConversation(familyId);
  const scroller = useRef<HTMLDivElement>(null);
  const topSentinel = useRef<HTMLDivElement>(null);
  const newest = messages[messages.length - 1];
  const oldest = messages[0];
  const myReadPosition = readers.find((reader) => reader.user.id === me.id)?.lastReadPosition ?? 0;
  useMarkRead(familyId, newest, myReadPosition);

  // Screen readers hear messages that arrive from others, not the history as it loads.
  const [announcement, setAnnouncement] = useState("");
  const announcedUpTo = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!newest) return;
    if (announcedUpTo.current === undefined) {
      announcedUpTo.current = newest.position;
      return;
    }
    const fresh = messages.filter(
      (message: MessageDto) => message.position > announcedUpTo.current! && message.author.id !== me.id,
    );
    announcedUpTo.current = newest.position;
    if (fresh.length > 0)
      setAnnouncement(
        fresh
          .map((message) =>
            t("announce", { name: message.author.name || t("formerMember"), text: message.body.slice(0, 300) }),
          )
          .join(" "),
      );
  }, [newest, messages, me.id, t]);

  // Keep the view at the bottom for new messages (when the reader is there), and in place when older ones load above.
  const atBottom = useRef(true);
  const heightBeforeOlder = useRef<number | null>(null);
  const previousOldest = useRef<string | undefined>(undefined);
  const previousNewest = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    if (
      oldest?.id !== previousOldest.current &&
      previousOldest.current !== undefined &&
      heightBeforeOlder.current !== null
    ) {
      element.scrollTop = element.scrollHeight - heightBeforeOlder.current;
      heightBeforeOlder.current = null;
    } else if (newest?.id !== previousNewest.current || pending.length > 0) {
      if (atBottom.current || newest?.author.id === me.id) element.scrollTop = element.scrollHeight;
    }
    previousOldest.current = oldest?.id;
    previousNewest.current = newest?.id;
  }, [oldest?.id, newest?.id, newest?.author.id, pending.length, me.id]);

  const { hasNextPage, isFetchingNextPage } = query;
  const loadOlder = useCallback(() => {
    if (!hasNextPage || isFetchingNextPage) return;
    const element = scroller.current;
    heightBeforeOlder.current = element ? element.scrollHeight - element.scrollTop : null;
    void fetchOlder();
  }, [fetchOlder, hasNextPage, isFetchingNextPage]);

  useEffect(() => {
    const sentinel = topSentinel.current;
    const root = scroller.current;
    if (!sentinel || !root) return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && loadOlder(),
      { root, rootMargin: `${OLDER_MARGIN_PX}px 0px 0px 0px` },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [loadOlder]);

  // A load of older messages can be overtaken by a reload of the newest page (the live stream
  // opening reloads it), which cancels it; the observer saw the top once and will not say so
  // again. So once nothing is loading, a top still in view (measured now, after the layout) asks again.
  const { isFetching } = query;
  useEffect(() => {
    const sentinel = topSentinel.current;
    const root = scroller.current;
    if (isFetching || !sentinel || !root) return;
    if (sentinel.getBoundingClientRect().bottom >= root.getBoundingClientRect().top - OLDER_MARGIN_PX) loadOlder();
  }, [isFetching, loadOlder]);

  return (
    <section aria-label={t("conversationLabel")} className="flex flex-col overflow-hidden card p-0">
      {stream === "ended" && <FormAlert message={ended === "forbidden" ? t("streamForbidden") : t("streamEnded")} />}
      <div
        ref={scroller}
        tabIndex={0}
        aria-label={t("historyLabel")}
        role="region"
        onScroll={(event) => {
          const element = event.currentTarget;
          atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX;
        }}
        className="h-[calc(100dvh-19rem)] min-h-72 overflow-y-auto px-3 py-4 sm:px-5"
      >
        <div ref={topSentinel} />
        {hasNextPage && (
          <div className="mb-3 text-center">
            <button
              type="button"
              className="btn-secondary min-h-9 px-3 py-1"
              onClick={loadOlder}
              disabled={isFetchingNextPage}
            >
              {isFetchingNextPage ? t("loadingOlder") : t("loadOlder")}
            </button>
          </div>
        )}
        {query.isPending ? (
          <p className="text-center text-stone-600">{t("loading")}</p>
        ) : query.isError && !query.data ? (
          <FormAlert message={errorText(query.error)} />
        ) : messages.length === 0 && pending.length === 0 ? (
          <p className="text-center text-stone-600">{t("empty")}</p>
        ) : (
          <MessageList
            messages={messages}
            pending={pending}
            readers={readers}
            me={me}
            familyId={familyId}
            appOrigin={appOrigin}
            onRetry={(item) => void send(item.body, item.documentIds, item.clientMessageId)}
            onDiscard={(item) => discard(item.clientMessageId)}
          />
        )}
      </div>
      <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="message-announcer">
        {announcement}
      </p>
      <p className="px-4 pt-1 text-xs text-stone-500" data-testid="stream-state" data-state={stream}>
        {stream === "live" ? t("live") : stream === "polling" ? t("polling") : ""}
      </p>
      <Composer familyId={familyId} onSend={(body, documentIds) => void send(body, documentIds)} />
    </section>
  );
}
