/**
 * How long the gap engine takes for a large family: 3 children, 30 providers and 20 needs over
 * 3 years, a weekly timeline (157 steps) and the gaps of one day. Prints figures; not a test.
 *   npm run bench:gaps
 */
import { performance } from "node:perf_hooks";
import { credentialIds, needIds, serviceIds, treatmentModelIds } from "@/lib/domain/catalog";
import { addDays } from "@/lib/core/dates";
import { familyGapsOn, timeline, type ChildRecord, type ProviderRecord } from "@/lib/domain/gaps";

// A fixed-seed generator, so two runs measure the same family.
let seed = 20261125;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const FROM = "2023-11-27";
const TO = "2026-11-23";
const SPAN = 3 * 365;

const childIds = ["a", "b", "c"];
const children: ChildRecord[] = childIds.map((id) => ({ id, needs: [], serviceMarks: [] }));
for (let index = 0; index < 20; index++) {
  const start = Math.floor(random() * SPAN);
  const resolved = random() < 0.3 ? addDays(FROM, start + 60 + Math.floor(random() * 300)) : null;
  (children[index % 3]!.needs as ChildRecord["needs"][number][]).push({
    id: `need-${index}`,
    needId: pick(needIds),
    identifiedOn: addDays(FROM, start),
    resolvedOn: resolved,
  });
}
const providers: ProviderRecord[] = Array.from({ length: 30 }, (_, index) => {
  const start = Math.floor(random() * SPAN);
  return {
    id: `provider-${index}`,
    statedTitle: pick(["Therapist", "Skills trainer", "Case manager", "Counselor"]),
    credentialIds: [pick(credentialIds)],
    // A third are supervised by another provider of the family (the engine looks them up).
    supervisor: random() < 0.3 ? { providerId: `provider-${Math.floor(random() * 30)}` } : null,
    servicesDelivered: [...new Set([pick(serviceIds), pick(serviceIds), pick(serviceIds)])],
    trainedIn: random() < 0.3 ? [pick(treatmentModelIds)] : [],
    childIds: random() < 0.2 ? childIds : [pick(childIds)],
    startOn: addDays(FROM, start),
    endOn: random() < 0.5 ? addDays(FROM, Math.min(SPAN, start + 30 + Math.floor(random() * 400))) : null,
  };
});

function measure(label: string, runs: number, work: () => unknown) {
  for (let index = 0; index < 20; index++) work(); // warm up the JIT
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(`${label.padEnd(38)} p50 ${at(0.5)} ms   p95 ${at(0.95)} ms   max ${at(1)} ms   (${runs} runs)`);
}

const weekly = timeline(children, providers, FROM, TO, "week");
console.log(
  `family: ${children.length} children, ${providers.length} providers, ${children.reduce((n, c) => n + c.needs.length, 0)} needs; ${weekly.dates.length} weekly steps`,
);
measure("timeline, 3 years weekly", 200, () => timeline(children, providers, FROM, TO, "week"));
measure("timeline, 3 years monthly", 200, () => timeline(children, providers, FROM, TO, "month"));
measure("gaps on one day (with since)", 200, () => familyGapsOn(children, providers, TO));
