import { requireActor } from "@/lib/server/auth/current-user";
import { deleteNote, updateNote } from "@/lib/coaching/notes";
import { readJson } from "@/lib/server/http/body";
import { json, noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { noteInputSchema } from "@/lib/schemas/coaching";

type Params = { familyId: string; noteId: string };

export const PATCH = route<Params>(async (request, { familyId, noteId }) => {
  const actor = await requireActor();
  const input = await readJson(request, noteInputSchema);
  return json({ note: await updateNote(actor, familyId, noteId, input) });
});

export const DELETE = route<Params>(async (_request, { familyId, noteId }) => {
  const actor = await requireActor();
  await deleteNote(actor, familyId, noteId);
  return noContent();
});
