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
          // A full load drops every cached page of the signed-in user.
          navigate("/sign-in");
        }
      }}
    >
      {busy ? t("signingOut") : t("signOut")}
    </button>
  );
}
