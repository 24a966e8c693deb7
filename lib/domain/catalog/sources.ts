import type { Source } from "./types";

// Each citation carries the date it was last compared with its source, at the precision the
// domain reference gives: the Oregon reference was checked on a day, the national one in a month.
// Oregon rules move (OAR 309-019-0125 was renumbered in 2026): re-check a source, bump its date.
const OREGON_CHECKED_ON = "2026-11-25";
const NATIONAL_CHECKED_ON = "2026-12";

const cite = (citation: string, checkedOn: string = OREGON_CHECKED_ON): Source => ({ citation, checkedOn });
/** A citation from the national reference (states.md), checked in December 2026. */
export const citeNational = (citation: string): Source => cite(citation, NATIONAL_CHECKED_ON);

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
  bacbLicensure: citeNational("BACB U.S. licensure of behavior analysts (bacb.com)"),
  rbtRequirements: citeNational("RCW 18.380.050(2); BACB RBT requirements"),
  behaviorAnalystScope: citeNational("Texas Occupations Code §506.003 (TDLR behavior analyst FAQ)"),
  nucc: citeNational("NUCC health care provider taxonomy code set"),
  associateRules: citeNational(
    "22 TAC §681.93(d); Fla. Stat. §491.0045(3); WAC 246-809-010; OAC 4757-17-01; A.A.C. R4-6-210",
  ),
  aapAdhdPrescribing: citeNational("AAP ADHD clinical practice guideline, Pediatrics 2019;144(4)"),
  aapEating: citeNational("AAP clinical report on eating disorders, Pediatrics 2021;147(1):e2020040279"),
  fbt: citeNational("Forsberg 2021 (PMC9817879); Couturier 2020, J Eat Disord 8:4"),
  tfCbt: citeNational("SAMHSA NREPP profile 96 (TF-CBT)"),
  cpp: citeNational("NCTSN, Child-Parent Psychotherapy (2025)"),
  emdr: citeNational("WHO 2013 guideline (quoted secondary); Lewey 2018 meta-analysis"),
  pcit: citeNational("Lieneman 2017 (PMC5530857)"),
  psbCbt: citeNational("OUHSC PSB-CBT program (psbcbt.ouhsc.edu); NCTSN PSB-CBT-S"),
  mst: citeNational("MST provider descriptions (secondary)"),
  fft: citeNational("ACF Title IV-E Prevention Services Clearinghouse (FFT)"),
  mdft: citeNational("Horigian 2016 (PMC6986353)"),
  acra: citeNational("ACF Title IV-E Prevention Services Clearinghouse (A-CRA)"),
  dbtA: citeNational("McCauley 2018, JAMA Psychiatry (PMC6584278)"),
  samhsaCrisis: citeNational("SAMHSA national guidelines for behavioral health crisis care (2020, 2025)"),
  launch988: citeNational("988 Suicide & Crisis Lifeline launch, 2022-07-16 (FCC/HHS)"),
  medicaidServiceNames: citeNational(
    "OAC 5122-29-30; NY DOH CFTSS manual (2024); DHCS EPSDT/TBS and SMHS; 12VAC30-60-61; 55 Pa. Code ch. 5240",
  ),
} as const;
