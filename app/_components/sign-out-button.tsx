"use client";

import { useTranslations } from "next-intl";
import { useFreshNavigation } from "@/app/_components/use-fresh-navigation";
import { useState } from "react";
import { signOut } from "./api-client";

export function SignOutButton() {
  const t = useTranslations("nav");
  const navigate = useFreshNavigation();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="btn-secondary"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await signOut();
        } finally {
          // Leaves in any case; a session the server never heard about ends at the idle timeout.
          navigate("/sign-in");
        }
      }}
    >
      {busy ? t("signingOut") : t("signOut")}
    </button>
  );
}
