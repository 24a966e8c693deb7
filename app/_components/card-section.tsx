import type { ReactNode } from "react";

/**
 * A card on its own topic: a heading that names the section for screen readers, a line saying
 * what the card is for, then its content. Used on server and client pages alike.
 */
export function CardSection({
  id,
  title,
  intro,
  gap = "gap-4",
  testId,
  children,
}: {
  /** The heading's id; the section is labelled by it. */
  id: string;
  title: ReactNode;
  intro: ReactNode;
  gap?: "gap-3" | "gap-4" | "gap-5";
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={`flex flex-col ${gap} card`} data-testid={testId}>
      <div>
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{intro}</p>
      </div>
      {children}
    </section>
  );
}
