import Link from "next/link";
import { useTranslations } from "next-intl";
// The two small modules, not the gaps index: that would bring the whole catalog into the pages.
import { SAFETY_SERVICE_ID } from "@/lib/domain/gaps/crisis";
import type { GapStatus } from "@/lib/domain/gaps/types";

/** The slug of the article that explains 988, mobile crisis teams and why a written plan still matters. */
export const CRISIS_ARTICLE_SLUG = "crisis-help-988";

/**
 * Whether a service's status on a day calls for the crisis line beside it: safety planning that is
 * missing, not qualified or unverified (R10). A covered plan needs no reminder on every page.
 */
export function showsCrisisLine(gap: { readonly serviceId: string; readonly status: GapStatus }): boolean {
  return gap.serviceId === SAFETY_SERVICE_ID && gap.status !== "covered";
}

/**
 * One calm line: where to turn tonight while nobody has written the plan yet. 988 answers calls,
 * texts and chats anywhere in the United States; it does not replace a written safety plan, which
 * the linked article says.
 */
export function CrisisLine({ className = "" }: { className?: string }) {
  const t = useTranslations("crisisLine");
  return (
    <p
      data-testid="crisis-line"
      className={`rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950 ${className}`}
    >
      <span aria-hidden="true" className="mr-1">
        ☎
      </span>
      {t.rich("line", {
        call: (chunks) => (
          <a href="tel:988" className="font-semibold underline underline-offset-4">
            {chunks}
          </a>
        ),
        chat: (chunks) => (
          <a href="https://988lifeline.org/chat/" className="font-semibold underline underline-offset-4">
            {chunks}
          </a>
        ),
      })}{" "}
      <Link href={`/articles/${CRISIS_ARTICLE_SLUG}`} className="underline underline-offset-4">
        {t("learnMore")}
      </Link>
    </p>
  );
}
