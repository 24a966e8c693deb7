/** The fifty states and the District of Columbia, by their postal codes. */
export const US_STATES = [
  { code: "AL", name: "Alabama" },
  { code: "AK", name: "Alaska" },
  { code: "AZ", name: "Arizona" },
  { code: "AR", name: "Arkansas" },
  { code: "CA", name: "California" },
  { code: "CO", name: "Colorado" },
  { code: "CT", name: "Connecticut" },
  { code: "DE", name: "Delaware" },
  { code: "DC", name: "District of Columbia" },
  { code: "FL", name: "Florida" },
  { code: "GA", name: "Georgia" },
  { code: "HI", name: "Hawaii" },
  { code: "ID", name: "Idaho" },
  { code: "IL", name: "Illinois" },
  { code: "IN", name: "Indiana" },
  { code: "IA", name: "Iowa" },
  { code: "KS", name: "Kansas" },
  { code: "KY", name: "Kentucky" },
  { code: "LA", name: "Louisiana" },
  { code: "ME", name: "Maine" },
  { code: "MD", name: "Maryland" },
  { code: "MA", name: "Massachusetts" },
  { code: "MI", name: "Michigan" },
  { code: "MN", name: "Minnesota" },
  { code: "MS", name: "Mississippi" },
  { code: "MO", name: "Missouri" },
  { code: "MT", name: "Montana" },
  { code: "NE", name: "Nebraska" },
  { code: "NV", name: "Nevada" },
  { code: "NH", name: "New Hampshire" },
  { code: "NJ", name: "New Jersey" },
  { code: "NM", name: "New Mexico" },
  { code: "NY", name: "New York" },
  { code: "NC", name: "North Carolina" },
  { code: "ND", name: "North Dakota" },
  { code: "OH", name: "Ohio" },
  { code: "OK", name: "Oklahoma" },
  { code: "OR", name: "Oregon" },
  { code: "PA", name: "Pennsylvania" },
  { code: "RI", name: "Rhode Island" },
  { code: "SC", name: "South Carolina" },
  { code: "SD", name: "South Dakota" },
  { code: "TN", name: "Tennessee" },
  { code: "TX", name: "Texas" },
  { code: "UT", name: "Utah" },
  { code: "VT", name: "Vermont" },
  { code: "VA", name: "Virginia" },
  { code: "WA", name: "Washington" },
  { code: "WV", name: "West Virginia" },
  { code: "WI", name: "Wisconsin" },
  { code: "WY", name: "Wyoming" },
] as const satisfies readonly { code: string; name: string }[];

export type UsState = (typeof US_STATES)[number]["code"];

const CODES: ReadonlySet<string> = new Set(US_STATES.map((state) => state.code));

/** Is it one of the 51 upper-case two-letter codes ("TX", not "tx" or "XX")? */
export const isUsState = (value: unknown): value is UsState => typeof value === "string" && CODES.has(value);

/** The states whose own titles the catalog carries (states.md §2); elsewhere only the national entries apply. */
export const CATALOG_STATES = [
  "OR",
  "WA",
  "CA",
  "TX",
  "VA",
  "NC",
  "NY",
  "FL",
  "PA",
  "OH",
  "MI",
  "AZ",
] as const satisfies readonly UsState[];

/**
 * Shown with the catalog for a family in a state it has no titles for (or with no state): the
 * national entries still hold, but local titles and scopes were not checked.
 */
export const UNCHECKED_STATE_NOTE = {
  en: "Titles and scopes vary by state; we could not check your state's rules.",
  es: "Los títulos y lo que cada uno puede hacer cambian de un estado a otro; no pudimos revisar las reglas de su estado.",
} as const;
