"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { searchServices } from "@/lib/domain/catalog";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { Combobox } from "@/app/_components/combobox";

/**
 * Finds a service by the name a care plan gives it ("CPST", "IHBT", "wraparound") and ticks the
 * services that name stands for: plans use Medicaid's names far more than Clarity's own words.
 */
export function ServiceFinder({
  id,
  selected,
  onAdd,
}: {
  id: string;
  selected: string[];
  onAdd: (serviceId: string) => void;
}) {
  const t = useTranslations("serviceFinder");
  const { serviceById } = catalogIn(useLocale());
  const [query, setQuery] = useState("");
  const matches = query.trim().length === 0 ? [] : searchServices(query);
  const options = matches.map(({ service, via }) => ({
    id: service.id,
    text: serviceById(service.id)?.label ?? service.label,
    // The plan's name it was found by, short: the list stays readable on a phone.
    detail: via ? t("via", { name: via.name }) : undefined,
    selected: selected.includes(service.id),
  }));
  return (
    <Combobox
      id={id}
      label={t("label")}
      hint={t("hint")}
      query={query}
      onQuery={setQuery}
      groups={[{ key: "services", label: t("group"), options }]}
      onPick={(serviceId) => {
        onAdd(serviceId);
        setQuery("");
      }}
      emptyText={query.trim() ? t("nothingFound") : t("typeToSearch")}
    />
  );
}
