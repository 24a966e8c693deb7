import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { actorForRender } from "@/lib/server/auth/page-guard";
import { AppHeader } from "./_components/app-header";
import { ClientMessages, ROOT_CLIENT_NAMESPACES } from "./_components/client-messages";
import { LiveUpdates } from "./_components/live-updates";
import { QueryProvider } from "./_components/query-provider";
import { ToastProvider } from "./_components/toast";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

// Atkinson Hyperlegible Next (SIL Open Font License), drawn for low-vision readers, from its npm
// package: Next.js copies the file into the build and serves it from this app, so nothing is fetched
// from a font service at build or run time. The Latin file covers English and Spanish; characters
// outside it fall back to the system font.
const sans = localFont({
  src: "../node_modules/@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2",
  weight: "200 800",
  style: "normal",
  display: "swap",
  variable: "--font-atkinson",
});

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("app");
  // The one event stream of a signed-in user (one check per render, shared with the header): unread
  // badges, the caseload and the conversation on screen follow it. None before a second step is set up.
  const actor = await actorForRender();
  return (
    <html lang={locale} className={sans.variable}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <ClientMessages namespaces={ROOT_CLIENT_NAMESPACES}>
          <QueryProvider>
            <ToastProvider>
              <LiveUpdates enabled={!!actor && !actor.mustEnroll}>
                <AppHeader />
                <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:py-10">
                  {children}
                </main>
              </LiveUpdates>
            </ToastProvider>
          </QueryProvider>
        </ClientMessages>
      </body>
    </html>
  );
}
