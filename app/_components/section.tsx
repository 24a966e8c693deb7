import type { ReactNode } from "react";

/** A part of a page named by its heading: a region screen readers list and jump to. */
export function Section({
  id,
  title,
  className,
  children,
}: {
  /** The heading's id, which names the region. */
  id: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
