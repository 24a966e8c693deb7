import type {
  Binary,
  Bundle,
  BundleEntry,
  CareTeam,
  CodeableConcept,
  Coding,
  ContactPoint,
  DocumentReference,
  Organization,
  Patient,
  Practitioner,
  PractitionerRole,
  Reference,
  Resource,
  Task,
} from "@medplum/fhirtypes";
import { credentialById, US_STATES } from "../catalog";
import type { IsoDate } from "@/lib/core/dates";

// A FHIR R4 picture of a family's care teams. Pure: the ids of the resources that have none of
// their own (roles, agencies) come from `newId`, the date from the caller.

export const NUCC_SYSTEM = "http://nucc.org/provider-taxonomy";
/** Clarity's own credential codes (its catalog ids), for credentials NUCC has no code for (QMHA, QMHP…). */
export const LOCAL_CREDENTIAL_SYSTEM = "urn:clarity:fhir:CodeSystem:credential";
const LOCAL_SERVICE_SYSTEM = "urn:clarity:fhir:CodeSystem:service";
/** Clarity's kinds of request (service-request, appeal, school-evaluation…) and their statuses. */
const LOCAL_REQUEST_KIND_SYSTEM = "urn:clarity:fhir:CodeSystem:request-kind";
const LOCAL_REQUEST_STATUS_SYSTEM = "urn:clarity:fhir:CodeSystem:request-status";
/** A request's status as FHIR's Task status: answered is still being worked on; a denial is a refusal. */
const TASK_STATUS: Readonly<Record<string, Task["status"]>> = {
  open: "requested",
  answered: "in-progress",
  granted: "completed",
  denied: "rejected",
  withdrawn: "cancelled",
};
/** Clarity's kinds of paper (evaluation, iep-504, discharge-plan…). */
const LOCAL_DOCUMENT_KIND_SYSTEM = "urn:clarity:fhir:CodeSystem:document-kind";
const ISO_SUBDIVISION_SYSTEM = "urn:iso:std:iso:3166:-2";
const STATE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  US_STATES.map((state) => [state.code, state.code === "DC" ? state.name : `State of ${state.name}`]),
);

export type FhirChild = { id: string; name: string; birthYear: number | null };
export type FhirProvider = {
  id: string;
  name: string;
  agency: string | null;
  statedTitle: string;
  /** Every credential the person holds; the license number belongs to the first licensed one. */
  credentialIds: readonly string[];
  licenseNumber: string | null;
  licenseState: string | null;
  servicesDelivered: readonly string[];
  childIds: readonly string[];
  startOn: IsoDate;
  endOn: IsoDate | null;
  contact: string | null;
};

export type FhirDocument = {
  id: string;
  title: string;
  kind: string;
  contentType: string;
  fileName: string;
  size: number;
  documentDate: IsoDate | null;
  uploadedAt: string;
  childIds: readonly string[];
  providerId: string | null;
};

/** A request the family made (issue 19), with what happened next. */
export type FhirRequest = {
  id: string;
  kind: string;
  to: { name: string; organization: string | null };
  childIds: readonly string[];
  serviceIds: readonly string[];
  providerId: string | null;
  askedOn: IsoDate;
  summary: string;
  dueOn: IsoDate;
  status: string;
  updatedAt: string;
  updates: readonly { on: IsoDate; note: string }[];
};

export type FhirOptions = { on: IsoDate; timestamp: string; newId: () => string };

/**
 * A Binary's data stands in the Bundle as this marker: the bytes are read from the store and
 * written in its place, base64, as the Bundle is sent (lib/records/fhir-export.ts), so the domain
 * stays pure and no file is held in memory.
 */
export const binaryDataMarker = (documentId: string) => `@@clarity-binary:${documentId}@@`;

const urn = (id: string) => `urn:uuid:${id}`;

/** The credential as codes: NUCC's taxonomy code where it has one, always Clarity's own code. */
function credentialCoding(credentialId: string): Coding[] {
  const credential = credentialById(credentialId);
  const local: Coding = {
    system: LOCAL_CREDENTIAL_SYSTEM,
    // An old id (`qmha`) is exported as the entry it names today (`or:qmha`).
    code: credential?.id ?? credentialId,
    display: credential?.abbreviation ?? credentialId,
  };
  return credential?.nuccCode ? [{ system: NUCC_SYSTEM, code: credential.nuccCode }, local] : [local];
}

/**
 * The state that issued a credential: a state title's own state, else the license's state. A
 * national entry with no license state has no issuer we know of, and none is invented.
 */
function issuerOf(credentialId: string, licenseState: string | null): Reference<Organization> | undefined {
  const state = credentialById(credentialId)?.states[0] ?? licenseState;
  if (!state) return undefined;
  return {
    identifier: { system: ISO_SUBDIVISION_SYSTEM, value: `US-${state}` },
    display: STATE_NAMES[state] ?? `US-${state}`,
  };
}

/** Every credential's codes, the first credential's first: one role, several qualifications. */
const codingsOf = (credentialIds: readonly string[]) => credentialIds.flatMap(credentialCoding);

/** One qualification per credential; the license number goes with the first one a board licenses. */
function qualificationsOf(provider: FhirProvider): NonNullable<Practitioner["qualification"]> {
  const numbered = provider.credentialIds.find((id) => credentialById(id)?.licensed) ?? provider.credentialIds[0];
  return provider.credentialIds.map((credentialId) => {
    const issuer = issuerOf(credentialId, provider.licenseState);
    return {
      ...(provider.licenseNumber && credentialId === numbered
        ? { identifier: [{ use: "official" as const, value: provider.licenseNumber }] }
        : {}),
      code: {
        coding: credentialCoding(credentialId),
        text: credentialById(credentialId)?.abbreviation ?? credentialId,
      },
      ...(issuer ? { issuer } : {}),
    };
  });
}

function telecomOf(contact: string | null): ContactPoint[] | undefined {
  if (!contact) return undefined;
  const system = /@/.test(contact) ? "email" : /^[\d\s()+.-]{7,}$/.test(contact) ? "phone" : "other";
  return [{ system, value: contact }];
}

const activeOn = (provider: FhirProvider, on: IsoDate) =>
  provider.startOn <= on && (provider.endOn === null || provider.endOn >= on);
const period = (provider: FhirProvider) => ({
  start: provider.startOn,
  ...(provider.endOn ? { end: provider.endOn } : {}),
});

export function familyBundle(
  family: {
    children: readonly FhirChild[];
    providers: readonly FhirProvider[];
    documents?: readonly FhirDocument[];
    requests?: readonly FhirRequest[];
  },
  options: FhirOptions,
): Bundle {
  const entries: BundleEntry[] = [];
  const add = (id: string, resource: Resource) => entries.push({ fullUrl: urn(id), resource });

  const agencies = new Map<string, string>();
  for (const provider of family.providers) {
    if (provider.agency && !agencies.has(provider.agency)) agencies.set(provider.agency, options.newId());
  }
  for (const [name, id] of agencies) add(id, { resourceType: "Organization", id, name } satisfies Organization);

  for (const child of family.children) {
    add(child.id, {
      resourceType: "Patient",
      id: child.id,
      name: [{ text: child.name }],
      ...(child.birthYear ? { birthDate: String(child.birthYear) } : {}),
    } satisfies Patient);
  }

  const roleIds = new Map<string, string>();
  for (const provider of family.providers) {
    const roleId = options.newId();
    roleIds.set(provider.id, roleId);
    const code: CodeableConcept = { coding: codingsOf(provider.credentialIds), text: provider.statedTitle };
    const organizationId = provider.agency ? agencies.get(provider.agency) : undefined;
    add(provider.id, {
      resourceType: "Practitioner",
      id: provider.id,
      active: activeOn(provider, options.on),
      name: [{ text: provider.name }],
      ...(provider.contact ? { telecom: telecomOf(provider.contact) } : {}),
      ...(provider.credentialIds.length > 0 ? { qualification: qualificationsOf(provider) } : {}),
    } satisfies Practitioner);
    add(roleId, {
      resourceType: "PractitionerRole",
      id: roleId,
      active: activeOn(provider, options.on),
      period: period(provider),
      practitioner: { reference: urn(provider.id), display: provider.name },
      ...(organizationId ? { organization: { reference: urn(organizationId), display: provider.agency! } } : {}),
      code: [code],
      ...(provider.servicesDelivered.length > 0
        ? {
            specialty: provider.servicesDelivered.map((serviceId) => ({
              coding: [{ system: LOCAL_SERVICE_SYSTEM, code: serviceId }],
            })),
          }
        : {}),
      ...(provider.contact ? { telecom: telecomOf(provider.contact) } : {}),
    } satisfies PractitionerRole);
  }

  for (const child of family.children) {
    const id = options.newId();
    const team = family.providers.filter((provider) => provider.childIds.includes(child.id));
    add(id, {
      resourceType: "CareTeam",
      id,
      status: "active",
      name: child.name,
      subject: { reference: urn(child.id), display: child.name },
      // A child with nobody on the team yet has no participants (an empty array is not valid FHIR).
      ...(team.length > 0
        ? {
            participant: team.map((provider) => ({
              role: [{ coding: codingsOf(provider.credentialIds), text: provider.statedTitle }],
              member: { reference: urn(roleIds.get(provider.id)!), display: provider.name },
              period: period(provider),
            })),
          }
        : {}),
    } satisfies CareTeam);
  }

  for (const document of family.documents ?? []) addDocument(document, family, options, add);
  for (const request of family.requests ?? []) add(request.id, requestTask(request, family));

  return { resourceType: "Bundle", type: "collection", timestamp: options.timestamp, entry: entries };
}

/**
 * A document as a DocumentReference (what it is, about whom, from whom) pointing at a Binary
 * that carries its bytes. The first child it is about is its subject; further children and the
 * provider it came from are related to it.
 */
function addDocument(
  document: FhirDocument,
  family: { children: readonly FhirChild[]; providers: readonly FhirProvider[] },
  options: FhirOptions,
  add: (id: string, resource: Resource) => void,
) {
  const binaryId = options.newId();
  const known = (id: string, list: readonly { id: string }[]) => list.some((item) => item.id === id);
  const [subject, ...others] = document.childIds.filter((id) => known(id, family.children));
  const related = [
    ...others.map((id) => ({ reference: urn(id) })),
    ...(document.providerId && known(document.providerId, family.providers)
      ? [{ reference: urn(document.providerId) }]
      : []),
  ];
  add(document.id, {
    resourceType: "DocumentReference",
    id: document.id,
    status: "current",
    type: { coding: [{ system: LOCAL_DOCUMENT_KIND_SYSTEM, code: document.kind }], text: document.title },
    ...(subject ? { subject: { reference: urn(subject) } } : {}),
    date: document.uploadedAt,
    description: document.title,
    content: [
      {
        attachment: {
          contentType: document.contentType,
          url: urn(binaryId),
          size: document.size,
          title: document.fileName,
          ...(document.documentDate ? { creation: document.documentDate } : {}),
        },
      },
    ],
    ...(related.length > 0 ? { context: { related } } : {}),
  } satisfies DocumentReference);
  add(binaryId, {
    resourceType: "Binary",
    id: binaryId,
    contentType: document.contentType,
    data: binaryDataMarker(document.id),
  } satisfies Binary);
}

/**
 * A request as a Task: asked on `authoredOn`, due by the end of `restriction.period`, for the first
 * child it is about, owned by whom it was asked of (a provider of the team, or a name).
 */
function requestTask(
  request: FhirRequest,
  family: { children: readonly FhirChild[]; providers: readonly FhirProvider[] },
): Task {
  const child = family.children.find((candidate) => request.childIds.includes(candidate.id));
  const provider = request.providerId
    ? family.providers.find((candidate) => candidate.id === request.providerId)
    : undefined;
  const askedOf = request.to.organization ? `${request.to.name}, ${request.to.organization}` : request.to.name;
  return {
    resourceType: "Task",
    id: request.id,
    status: TASK_STATUS[request.status] ?? "requested",
    businessStatus: { coding: [{ system: LOCAL_REQUEST_STATUS_SYSTEM, code: request.status }] },
    intent: "order",
    code: {
      coding: [{ system: LOCAL_REQUEST_KIND_SYSTEM, code: request.kind }],
      ...(request.serviceIds.length > 0 ? { text: request.serviceIds.join(", ") } : {}),
    },
    description: request.summary,
    ...(child ? { for: { reference: urn(child.id), display: child.name } } : {}),
    authoredOn: request.askedOn,
    lastModified: request.updatedAt,
    owner: provider ? { reference: urn(provider.id), display: provider.name } : { display: askedOf },
    restriction: { period: { start: request.askedOn, end: request.dueOn } },
    ...(request.updates.length > 0
      ? { note: request.updates.map((update) => ({ time: update.on, text: update.note })) }
      : {}),
  };
}
