import type { Source } from "./types";

// The date each citation was last compared with the project's domain reference. Oregon rules move
// (OAR 309-019-0125 was renumbered in 2026): re-check and bump the date together.
const CHECKED_ON = "2026-11-25";

const cite = (citation: string): Source => ({ citation, checkedOn: CHECKED_ON });

export const SOURCES = {
  qmhRule: cite("OAR 309-019-0125 (QMHA and QMHP sections)"),
  programDefinitions: cite("OAR 309-019-0105"),
  mhacbo: cite("MHACBO credentialing (mhacbo.org)"),
  medicaidProviders: cite("OAR 410-172-0660"),
  traditionalHealthWorkers: cite("OAR 950-060-0010 to 0060"),
  wraparound: cite("OAR 309-019-0163 / 0324 / 0326 (numbering unverified)"),
  socialWorkStatute: cite("ORS 675.510"),
  cswaRule: cite("OAR 877-020-0009 / 0010"),
  counselorsAndTherapists: cite("OAR 833-030 / 040 / 050"),
  psychologistStatute: cite("ORS 675.030"),
  iibht: cite("OAR 309-021-0100"),
  nursePractitioners: cite("OAR 851-050-0005"),
  behaviorAnalysis: cite("ORS 676.802"),
  schoolLicensure: cite("OAR 584-245-0230"),
  aacapPtsd: cite("AACAP practice parameter, PTSD (2010)"),
  aapAdhd: cite("AAP clinical practice guideline, ADHD (2019)"),
  aacapAnxiety: cite("AACAP clinical practice guideline, anxiety (2020)"),
  aacapSud: cite("AACAP practice parameter, substance use disorders (2005)"),
  icdGaming: cite("ICD-11 6C51 (gaming disorder)"),
  atsa: cite("ATSA task force on children with sexual behavior problems (2006)"),
  aacapAutism: cite("AACAP practice parameter, autism spectrum disorder (2014)"),
  aacapSuicide: cite("AACAP practice parameter, suicidal behavior (2001)"),
  samhsaSafety: cite("SAMHSA PEP20-06-01-002"),
  aacapSchizophrenia: cite("AACAP practice parameter, early-onset schizophrenia (2013)"),
  aacapEating: cite("AACAP practice parameter, eating disorders (2015)"),
  projectReference: cite("Clarity domain reference (family stress and support)"),
} as const;
