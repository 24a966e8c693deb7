// A small structural validator for the FHIR R4 resources Clarity exports (Bundle, Patient,
// Practitioner, PractitionerRole, Organization, CareTeam, DocumentReference, Binary, Task): every element present must be known,
// with the cardinality, primitive format and required value set the R4 specification gives it,
// and every reference inside the Bundle must resolve. No maintained npm package validates R4
// offline without downloading the specification packages, so the rules used are written here,
// taken element by element from the R4 resource definitions.

type Kind =
  | "string"
  | "boolean"
  | "uri"
  | "code"
  | "id"
  | "date"
  | "dateTime"
  | "instant"
  | "Coding"
  | "CodeableConcept"
  | "Identifier"
  | "Reference"
  | "Period"
  | "HumanName"
  | "ContactPoint"
  | "Bundle"
  | "BundleEntry"
  | "Resource"
  | "Qualification"
  | "Participant"
  | "DocumentReferenceContent"
  | "DocumentReferenceContext"
  | "Attachment"
  | "TaskRestriction"
  | "Annotation"
  | "unsignedInt"
  | "base64Binary";
type Element = { kind: Kind; min: 0 | 1; max: 1 | "*"; valueSet?: readonly string[] };

const one = (kind: Kind, valueSet?: readonly string[]): Element => ({ kind, min: 0, max: 1, valueSet });
const required = (kind: Kind, valueSet?: readonly string[]): Element => ({ kind, min: 1, max: 1, valueSet });
const many = (kind: Kind): Element => ({ kind, min: 0, max: "*" });

const resourceBase = { resourceType: required("code"), id: one("id") };
const domainBase = { ...resourceBase, meta: one("string"), text: one("string") };

const STRUCTURES: Record<string, Record<string, Element>> = {
  Bundle: {
    ...resourceBase,
    identifier: one("Identifier"),
    type: required("code", [
      "document",
      "message",
      "transaction",
      "transaction-response",
      "batch",
      "batch-response",
      "history",
      "searchset",
      "collection",
    ]),
    timestamp: one("instant"),
    total: one("string"),
    entry: many("BundleEntry"),
  },
  BundleEntry: { fullUrl: one("uri"), resource: one("Resource") },
  Patient: {
    ...domainBase,
    identifier: many("Identifier"),
    active: one("boolean"),
    name: many("HumanName"),
    telecom: many("ContactPoint"),
    birthDate: one("date"),
  },
  Organization: {
    ...domainBase,
    identifier: many("Identifier"),
    active: one("boolean"),
    name: one("string"),
    telecom: many("ContactPoint"),
  },
  Practitioner: {
    ...domainBase,
    identifier: many("Identifier"),
    active: one("boolean"),
    name: many("HumanName"),
    telecom: many("ContactPoint"),
    qualification: many("Qualification"),
  },
  Qualification: {
    identifier: many("Identifier"),
    code: required("CodeableConcept"),
    period: one("Period"),
    issuer: one("Reference"),
  },
  PractitionerRole: {
    ...domainBase,
    identifier: many("Identifier"),
    active: one("boolean"),
    period: one("Period"),
    practitioner: one("Reference"),
    organization: one("Reference"),
    code: many("CodeableConcept"),
    specialty: many("CodeableConcept"),
    telecom: many("ContactPoint"),
  },
  CareTeam: {
    ...domainBase,
    identifier: many("Identifier"),
    status: one("code", ["proposed", "active", "suspended", "inactive", "entered-in-error"]),
    name: one("string"),
    subject: one("Reference"),
    period: one("Period"),
    participant: many("Participant"),
  },
  DocumentReference: {
    ...domainBase,
    masterIdentifier: one("Identifier"),
    identifier: many("Identifier"),
    status: required("code", ["current", "superseded", "entered-in-error"]),
    docStatus: one("code", ["preliminary", "final", "amended", "entered-in-error"]),
    type: one("CodeableConcept"),
    category: many("CodeableConcept"),
    subject: one("Reference"),
    date: one("instant"),
    author: many("Reference"),
    authenticator: one("Reference"),
    custodian: one("Reference"),
    description: one("string"),
    securityLabel: many("CodeableConcept"),
    content: { kind: "DocumentReferenceContent", min: 1, max: "*" },
    context: one("DocumentReferenceContext"),
  },
  Task: {
    ...domainBase,
    identifier: many("Identifier"),
    status: required("code", [
      "draft",
      "requested",
      "received",
      "accepted",
      "rejected",
      "ready",
      "cancelled",
      "in-progress",
      "on-hold",
      "failed",
      "completed",
      "entered-in-error",
    ]),
    businessStatus: one("CodeableConcept"),
    intent: required("code", [
      "unknown",
      "proposal",
      "plan",
      "order",
      "original-order",
      "reflex-order",
      "filler-order",
      "instance-order",
      "option",
    ]),
    code: one("CodeableConcept"),
    description: one("string"),
    focus: one("Reference"),
    for: one("Reference"),
    authoredOn: one("dateTime"),
    lastModified: one("dateTime"),
    requester: one("Reference"),
    owner: one("Reference"),
    reasonCode: one("CodeableConcept"),
    note: many("Annotation"),
    restriction: one("TaskRestriction"),
  },
  TaskRestriction: { repetitions: one("unsignedInt"), period: one("Period"), recipient: many("Reference") },
  Annotation: { authorString: one("string"), time: one("dateTime"), text: required("string") },
  DocumentReferenceContent: { attachment: required("Attachment"), format: one("Coding") },
  DocumentReferenceContext: {
    encounter: many("Reference"),
    event: many("CodeableConcept"),
    period: one("Period"),
    facilityType: one("CodeableConcept"),
    practiceSetting: one("CodeableConcept"),
    sourcePatientInfo: one("Reference"),
    related: many("Reference"),
  },
  Attachment: {
    contentType: one("code"),
    language: one("code"),
    data: one("base64Binary"),
    url: one("uri"),
    size: one("unsignedInt"),
    hash: one("base64Binary"),
    title: one("string"),
    creation: one("dateTime"),
  },
  // Binary is a Resource, not a DomainResource: no text.
  Binary: {
    ...resourceBase,
    meta: one("string"),
    contentType: required("code"),
    securityContext: one("Reference"),
    data: one("base64Binary"),
  },
  Participant: {
    role: many("CodeableConcept"),
    member: one("Reference"),
    onBehalfOf: one("Reference"),
    period: one("Period"),
  },
  Coding: {
    system: one("uri"),
    version: one("string"),
    code: one("code"),
    display: one("string"),
    userSelected: one("boolean"),
  },
  CodeableConcept: { coding: many("Coding"), text: one("string") },
  Identifier: {
    use: one("code", ["usual", "official", "temp", "secondary", "old"]),
    system: one("uri"),
    value: one("string"),
    period: one("Period"),
  },
  Reference: { reference: one("string"), type: one("uri"), identifier: one("Identifier"), display: one("string") },
  Period: { start: one("dateTime"), end: one("dateTime") },
  HumanName: {
    use: one("code", ["usual", "official", "temp", "nickname", "anonymous", "old", "maiden"]),
    text: one("string"),
    family: one("string"),
    given: many("string"),
  },
  ContactPoint: {
    system: one("code", ["phone", "fax", "email", "pager", "url", "sms", "other"]),
    value: one("string"),
    use: one("code", ["home", "work", "temp", "old", "mobile"]),
  },
};

const PRIMITIVES: Partial<Record<Kind, (value: unknown) => boolean>> = {
  string: (v) => typeof v === "string" && v.length > 0,
  boolean: (v) => typeof v === "boolean",
  uri: (v) => typeof v === "string" && /^\S+:\S+$/.test(v),
  code: (v) => typeof v === "string" && /^[^\s]+(\s[^\s]+)*$/.test(v),
  id: (v) => typeof v === "string" && /^[A-Za-z0-9\-.]{1,64}$/.test(v),
  date: (v) => typeof v === "string" && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v),
  dateTime: (v) =>
    typeof v === "string" && /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?)?)?$/.test(v),
  instant: (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v),
  unsignedInt: (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 2_147_483_647,
  base64Binary: (v) => typeof v === "string" && /^(\s*([0-9a-zA-Z+/=]){4}\s*)+$/.test(v),
};

/** Every problem found, as "path: what"; an empty list means the Bundle passes. */
export function validateR4Bundle(bundle: unknown): string[] {
  const problems: string[] = [];
  const check = (value: unknown, kind: Kind, path: string) => {
    const primitive = PRIMITIVES[kind];
    if (primitive) {
      if (!primitive(value)) problems.push(`${path}: not a valid ${kind}`);
      return;
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      problems.push(`${path}: expected an object (${kind})`);
      return;
    }
    const record = value as Record<string, unknown>;
    let structureName: string = kind;
    if (kind === "Resource") {
      structureName = String(record.resourceType);
      if (!(structureName in STRUCTURES) || structureName === "Bundle") {
        problems.push(`${path}: unexpected resourceType ${structureName}`);
        return;
      }
    }
    const structure = STRUCTURES[structureName]!;
    for (const key of Object.keys(record))
      if (!(key in structure)) problems.push(`${path}.${key}: not an element of ${structureName}`);
    if (Object.keys(record).length === 0) problems.push(`${path}: empty element`);
    for (const [key, element] of Object.entries(structure)) {
      const present = record[key];
      if (present === undefined) {
        if (element.min === 1) problems.push(`${path}.${key}: required (1..1)`);
        continue;
      }
      if (element.max === "*") {
        if (!Array.isArray(present) || present.length === 0)
          problems.push(`${path}.${key}: expected a non-empty array (0..*)`);
        else present.forEach((item, index) => check(item, element.kind, `${path}.${key}[${index}]`));
        continue;
      }
      if (Array.isArray(present)) {
        problems.push(`${path}.${key}: at most one (0..1), found an array`);
        continue;
      }
      check(present, element.kind, `${path}.${key}`);
      if (element.valueSet && !element.valueSet.includes(present as string))
        problems.push(`${path}.${key}: ${String(present)} is not in the required value set`);
    }
    if (structureName === "Coding" && record.code !== undefined && record.system === undefined)
      problems.push(`${path}: a code without a system`);
    if (
      structureName === "Period" &&
      typeof record.start === "string" &&
      typeof record.end === "string" &&
      record.end < record.start
    )
      problems.push(`${path}: per-1, end before start`);
    if (structureName === "Reference") references.push({ path, reference: record.reference });
  };
  const references: { path: string; reference: unknown }[] = [];
  check(bundle, "Bundle", "Bundle");
  // bdl-7: fullUrl unique; every reference inside the collection resolves to one of its entries.
  const entries = (bundle as { entry?: { fullUrl?: string; resource?: { resourceType?: string } }[] }).entry ?? [];
  const fullUrls = new Map(entries.map((entry) => [entry.fullUrl, entry.resource?.resourceType]));
  if (fullUrls.size !== entries.length) problems.push("Bundle.entry: fullUrl not unique (bdl-7)");
  for (const { path, reference } of references) {
    if (reference !== undefined && !fullUrls.has(reference as string))
      problems.push(`${path}: ${String(reference)} does not resolve inside the Bundle`);
  }
  return problems;
}
