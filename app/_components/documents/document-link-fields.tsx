"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { SelectField } from "@/app/_components/form-field";

type Named = { id: string; name: string };

/**
 * Whom a paper concerns: any of the family's children and at most one provider. As plain form
 * fields (childIds, providerId) for a form read with FormData, or bound to react-hook-form with
 * `bind` (which then holds what is chosen). Each part shows only when there is someone to choose.
 */
export function DocumentLinkFields({
  id,
  childOptions,
  providerOptions,
  bind,
}: {
  id: string;
  childOptions: Named[];
  providerOptions: Named[];
  bind?: { childIds: UseFormRegisterReturn; providerId: UseFormRegisterReturn };
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
                  className="size-5 accent-brand-700"
                  {...bind?.childIds}
                />
                {child.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {providerOptions.length > 0 && (
        <SelectField
          id={`${id}-provider`}
          name="providerId"
          label={t("providerLabel")}
          defaultValue={bind ? undefined : ""}
          {...bind?.providerId}
        >
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
