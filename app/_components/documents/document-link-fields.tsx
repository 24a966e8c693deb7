"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/app/_components/form-field";

type Named = { id: string; name: string };

/**
 * Whom a paper concerns: any of the family's children and at most one provider, as plain form
 * fields (childIds, providerId) for the form that sends them. Each part shows only when there is
 * someone to choose.
 */
export function DocumentLinkFields({
  id,
  childOptions,
  providerOptions,
  childIds = [],
  providerId = "",
}: {
  id: string;
  childOptions: Named[];
  providerOptions: Named[];
  /** What is chosen already, when a paper is corrected. */
  childIds?: string[];
  providerId?: string;
}) {
  const t = useTranslations("documents.upload");
  return (
    <>
      {childOptions.length > 0 && (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-semibold text-stone-800">{t("childrenLabel")}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {childOptions.map((child) => (
              <label key={child.id} className="inline-flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  name="childIds"
                  value={child.id}
                  defaultChecked={childIds.includes(child.id)}
                  className="size-5 accent-brand-700"
                />
                {child.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {providerOptions.length > 0 && (
        <SelectField id={`${id}-provider`} name="providerId" label={t("providerLabel")} defaultValue={providerId}>
          <option value="">{t("noProvider")}</option>
          {providerOptions.map((provider) => (
            <option key={provider.id} value={provider.id}>
              {provider.name}
            </option>
          ))}
        </SelectField>
      )}
    </>
  );
}
