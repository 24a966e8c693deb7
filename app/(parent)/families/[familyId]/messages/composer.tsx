"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { MESSAGE_MAX_CHARS, messageLength } from "@/lib/schemas/limits";
import { AttachmentPicker, type Attachment } from "./attachment-picker";

const ENTER_SENDS_KEY = "clarity.messages.enterSends";
const MAX_HEIGHT_PX = 240;
// The counter shows from this many characters below the limit.
const COUNT_FROM = MESSAGE_MAX_CHARS - 500;

/** Whether Enter sends (Shift+Enter: new line), remembered on this device. */
function useEnterSends(): [boolean, (value: boolean) => void] {
  const [enterSends, setEnterSends] = useState(true);
  useEffect(() => {
    const stored = window.localStorage.getItem(ENTER_SENDS_KEY);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
    if (stored !== null) setEnterSends(stored === "true");
  }, []);
  return [
    enterSends,
    (value) => {
      setEnterSends(value);
      window.localStorage.setItem(ENTER_SENDS_KEY, String(value));
    },
  ];
}

/**
 * The message box: grows with its text; Enter sends unless the person chose otherwise; documents
 * ride along. Not on react-hook-form like the app's other forms: it checks no schema and names no
 * field, it hands the text to the conversation (which shows it at once and retries), and the form
 * library would add 14 kB to the conversation page's first load for one text box.
 */
export function Composer({
  familyId,
  onSend,
}: {
  familyId: string;
  onSend: (body: string, documentIds: string[]) => void;
}) {
  const t = useTranslations("messages.composer");
  const [text, setText] = useState("");
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [enterSends, setEnterSends] = useEnterSends();
  const box = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  const countId = useId();
  const length = messageLength(text);
  const tooLong = length > MESSAGE_MAX_CHARS;
  const nearLimit = length > COUNT_FROM;
  const blank = text.trim().length === 0;

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    element.style.height = "auto";
    element.style.height = `${Math.min(element.scrollHeight, MAX_HEIGHT_PX)}px`;
  }, [text]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (blank || tooLong) return;
    onSend(
      text,
      attachments.map((attachment) => attachment.id),
    );
    setText("");
    setAttachments([]);
    box.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
    const wantsSend = enterSends ? !event.shiftKey : event.ctrlKey || event.metaKey;
    if (wantsSend) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-2 border-t border-stone-200 bg-white p-3">
      <label htmlFor={`${hintId}-box`} className="sr-only">
        {t("label")}
      </label>
      <div className="flex items-end gap-2">
        <textarea
          id={`${hintId}-box`}
          ref={box}
          value={text}
          rows={1}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={`${hintId} ${countId}`}
          aria-invalid={tooLong || undefined}
          placeholder={t("placeholder")}
          className="input max-h-60 resize-none overflow-y-auto"
        />
        <button type="submit" className="btn-primary shrink-0" disabled={blank || tooLong}>
          {t("send")}
        </button>
      </div>
      <AttachmentPicker familyId={familyId} attachments={attachments} onChange={setAttachments} />
      <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-stone-600">
        <p id={hintId}>{enterSends ? t("hintEnterSends") : t("hintCtrlEnterSends")}</p>
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={enterSends}
            onChange={(event) => setEnterSends(event.target.checked)}
            className="size-4 accent-brand-700"
          />
          {t("enterSends")}
        </label>
      </div>
      <p
        id={countId}
        className={nearLimit ? (tooLong ? "text-sm font-semibold text-red-800" : "text-xs text-stone-600") : "sr-only"}
        data-testid="composer-count"
      >
        {nearLimit ? t("count", { count: length, max: MESSAGE_MAX_CHARS }) : ""}
      </p>
      {/* Announced only when the text crosses into the last 500 characters or over the limit, not
          at every keystroke; the exact count stays part of the box's description. */}
      <p className="sr-only" aria-live="polite" data-testid="composer-limit-announcer">
        {tooLong
          ? t("overLimit", { max: MESSAGE_MAX_CHARS })
          : nearLimit
            ? t("nearLimit", { max: MESSAGE_MAX_CHARS })
            : ""}
      </p>
    </form>
  );
}
