import type { TreatmentModel } from "./types";

export const treatmentModels: readonly TreatmentModel[] = [
  {
    id: "tf-cbt",
    label: "TF-CBT",
    description: "Trauma-focused cognitive behavioral therapy, for children and their caregivers together.",
    trauma: true,
  },
  {
    id: "pcit",
    label: "PCIT",
    description:
      "Parent–child interaction therapy: a therapist coaches the parent live while they play with the child.",
    trauma: true,
  },
  {
    id: "emdr",
    label: "EMDR",
    description: "Eye movement desensitization and reprocessing, a structured trauma therapy.",
    trauma: true,
  },
  {
    id: "dbt",
    label: "DBT",
    description: "Dialectical behavior therapy: skills for strong emotions, often used with self-harm.",
    trauma: false,
  },
  {
    id: "cbt",
    label: "CBT",
    description: "Cognitive behavioral therapy, including exposure work for anxiety.",
    trauma: false,
  },
  { id: "fbt", label: "FBT", description: "Family-based treatment for eating disorders.", trauma: false },
  { id: "pmt", label: "PMT", description: "Parent management training.", trauma: false },
  { id: "aba", label: "ABA", description: "Applied behavior analysis.", trauma: false },
];
