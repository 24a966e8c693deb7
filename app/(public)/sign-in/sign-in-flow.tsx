"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { safeCallbackPath } from "@/app/_components/api-client";
import { useFreshNavigation } from "@/app/_components/use-fresh-navigation";
import { PasskeySignIn } from "./passkey-sign-in";
import { SecondStepForm } from "./second-step-form";
import { SignInForm } from "./sign-in-form";

/** Email and password, then a code when the account has one; or a passkey, both steps at once. */
export function SignInFlow() {
  const t = useTranslations("signIn");
  const navigate = useFreshNavigation();
  const callbackUrl = useSearchParams().get("callbackUrl");
  const [credentials, setCredentials] = useState<{ email: string; password: string }>();
  const signedIn = () => navigate(safeCallbackPath(callbackUrl));

  if (credentials)
    return (
      <SecondStepForm credentials={credentials} onSignedIn={signedIn} onStartOver={() => setCredentials(undefined)} />
    );
  return (
    <div className="flex flex-col gap-4">
      <SignInForm onSecondStep={setCredentials} />
      <div className="flex items-center gap-3 text-sm text-stone-600" aria-hidden="true">
        <span className="h-px flex-1 bg-stone-200" />
        {t("or")}
        <span className="h-px flex-1 bg-stone-200" />
      </div>
      <PasskeySignIn onSignedIn={signedIn} />
    </div>
  );
}
