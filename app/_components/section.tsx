import type { ReactNode } from "react";

/**
 * A part of a page named by its heading: a region screen readers list and jump to. An `intro`
 * (a line on what the part is for) stays with the heading, outside the gap the content is laid
 * out with.
 */
export function Section({
  id,
  title,
  intro,
  className,
  children,
}: {
  /** The heading's id, which names the region. */
  id: string;
  title: ReactNode;
  intro?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const heading = (
    <h2 id={id} className="text-lg font-semibold">
      {title}
    </h2>
  );
  return (
    <section aria-labelledby={id} className={className}>
      {intro === undefined ? (
        heading
      ) : (
        <div>
          {heading}
          <p className="mt-1 text-sm text-stone-700">{intro}</p>
        </div>
      )}
      {children}
    </section>
  );
}
