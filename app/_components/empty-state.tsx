import Link from "next/link";

/**
 * What an empty page shows: what the page is for, and the one step that fills it. The same shape
 * on every page, so an empty page teaches rather than looks broken.
 */
export function EmptyState({
  title,
  body,
  action,
  headingLevel = 2,
}: {
  title: string;
  body: string;
  action?: { href: string; label: string };
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="flex flex-col items-start gap-3 card border-dashed bg-stone-50/60">
      <Heading className="text-lg font-semibold">{title}</Heading>
      <p className="max-w-prose text-stone-700">{body}</p>
      {action && (
        <Link href={action.href} className="btn-primary">
          {action.label}
        </Link>
      )}
    </div>
  );
}
