"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Fragment } from "react";
import { useErrorText } from "@/app/_components/use-error-text";
import type { MessageDto, ReaderDto } from "@/lib/messages/dto";
import { MessageAttachments } from "./message-attachments";
import { MessageBody } from "./message-body";
import type { PendingMessage } from "./use-conversation";

const GROUP_GAP_MS = 5 * 60_000;

/** Who a message speaks for: its author, or for an imported one the name its file gave. */
const speakerOf = (message: MessageDto) =>
  message.imported ? `imported:${message.imported.name}` : `user:${message.author.id}`;

type Me = { id: string; name: string };

/** Messages grouped by day, then by author while they follow each other closely. */
export function MessageList({
  messages,
  pending,
  readers,
  me,
  familyId,
  appOrigin,
  onRetry,
  onDiscard,
}: {
  messages: MessageDto[];
  pending: PendingMessage[];
  readers: ReaderDto[];
  me: Me;
  familyId: string;
  appOrigin: string;
  onRetry: (item: PendingMessage) => void;
  onDiscard: (item: PendingMessage) => void;
}) {
  const t = useTranslations("messages");
  const format = useFormatter();
  const errorText = useErrorText();
  const dayOf = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "full" });
  const last = messages[messages.length - 1];
  const seenBy = last
    ? readers.filter((reader) => reader.user.id !== last.author.id && reader.lastReadPosition >= last.position)
    : [];

  return (
    <ol className="flex flex-col gap-1">
      {messages.map((message, index) => {
        const previous = messages[index - 1];
        const day = dayOf(message.createdAt);
        const newDay = !previous || dayOf(previous.createdAt) !== day;
        const newGroup =
          newDay ||
          speakerOf(previous!) !== speakerOf(message) ||
          Date.parse(message.createdAt) - Date.parse(previous!.createdAt) > GROUP_GAP_MS;
        // Imported words are the file's, not whoever loaded it: never shown as "you".
        const mine = !message.imported && message.author.id === me.id;
        const name = message.imported
          ? message.imported.name || t("formerMember")
          : mine
            ? t("you")
            : message.author.name || t("formerMember");
        return (
          <Fragment key={message.id}>
            {newDay && (
              <li className="my-3 text-center">
                <h2 className="inline-block rounded-full bg-stone-100 px-3 py-1 text-xs font-semibold text-stone-700">
                  {day}
                </h2>
              </li>
            )}
            <li
              className={`flex flex-col ${mine ? "items-end" : "items-start"} ${newGroup ? "mt-2" : ""}`}
              data-testid="message"
              data-message-id={message.id}
            >
              {newGroup && (
                <p className="mb-1 px-1 text-xs text-stone-600">
                  <span className="font-semibold text-stone-800">{name}</span>
                  {message.imported ? (
                    <span data-testid="imported-label">
                      {" "}
                      · <span className="font-semibold text-amber-900">{t("imported")}</span>
                    </span>
                  ) : message.author.role === "coach" && !mine ? (
                    <span> · {t("coachRole")}</span>
                  ) : null}
                  <span> · </span>
                  <time dateTime={message.createdAt}>
                    {format.dateTime(new Date(message.createdAt), { timeStyle: "short" })}
                  </time>
                </p>
              )}
              {/* Said once at the start of each run of imported messages. */}
              {newGroup && message.imported && !previous?.imported && (
                <p className="mb-1 max-w-[85%] px-1 text-xs text-stone-600 sm:max-w-[70%]">
                  {t("importedNote", {
                    name: message.author.name || t("formerMember"),
                    date: format.dateTime(new Date(message.imported.at), { dateStyle: "medium" }),
                  })}
                </p>
              )}
              {!newGroup && (
                <span className="sr-only">
                  {message.imported ? `${name}, ${t("imported")}` : name},{" "}
                  {format.dateTime(new Date(message.createdAt), { timeStyle: "short" })}
                </span>
              )}
              <div
                className={`max-w-[85%] rounded-2xl px-4 py-2 sm:max-w-[70%] ${
                  mine
                    ? "bg-brand-700 text-white"
                    : message.imported
                      ? "border border-dashed border-amber-700 bg-amber-50 text-stone-900"
                      : "border border-stone-200 bg-white text-stone-900"
                }`}
              >
                <MessageBody body={message.body} familyId={familyId} appOrigin={appOrigin} inverted={mine} />
                {message.attachments.length > 0 && (
                  <MessageAttachments familyId={familyId} attachments={message.attachments} inverted={mine} />
                )}
              </div>
              {message === last && mine && (
                <p className="mt-1 px-1 text-xs text-stone-600" data-testid="message-status">
                  {seenBy.length > 0
                    ? t("seenBy", { names: seenBy.map((reader) => reader.user.name).join(", ") })
                    : t("sent")}
                </p>
              )}
              {message === last && !mine && seenBy.some((reader) => reader.user.id !== me.id) && (
                <p className="mt-1 px-1 text-xs text-stone-600">
                  {t("seenBy", {
                    names: seenBy
                      .filter((reader) => reader.user.id !== me.id)
                      .map((reader) => reader.user.name)
                      .join(", "),
                  })}
                </p>
              )}
            </li>
          </Fragment>
        );
      })}
      {pending.map((item) => (
        <li
          key={item.clientMessageId}
          className="mt-2 flex flex-col items-end"
          data-testid="pending-message"
          data-status={item.status}
        >
          <div
            className={`max-w-[85%] rounded-2xl px-4 py-2 sm:max-w-[70%] ${item.status === "failed" ? "border-2 border-red-700 bg-red-50 text-stone-900" : "bg-brand-100 text-stone-900"}`}
          >
            <p className="break-words whitespace-pre-wrap">{item.body}</p>
          </div>
          {item.status === "pending" ? (
            <p className="mt-1 px-1 text-xs text-stone-600">{t("sending")}</p>
          ) : (
            <div className="mt-1 flex flex-wrap items-center justify-end gap-2 px-1 text-sm">
              {/* Announced at once; Retry and Discard follow it, in the tab order. */}
              <p role="alert" className="font-semibold text-red-800">
                {t("notSent", { reason: errorText(item.error) })}
              </p>
              <button type="button" className="btn-secondary min-h-9 px-3 py-1" onClick={() => onRetry(item)}>
                {t("retry")}
              </button>
              <button type="button" className="btn-secondary min-h-9 px-3 py-1" onClick={() => onDiscard(item)}>
                {t("discard")}
              </button>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
