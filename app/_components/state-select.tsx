"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { SelectField } from "./form-field";

/** Two-letter codes with a name in the messages (`usStates`), shown sorted by that name. */
const CODES = [
  "AL",
  "AK",

  "AZ",
  "AR",
  "CA",
  "CO",
  "CT",
  "DE",
  "DC",
  "FL",
  "GA",

  "HI",
  "ID",
  "IL",
  "IN",
  "IA",
  "KS",
  "KY",
  "LA",
  "ME",
  "MD",
  "MA",
  "MI",
  "MN",
  "MS",
  "MO",
  "MT",
  "NE",
  "NV",
  "NH",
  "NJ",
  "NM",
  "NY",
  "NC",
  "ND",

  "OH",
  "OK",
  "OR",
  "PA",

  "RI",
  "SC",
  "SD",
  "TN",
  "TX",
  "UT",
  "VT",

  "VA",
  "WA",
  "WV",
  "WI",
  "WY",
] as const;

/** A US state picker for forms: the empty choice means "not chosen yet". */
export function StateSelect(
  props: ComponentProps<"select"> & { id: string; label: string; error?: string; hint?: string },
) {
  const t = useTranslations("usStates");
  const tSelect = useTranslations("stateSelect");
  const options = CODES.map((code) => ({ code, name: t(code) })).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <SelectField {...props}>
      <option value="">{tSelect("none")}</option>
      {options.map(({ code, name }) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </SelectField>
  );
}
