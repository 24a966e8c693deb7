import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, type MessageTree } from "@/lib/core/i18n/pick-messages";

/**
 * What the root layout's own client parts say (the header, its menu, the toasts, the error page):
 * all a page that has no <ClientMessages> of its own can use in the browser.
 */
export const ROOT_CLIENT_NAMESPACES = ["errorPage", "errors", "language", "nav", "toast"] as const;

/**
 * Hands the client components inside it the namespaces they use, and only those: without it every
 * page would carry the whole catalog (about 90 kB in each language) to the browser. It replaces,
 * not extends, the words around it, so a page lists everything its own client parts use
 * ("validation" for a form's messages). tests/unit/client-messages.test.ts checks every list
 * against the useTranslations calls the client components of that page can reach, and says what
 * the list must be.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = (await getMessages()) as unknown as MessageTree;
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
