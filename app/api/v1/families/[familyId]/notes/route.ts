import { requireActor } from "@/lib/server/auth/current-user";
import { createNote, listNotes } from "@/lib/coaching/notes";
import { readJson } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { noteInputSchema } from "@/lib/schemas/coaching";

type Params = { familyId: string };

export const GET = route<Params>(async (_request, { familyId }) => {
  const actor = await requireActor();
  return json({ notes: await listNotes(actor, familyId) });
});

export const POST = route<Params>(async (request, { familyId }) => {
  const actor = await requireActor();
  const input = await readJson(request, noteInputSchema);
  return json({ note: await createNote(actor, familyId, input) }, 201);
});
