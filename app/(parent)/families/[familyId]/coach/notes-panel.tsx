"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { DeleteButton } from "@/app/_components/care-team/delete-button";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitOrCancel } from "@/app/_components/form-buttons";
import { TextAreaField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";
import type { CoachNote } from "@/lib/coaching/notes";
import { NOTE_MAX } from "@/lib/schemas/limits";

const notesPath = (familyId: string) => `/api/v1/families/${familyId}/notes`;

/** A note's form, to add one or to edit one: its text over several lines, at most NOTE_MAX characters. */
function NoteForm({
  id,
  path,
  method,
  body,
  label,
  hint,
  onDone,
  children,
}: {
  id: string;
  path: string;
  method: "POST" | "PATCH";
  body: string;
  label: string;
  hint?: string;
  onDone: (reset: () => void) => void;
  children: (busy: boolean) => ReactNode;
}) {
  const { form, submit, fieldError, alert, busy } = useApiForm({
    schema: (schemas) => schemas.noteInputSchema,
    defaultValues: { body },
  });
  const onSubmit = submit(
    (input) => apiFetch(path, { method, body: input }),
    () => onDone(() => form.reset()),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormAlert message={alert} />
      <TextAreaField
        id={id}
        rows={4}
        maxLength={NOTE_MAX}
        label={label}
        hint={hint}
        error={fieldError("body")}
        // Also the box's text in the page, where a search by the note's words finds it while it is edited.
        defaultValue={body}
        {...form.register("body")}
      />
      {children(busy)}
    </form>
  );
}

function AddNoteForm({ familyId }: { familyId: string }) {
  const t = useTranslations("coachTools.notes");
  const id = useId();
  return (
    <NoteForm
      id={`${id}-body`}
      path={notesPath(familyId)}
      method="POST"
      body=""
      label={t("label")}
      hint={t("hint")}
      onDone={(reset) => reset()}
    >
      {(busy) => (
        <button type="submit" className="btn-primary self-start" disabled={busy}>
          {busy ? t("adding") : t("add")}
        </button>
      )}
    </NoteForm>
  );
}

function NoteItem({ familyId, note }: { familyId: string; note: CoachNote }) {
  const t = useTranslations("coachTools.notes");
  const format = useFormatter();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const created = when(note.createdAt);
  const edited = note.updatedAt !== note.createdAt;

  return (
    <li className="flex flex-col gap-2 py-4" data-testid="coach-note">
      <p className="text-sm text-stone-600">
        <span>{t("byOn", { author: note.author?.name || t("formerCoach"), date: created })}</span>
        {edited && <span> · {t("edited", { date: when(note.updatedAt) })}</span>}
      </p>
      {editing ? (
        <NoteForm
          id={`${id}-edit`}
          path={`${notesPath(familyId)}/${note.id}`}
          method="PATCH"
          body={note.body}
          label={t("editLabel", { date: created })}
          onDone={() => setEditing(false)}
        >
          {(busy) => (
            <SubmitOrCancel
              busy={busy}
              submitLabel={t("save")}
              workingLabel={t("saving")}
              onCancel={() => setEditing(false)}
            />
          )}
        </NoteForm>
      ) : (
        <p className="break-words whitespace-pre-wrap">{note.body}</p>
      )}
      {note.editable && !editing && (
        <div className="flex flex-wrap items-start gap-4">
          <button
            type="button"
            className="text-sm font-semibold text-brand-700 underline underline-offset-4"
            aria-label={t("editLabel", { date: created })}
            onClick={() => setEditing(true)}
          >
            {t("edit")}
          </button>
          <DeleteButton
            compact
            path={`${notesPath(familyId)}/${note.id}`}
            label={t("delete")}
            accessibleName={t("deleteLabel", { date: created })}
            confirmTitle={t("deleteTitle")}
            confirmBody={t("deleteBody")}
          />
        </div>
      )}
    </li>
  );
}

/** The family's private notes: add, and edit or delete one's own. */
export function NotesPanel({ familyId, notes }: { familyId: string; notes: CoachNote[] }) {
  const t = useTranslations("coachTools.notes");
  return (
    <section aria-labelledby="coach-notes-heading" className="flex flex-col gap-4 card">
      <h2 id="coach-notes-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <AddNoteForm familyId={familyId} />
      {notes.length === 0 ? (
        <p className="text-sm text-stone-700">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-col divide-y divide-stone-200">
          {notes.map((note) => (
            <NoteItem key={note.id} familyId={familyId} note={note} />
          ))}
        </ul>
      )}
    </section>
  );
}
