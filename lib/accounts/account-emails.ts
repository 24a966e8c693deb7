import "server-only";
import { config } from "@/lib/core/config";
import { translatorFor } from "@/lib/core/i18n/translator";
import { browserName } from "@/lib/domain/accounts/browser-name";
import type { AccountEmail } from "@/lib/email/send-soon";

/**
 * The emails Clarity sends about an account, in its owner's saved language (else English). None
 * ever names a family, a child or anything about care: only the account and what happened to it.
 */
type Recipient = { id: string; email: string; locale: string | null };

const LINK_MINUTES = { reset: 60 } as const;

export function passwordLinkEmail(
  to: Recipient,
  token: string,
  purpose: "reset" | "welcome",
  lifetimeMs: number,
): AccountEmail {
  const t = translatorFor(to.locale);
  const url = `${config.appUrl}/reset-password?token=${token}`;
  const body =
    purpose === "reset"
      ? t("accountEmail.resetBody", { url, minutes: LINK_MINUTES.reset })
      : t("accountEmail.welcomeBody", { url, days: Math.round(lifetimeMs / 86_400_000) });
  return {
    recipientId: to.id,
    to: to.email,
    subject: t(purpose === "reset" ? "accountEmail.resetSubject" : "accountEmail.welcomeSubject"),
    text: body,
    secret: { storedText: body.replace(url, t("accountEmail.linkHidden")) },
  };
}

export function signInCodeEmail(to: Recipient, code: string, purpose: "sign-in" | "enroll"): AccountEmail {
  const t = translatorFor(to.locale);
  const body = t(purpose === "sign-in" ? "accountEmail.codeBody" : "accountEmail.enrollCodeBody", { code });
  return {
    recipientId: to.id,
    to: to.email,
    subject: t("accountEmail.codeSubject"),
    text: body,
    secret: { storedText: body.replace(code, t("accountEmail.codeHidden")) },
  };
}

type AccountNotice = "password-changed" | "second-step-changed" | "new-device";

export function noticeEmail(to: Recipient, notice: AccountNotice, userAgent?: string | null): AccountEmail {
  const t = translatorFor(to.locale);
  const account = `${config.appUrl}/account`;
  const { browser, system } = browserName(userAgent);
  const device =
    browser && system
      ? t("accountEmail.deviceOn", { browser, system })
      : (browser ?? system ?? t("accountEmail.unknownDevice"));
  const words = {
    "password-changed": ["passwordChangedSubject", "passwordChangedBody"],
    "second-step-changed": ["secondStepSubject", "secondStepBody"],
    "new-device": ["newDeviceSubject", "newDeviceBody"],
  } as const;
  const [subject, body] = words[notice];
  return {
    recipientId: to.id,
    to: to.email,
    subject: t(`accountEmail.${subject}`),
    text: t(`accountEmail.${body}`, { url: account, device }),
  };
}
