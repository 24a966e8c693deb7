"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * Service names in the reader's language, picked out on the server from the catalog. The caseload
 * names services and nothing else of the catalog: handing it the few names it needs keeps the
 * whole catalog (credentials, rules, translations, tens of kB) out of the page's JavaScript.
 */
const ServiceLabels = createContext<Readonly<Record<string, string>>>({});

export function ServiceLabelsProvider({ labels, children }: { labels: Record<string, string>; children: ReactNode }) {
  return <ServiceLabels.Provider value={labels}>{children}</ServiceLabels.Provider>;
}

/** The service's name, or its id when the catalog no longer has it. */
export function useServiceLabel(): (serviceId: string) => string {
  const labels = useContext(ServiceLabels);
  return (serviceId) => labels[serviceId] ?? serviceId;
}
