import "server-only";
import type { Actor } from "@/lib/identity/actor";
import { listProviders } from "@/lib/care-team/providers";
import { practiceToday } from "@/lib/care-team/gaps";
import { listFamiliesFor } from "@/lib/families/queries";
import { credentialById } from "@/lib/domain/catalog";

type TeamMember = { id: string; name: string; credentialId: string };
type FamilyTeamMatch = { familyId: string; familyName: string; members: TeamMember[] };

/**
 * For a parent reading an article: each of their families, with the current providers whose
 * credential the article explains ("You have a QMHA on your team"). Other readers get nothing.
 */
export async function onYourTeam(
  actor: Actor | null,
  credentialIds: readonly string[],
  today = practiceToday(),
): Promise<FamilyTeamMatch[]> {
  if (actor?.role !== "parent") return [];
  const families = await listFamiliesFor(actor);
  // An article may name a credential by an old id ("qmha"): providers hold the entry it stands for.
  const explained = new Set(credentialIds.map((id) => credentialById(id)?.id ?? id));
  return Promise.all(
    families.map(async (family) => {
      const providers = await listProviders(actor, family.id);
      const members = providers
        .filter(
          (provider) =>
            provider.credentialIds.some((id) => explained.has(id)) &&
            provider.startOn <= today &&
            (provider.endOn === null || today <= provider.endOn),
        )
        .map(({ id, name, credentialIds: held }) => ({
          id,
          name,
          credentialId: held.find((heldId) => explained.has(heldId))!,
        }));
      return { familyId: family.id, familyName: family.name, members };
    }),
  );
}
