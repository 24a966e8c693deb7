import fc from "fast-check";
import { credentialIds, needIds, serviceIds, treatmentModelIds } from "@/lib/domain/catalog";
import { addDays, type IsoDate } from "@/lib/core/dates";
import type { ChildRecord, ProviderRecord, SupervisorRecord } from "@/lib/domain/gaps";

/** Dates the generators use: about three years from this one. */
const EPOCH: IsoDate = "2024-01-01";
const SPAN_DAYS = 3 * 365;

export const dateArb = fc.integer({ min: 0, max: SPAN_DAYS }).map((offset) => addDays(EPOCH, offset));

/** A start and an optional inclusive end on or after it. */
const periodArb = fc
  .tuple(fc.integer({ min: 0, max: SPAN_DAYS }), fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }))
  .map(([start, length]) => ({
    start: addDays(EPOCH, start),
    end: length === null ? null : addDays(EPOCH, start + length),
  }));

function childArb(id: string): fc.Arbitrary<ChildRecord> {
  return fc.record({
    id: fc.constant(id),
    needs: fc.array(fc.tuple(fc.constantFrom(...needIds), periodArb), { maxLength: 6 }).map((entries) =>
      entries.map(([needId, period], index) => ({
        id: `${id}-need-${index}`,
        needId,
        identifiedOn: period.start,
        resolvedOn: period.end,
      })),
    ),
    serviceMarks: fc.array(fc.tuple(fc.constantFrom(...serviceIds), periodArb), { maxLength: 2 }).map((entries) =>
      entries.map(([serviceId, period], index) => ({
        id: `${id}-mark-${index}`,
        serviceId,
        markedOn: period.start,
        clearedOn: period.end,
      })),
    ),
  });
}

/** No supervisor, another provider of the family (perhaps one that does not exist), or a named person. */
function supervisorArb(providerIds: string[]): fc.Arbitrary<SupervisorRecord | null> {
  return fc.oneof(
    fc.constant(null),
    fc.constantFrom(...providerIds, "provider-gone").map((providerId) => ({ providerId })),
    fc.constantFrom(...credentialIds).map((credentialId) => ({ name: "Named supervisor", credentialId })),
  );
}

function providerArb(id: string, childIds: string[], providerIds: string[]): fc.Arbitrary<ProviderRecord> {
  return fc
    .record({
      credentialIds: fc.uniqueArray(fc.constantFrom(...credentialIds), { minLength: 1, maxLength: 2 }),
      supervisor: supervisorArb(providerIds),
      statedTitle: fc.constantFrom(
        "Therapist",
        "Skills trainer",
        "Counselor",
        "Case manager",
        "Behavioral health associate",
        "Clinician",
      ),
      servicesDelivered: fc.uniqueArray(fc.constantFrom(...serviceIds), { minLength: 1, maxLength: 4 }),
      trainedIn: fc.uniqueArray(fc.constantFrom(...treatmentModelIds), { maxLength: 2 }),
      childIds: fc.subarray(childIds, { minLength: 1 }),
      period: periodArb,
    })
    .map(({ period, ...rest }) => ({ id, ...rest, startOn: period.start, endOn: period.end }));
}

/** A family of one or two children and up to eight providers. */
export const familyArb = fc.integer({ min: 1, max: 2 }).chain((childCount) => {
  const childIds = Array.from({ length: childCount }, (_, index) => `child-${index}`);
  return fc.record({
    children: fc.tuple(...childIds.map((id) => childArb(id))),
    providers: fc.integer({ min: 0, max: 8 }).chain((count) => {
      const providerIds = Array.from({ length: count }, (_, index) => `provider-${index}`);
      return fc.tuple(...providerIds.map((id) => providerArb(id, childIds, providerIds)));
    }),
  });
});
