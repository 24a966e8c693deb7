import { catalogEs } from "./es";
import { MEDICAID_SERVICE_NAMES, type MedicaidServiceName } from "./medicaid-service-names";
import { nameScore } from "./search";
import { services } from "./services";
import type { Service } from "./types";

/** A service a query found, and the plan name it was found by (null: by its own label). */
export type ServiceMatch = { readonly service: Service; readonly via: MedicaidServiceName | null };

/**
 * Services by their label (English or Spanish) or by a name a care plan uses ("CPST", "IHBT",
 * "wraparound"): best match first, then catalog order. Case and accents are ignored.
 */
export function searchServices(query: string): ServiceMatch[] {
  const best = new Map<string, { score: number; via: MedicaidServiceName | null }>();
  const offer = (serviceId: string, score: number, via: MedicaidServiceName | null) => {
    if (score > (best.get(serviceId)?.score ?? 0)) best.set(serviceId, { score, via });
  };
  for (const service of services) {
    const names = [service.label, catalogEs.services[service.id]?.label ?? ""];
    offer(service.id, Math.max(...names.map((name) => nameScore(query, name))), null);
  }
  for (const entry of MEDICAID_SERVICE_NAMES) {
    const score = Math.max(...[entry.name, ...entry.aliases].map((name) => nameScore(query, name)));
    // A plan name counts a little less than the service's own label, so "family therapy" finds
    // family therapy itself first.
    if (score > 0) for (const serviceId of entry.serviceIds) offer(serviceId, score - 1, entry);
  }
  return services
    .map((service, order) => ({ service, order, ...best.get(service.id) }))
    .filter((match) => (match.score ?? 0) > 0)
    .sort((a, b) => b.score! - a.score! || a.order - b.order)
    .map(({ service, via }) => ({ service, via: via ?? null }));
}
