import { associateServices } from "../qualifications";
import { citeNational } from "../sources";
import { LIMITS, stateTitle, type StateTitle } from "./build";

const internRule = citeNational("Fla. Stat. §491.0045");

const intern = (family: string, nuccCode: string) =>
  ({
    family,
    kind: "registration",
    level: "associate",
    requiresSupervisor: true,
    clinical: true,
    licensed: true,
    services: associateServices,
    nuccCode,
    sources: [internRule],
  }) as const;

const words = (profession: string, profesion: string, license: string) =>
  [
    {
      label: `Registered ${profession} intern (Florida)`,
      description: `A clinician with a master's degree registered in Florida to practice under a named qualified supervisor while working toward the ${license}; the registration lasts five years.`,
      cannot: LIMITS.associate.en,
    },
    {
      label: `Interno registrado de ${profesion}, Florida`,
      description: `Un clínico con maestría registrado en Florida para ejercer bajo un supervisor calificado identificado, en camino a la licencia ${license}; el registro dura cinco años.`,
      cannot: LIMITS.associate.es,
    },
  ] as const;

const [swEn, swEs] = words("clinical social worker", "trabajo social clínico", "LCSW");
const [mftEn, mftEs] = words("marriage and family therapist", "terapia matrimonial y familiar", "LMFT");
const [mhcEn, mhcEs] = words("mental health counselor", "consejería de salud mental", "LMHC");

export const floridaTitles: readonly StateTitle[] = [
  stateTitle(
    "FL",
    "csw-intern",
    {
      ...intern("lcsw", "1041C0700X"),
      searchTerms: ["registered clinical social worker intern", "social work intern"],
    },
    { ...swEn, abbreviation: "CSW Intern" },
    { ...swEs, label: `${swEs.label} (CSW Intern)`, abbreviation: "CSW Intern" },
  ),
  stateTitle(
    "FL",
    "mft-intern",
    { ...intern("lmft", "106H00000X"), searchTerms: ["registered marriage and family therapist intern", "MFT intern"] },
    { ...mftEn, abbreviation: "MFT Intern" },
    { ...mftEs, label: `${mftEs.label} (MFT Intern)`, abbreviation: "MFT Intern" },
  ),
  stateTitle(
    "FL",
    "mhc-intern",
    { ...intern("lpc", "101YP2500X"), searchTerms: ["registered mental health counselor intern", "counselor intern"] },
    { ...mhcEn, abbreviation: "MHC Intern" },
    { ...mhcEs, label: `${mhcEs.label} (MHC Intern)`, abbreviation: "MHC Intern" },
  ),
];
