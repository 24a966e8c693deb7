import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { actorForRender, pageData } from "@/lib/server/auth/page-guard";
import { listFamiliesFor } from "@/lib/families/queries";
import { homePathFor } from "@/lib/identity/home-path";
import { LanguageSwitch } from "./language-switch";
import { NavMenu, type NavLink } from "./nav-menu";

export async function AppHeader() {
  const t = await getTranslations("nav");
  const actor = await actorForRender();
  const links: NavLink[] = [];
  // A session that must first set up a second step sees only its account page.
  const full = actor && !actor.mustEnroll ? actor : null;
  if (full?.role === "parent") {
    // Almost every parent has one family: a link goes straight to its conversation.
    const families = await pageData(listFamiliesFor(full));
    if (families.length === 1) {
      links.push({ href: "/family", label: t("family") });
      links.push({ href: `/families/${families[0]!.id}/messages`, label: t("messages"), unread: true });
    } else {
      links.push({ href: "/family", label: t("family"), unread: true });
    }
  }
  if (full?.role === "coach") {
    links.push({ href: "/caseload", label: t("caseload"), unread: true });
    links.push({ href: "/invites", label: t("invites") });
  }
  if (full?.role === "admin") {
    links.push({ href: "/admin/coaches", label: t("coaches") });
    links.push({ href: "/admin/families", label: t("families") });
    links.push({ href: "/admin/parents", label: t("parents") });
    links.push({ href: "/admin/mailbox", label: t("mailbox") });
  }
  if (!actor?.mustEnroll) links.push({ href: "/articles", label: t("articles") });
  if (actor) links.push({ href: "/account", label: t("account") });
  return (
    <header className="site-header border-b border-stone-200 bg-white">
      <div className="mx-auto flex w-full max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Link
          href={actor ? homePathFor(actor.role, actor.mustEnroll) : "/"}
          className="text-lg font-bold tracking-tight text-brand-800"
        >
          {t("brand")}
        </Link>
        {actor ? (
          <NavMenu links={links} userName={actor.name} />
        ) : (
          <nav aria-label={t("label")} className="flex items-center gap-4">
            <Link href="/articles" className="text-sm font-medium text-stone-700 underline-offset-4 hover:underline">
              {t("articles")}
            </Link>
            <Link href="/sign-in" className="text-sm font-semibold text-brand-700 underline-offset-4 hover:underline">
              {t("signIn")}
            </Link>
            <LanguageSwitch />
          </nav>
        )}
      </div>
    </header>
  );
}
