import { describe, expect, it } from "vitest";
import { titleFlagsOn } from "@/lib/domain/gaps/title-flags";
import type { ProviderRecord } from "@/lib/domain/gaps";

const provider = (statedTitle: string, credentialId: string): ProviderRecord => ({
  id: `${credentialId}-${statedTitle}`,
  statedTitle,
  credentialIds: [credentialId],
  supervisor: null,
  servicesDelivered: [],
  trainedIn: [],
  childIds: ["c1"],
  startOn: "2026-01-01",
  endOn: null,
});

const flagged = (title: string, credentialId: string) =>
  titleFlagsOn([provider(title, credentialId)], "2026-02-01").map((flag) => flag.kind);

describe("titles written in Spanish", () => {
  it.each([
    ["Terapeuta", "qmha"],
    ["terapeuta familiar", "skills-trainer"],
    ["Consejera", "peer-support"],
    ["Clínico", "case-manager"],
    ["Psicóloga", "lmsw"],
  ])("%s over a %s credential is flagged as not clinical", (title, credentialId) => {
    expect(flagged(title, credentialId)).toEqual(["title-not-clinical"]);
  });

  it.each([
    ["Consejera escolar", "school-counselor"],
    ["Psicólogo Escolar", "school-psychologist"],
    ["Consejero de adicciones", "cadc"],
    ["Terapeuta", "lcsw"],
    ["Entrenadora de habilidades", "skills-trainer"],
  ])("%s over a %s credential is the honest name of the role", (title, credentialId) => {
    expect(flagged(title, credentialId)).toEqual([]);
  });
});
