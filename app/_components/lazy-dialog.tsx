"use client";

import { useCallback, useEffect, useRef, useState, type ComponentType, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "./form-alert";

/** What every dialog body gets from the button that opens it. */
export type DialogBodyProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opened the dialog: the focus goes back to it when the dialog closes. */
  returnFocusTo: RefObject<HTMLButtonElement | null>;
};

/** The button that opens the dialog, as the page draws it from the first paint. */
export type DialogTrigger = {
  label: string;
  /** Says what the button opens when many such buttons share a page. */
  accessibleName?: string;
  className: string;
  disabled?: boolean;
};

/**
 * A dialog whose code (Radix's dialog, and the form inside) is not in the page's first load: the
 * button is plain and drawn with the page; the dialog's code comes when the browser is idle, or as
 * soon as the pointer or the keyboard reaches the button. A press before it came opens the dialog
 * as soon as it comes; if it cannot come (the network went), the button says so beneath it.
 */
export function lazyDialog<Props extends object>(
  load: () => Promise<{ default: ComponentType<Props & DialogBodyProps> }>,
) {
  type Body = ComponentType<Props & DialogBodyProps>;
  let code: Promise<Body> | undefined;
  const fetchCode = () =>
    (code ??= load().then(
      (loaded) => loaded.default,
      (error: unknown) => {
        code = undefined;
        throw error;
      },
    ));

  return function LazyDialog({ trigger, ...props }: Props & { trigger: DialogTrigger }) {
    const t = useTranslations("errors");
    const [open, setOpen] = useState(false);
    // Each opening draws the dialog afresh (its key), so a form left half-typed or refused is put
    // back as it was, and a form about a record shows the record as it is now.
    const [openings, setOpenings] = useState(0);
    const [unreachable, setUnreachable] = useState(false);
    const [Loaded, setLoaded] = useState<Body | null>(null);
    const button = useRef<HTMLButtonElement>(null);

    const fetchBody = useCallback(
      (pressed: boolean) =>
        fetchCode().then(
          (body) => setLoaded(() => body),
          () => {
            if (!pressed) return;
            setOpen(false);
            setUnreachable(true);
          },
        ),
      [],
    );
    useEffect(() => {
      if (typeof window.requestIdleCallback !== "function") return void fetchBody(false);
      const idle = window.requestIdleCallback(() => void fetchBody(false), { timeout: 5_000 });
      return () => window.cancelIdleCallback(idle);
    }, [fetchBody]);

    return (
      <>
        <button
          ref={button}
          type="button"
          aria-label={trigger.accessibleName}
          aria-haspopup="dialog"
          aria-expanded={open}
          className={trigger.className}
          disabled={trigger.disabled}
          onPointerEnter={() => void fetchBody(false)}
          onFocus={() => void fetchBody(false)}
          onClick={() => {
            setUnreachable(false);
            setOpenings((count) => count + 1);
            setOpen(true);
            if (!Loaded) void fetchBody(true);
          }}
        >
          {trigger.label}
        </button>
        {Loaded && (
          <Loaded key={openings} {...(props as Props)} open={open} onOpenChange={setOpen} returnFocusTo={button} />
        )}
        {unreachable && <FormAlert message={t("network")} />}
      </>
    );
  };
}
