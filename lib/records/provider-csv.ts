import Papa from "papaparse";
import { canonicalCredentialId, credentials, services, type UsState } from "@/lib/domain/catalog";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { isIsoDate } from "@/lib/core/dates";
import { providerCreateSchema, type ProviderCreateInput } from "@/lib/schemas/care-team";

// A family's paper list of providers, pasted or uploaded as CSV, turned into the same input the
// provider form sends. Nothing here writes: the rows are checked one by one, each problem named
// with its row number (the header is row 1, as a spreadsheet shows it), so a preview can show
// them all at once.

const CSV_MAX_ROWS = 200;

/** Columns a family may use, with the header names accepted for each (English and Spanish). */
const COLUMNS = {
  name: ["name", "providername", "nombre"],
  statedTitle: ["title", "statedtitle", "jobtitle", "titulo", "cargo"],
  // One credential, or several separated by semicolons ("LPC; CADC").
  credentialId: ["credential", "credencial", "credentials", "credenciales"],
  // A supervisor who is not in the list: their name and their credential.
  supervisor: ["supervisor", "supervisedby", "supervisora", "supervisadopor"],
  supervisorCredential: ["supervisorcredential", "credencialdelsupervisor", "credencialdelasupervisora"],
  agency: ["agency", "organization", "agencia", "organizacion"],
  startOn: ["startdate", "starton", "start", "since", "fechadeinicio", "inicio", "desde"],
  endOn: ["enddate", "endon", "end", "fechadefin", "fin", "hasta"],
  licenseNumber: ["licensenumber", "license", "licencia", "numerodelicencia"],
  licenseState: ["licensestate", "state", "estado", "estadodelicencia"],
  contact: ["contact", "phone", "email", "contacto", "telefono"],
  servicesDelivered: ["services", "servicesdelivered", "servicios"],
  children: ["children", "child", "ninos", "hijos", "nino", "hijo"],
  notes: ["notes", "notas"],
} as const;
type CsvColumn = keyof typeof COLUMNS;
const REQUIRED: readonly CsvColumn[] = ["name", "statedTitle", "startOn"];

/** A problem as data: `key` names a message under `providerImport.problems`. */
export type CsvProblem = {
  row: number;
  column: CsvColumn | null;
  key: string;
  values?: Record<string, string | number>;
};
type CsvRow = { row: number; input: ProviderCreateInput | null; problems: CsvProblem[] };
type CsvResult = { rows: CsvRow[]; problems: CsvProblem[] };

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

const columnOfHeader = new Map<string, CsvColumn>(
  Object.entries(COLUMNS).flatMap(([column, names]) => names.map((name) => [name, column as CsvColumn] as const)),
);

/** Credentials and services by every name a family might write: id, abbreviation, English or Spanish label. */
function lookup(
  entries: readonly { id: string; label: string; abbreviation?: string }[],
  spanish: readonly { id: string; label: string; abbreviation?: string }[],
) {
  const byName = new Map<string, string>();
  for (const entry of [...entries, ...spanish])
    for (const name of [entry.id, entry.label, entry.abbreviation ?? ""]) if (name) byName.set(fold(name), entry.id);
  return (name: string) => byName.get(fold(name));
}
const es = catalogIn("es");
const credentialLabelled = lookup(credentials, es.credentials);
const serviceNamed = lookup(services, es.services);

/**
 * A credential as a family writes it, read in the family's state: an id, an abbreviation ("QMHP"
 * in Texas is the QMHP-CS) or a label in English or Spanish. Undefined: not one Clarity knows.
 */
function credentialNamed(name: string, state: UsState | null): string | undefined {
  const byId = canonicalCredentialId(name.trim().toLowerCase(), state);
  if (byId) return byId;
  const byLabel = credentialLabelled(name);
  return byLabel ? canonicalCredentialId(byLabel, state) : undefined;
}

/** YYYY-MM-DD, or the M/D/YYYY a US family writes on paper. */
export function csvDate(value: string): string | null {
  if (isIsoDate(value)) return value;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!us) return null;
  const iso = `${us[3]}-${us[1]!.padStart(2, "0")}-${us[2]!.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

const list = (value: string) =>
  value
    .split(/[;|]/)
    .map((item) => item.trim())
    .filter(Boolean);

export function parseProviderCsv(
  text: string,
  familyChildren: readonly { id: string; name: string }[],
  state: UsState | null = null,
): CsvResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: "greedy",
    delimitersToGuess: [",", ";", "\t"],
  });
  const records = parsed.data;
  const problems: CsvProblem[] = [];
  if (records.length === 0) return { rows: [], problems: [{ row: 1, column: null, key: "empty" }] };
  if (records.length - 1 > CSV_MAX_ROWS)
    return {
      rows: [],
      problems: [{ row: CSV_MAX_ROWS + 2, column: null, key: "tooManyRows", values: { max: CSV_MAX_ROWS } }],
    };

  const header = records[0]!.map((name) => columnOfHeader.get(fold(name)) ?? null);
  records[0]!.forEach((name, index) => {
    if (header[index] === null && name.trim() !== "")
      problems.push({ row: 1, column: null, key: "unknownColumn", values: { name: name.trim() } });
  });
  const seen = header.filter((column): column is CsvColumn => column !== null);
  for (const column of REQUIRED) if (!seen.includes(column)) problems.push({ row: 1, column, key: "missingColumn" });
  if (new Set(seen).size !== seen.length) problems.push({ row: 1, column: null, key: "repeatedColumn" });
  if (familyChildren.length === 0) problems.push({ row: 1, column: null, key: "noChildren" });
  if (problems.length > 0) return { rows: [], problems };

  const childNamed = new Map(familyChildren.map((child) => [fold(child.name), child.id]));
  const rows = records
    .slice(1)
    .map((cells, index) => parseRow(index + 2, cells, header as CsvColumn[], childNamed, familyChildren, state));
  return { rows, problems: rows.flatMap((row) => row.problems) };
}

function parseRow(
  row: number,
  cells: readonly string[],
  header: readonly CsvColumn[],
  childNamed: ReadonlyMap<string, string>,
  familyChildren: readonly { id: string }[],
  state: UsState | null,
): CsvRow {
  const problems: CsvProblem[] = [];
  const problem = (column: CsvColumn | null, key: string, values?: CsvProblem["values"]) =>
    problems.push({ row, column, key, ...(values ? { values } : {}) });
  if (cells.length > header.length) problem(null, "extraCells");
  const cell = (column: CsvColumn) => (cells[header.indexOf(column)] ?? "").trim();
  const optional = (column: CsvColumn) => (header.includes(column) && cell(column) !== "" ? cell(column) : undefined);

  for (const column of REQUIRED) if (cell(column) === "") problem(column, "required");
  const credentialIds: string[] = [];
  for (const name of list(optional("credentialId") ?? "")) {
    const id = credentialNamed(name, state);
    if (id) credentialIds.push(id);
    else problem("credentialId", "unknownCredential", { value: name });
  }
  if (credentialIds.length === 0) credentialIds.push("unknown");

  const supervisorName = optional("supervisor");
  const supervisorCredentialText = optional("supervisorCredential");
  const supervisorCredential =
    supervisorCredentialText === undefined ? undefined : credentialNamed(supervisorCredentialText, state);
  if (supervisorCredentialText !== undefined && supervisorCredential === undefined)
    problem("supervisorCredential", "unknownCredential", { value: supervisorCredentialText });
  if (supervisorName !== undefined && supervisorCredentialText === undefined)
    problem("supervisorCredential", "supervisorCredentialMissing");
  if (supervisorName === undefined && supervisorCredentialText !== undefined)
    problem("supervisor", "supervisorNameMissing");

  const serviceIds: string[] = [];
  for (const name of list(optional("servicesDelivered") ?? "")) {
    const id = serviceNamed(name);
    if (id) serviceIds.push(id);
    else problem("servicesDelivered", "unknownService", { value: name });
  }

  const childNames = list(optional("children") ?? "");
  const childIds =
    childNames.length === 0
      ? familyChildren.map((child) => child.id)
      : childNames.map((name) => childNamed.get(fold(name)));
  childNames.forEach((name, index) => {
    if (!childIds[index]) problem("children", "unknownChild", { value: name });
  });

  const dates: Partial<Record<"startOn" | "endOn", string>> = {};
  for (const column of ["startOn", "endOn"] as const) {
    const value = optional(column);
    if (value === undefined) continue;
    const date = csvDate(value);
    if (date) dates[column] = date;
    else problem(column, "badDate", { value });
  }

  const candidate = {
    name: cell("name"),
    statedTitle: cell("statedTitle"),
    credentialIds: [...new Set(credentialIds)],
    ...(supervisorName && supervisorCredential
      ? { supervisor: { name: supervisorName, credentialId: supervisorCredential } }
      : {}),
    childIds: childIds.filter((id): id is string => Boolean(id)),
    servicesDelivered: [...new Set(serviceIds)],
    startOn: dates.startOn ?? "",
    ...(dates.endOn ? { endOn: dates.endOn } : {}),
    ...Object.fromEntries(
      (["agency", "licenseNumber", "licenseState", "contact", "notes"] as const).map((column) => [
        column,
        optional(column) ?? null,
      ]),
    ),
  };
  const result = providerCreateSchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "");
      const column = (
        field === "childIds" ? "children" : field === "credentialIds" ? "credentialId" : field in COLUMNS ? field : null
      ) as CsvColumn | null;
      // A cell already reported (an unreadable date, a blank name) is not reported twice.
      if (problems.some((known) => known.column === column)) continue;
      problem(column, "invalid", { message: issue.message });
    }
  }
  return { row, input: problems.length === 0 && result.success ? result.data : null, problems };
}
