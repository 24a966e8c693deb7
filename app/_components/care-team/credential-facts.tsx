import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { credentialSentenceValues } from "@/lib/domain/catalog/sentence-words";

/** What a credential is, may do and may not do, in plain words, with its article. */
export function CredentialFacts({ credentialId, headingLevel = 3 }: { credentialId: string; headingLevel?: 3 | 4 }) {
  const t = useTranslations("credentialFacts");
  const { credentialById, serviceById } = catalogIn(useLocale());
  const credential = credentialById(credentialId);
  if (!credential) return null;
  const Heading = `h${headingLevel}` as const;
  const mayDeliver = Object.entries(credential.services).map(([serviceId, qualification]) => ({
    label: serviceById(serviceId)?.label ?? serviceId,
    note: qualification.note,
  }));
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p className="text-stone-800">{credential.description}</p>
      {mayDeliver.length > 0 && (
        <div>
          <Heading className="font-semibold text-stone-900">{t("canDo")}</Heading>
          <ul className="mt-1 list-disc pl-5 text-stone-700">
            {mayDeliver.map((service) => (
              <li key={service.label}>
                {service.label}
                {service.note && <span className="text-stone-600"> ({service.note})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {credential.cannot.length > 0 && (
        <div>
          <Heading className="font-semibold text-stone-900">{t("cannotDo")}</Heading>
          <ul className="mt-1 list-disc pl-5 text-stone-700">
            {credential.cannot.map((limit) => (
              <li key={limit}>{limit}</li>
            ))}
          </ul>
        </div>
      )}
      {(credential.variesByState || credential.unverified) && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
          {credential.unverified
            ? t("checkLocally", { note: credential.unverified })
            : t("variesByState", { note: credential.variesByState! })}
        </p>
      )}
      <p>
        <Link
          href={`/articles/${credential.articleSlug}`}
          className="font-semibold text-brand-700 underline underline-offset-4"
        >
          {t("readMore", credentialSentenceValues(credential))}
        </Link>
      </p>
    </div>
  );
}

/** "Licensed", "Not licensed" or "Unknown", as a badge beside the credential. */
export function LicenseBadge({ credentialId }: { credentialId: string }) {
  const t = useTranslations("credentialFacts");
  const credential = catalogIn(useLocale()).credentialById(credentialId);
  const state =
    !credential || credential.kind === "unknown" ? "unknown" : credential.licensed ? "licensed" : "notLicensed";
  const tone = {
    licensed: "bg-emerald-100 text-emerald-900",
    notLicensed: "bg-amber-100 text-amber-900",
    unknown: "bg-stone-200 text-stone-800",
  }[state];
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${tone}`}>{t(state)}</span>;
}
