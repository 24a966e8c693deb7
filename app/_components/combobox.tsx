"use client";

import { useId, useState, type KeyboardEvent, type Ref } from "react";

export type ComboboxOption = { id: string; text: string; detail?: string; selected?: boolean };
export type ComboboxGroup = { key: string; label: string; options: ComboboxOption[] };

/**
 * A search box with a list of choices under it (the ARIA combobox pattern): typing filters, the
 * arrow keys move through the choices, Enter picks one, Escape closes the list. The list stays in
 * the page flow rather than floating, so on a phone it pushes the form down instead of covering it.
 */
export function Combobox({
  id,
  label,
  hint,
  describedBy,
  query,
  onQuery,
  groups,
  onPick,
  emptyText,
  inputRef,
  invalid,
}: {
  id: string;
  label: string;
  hint?: string;
  /** More ids that describe the box (an error, a note). */
  describedBy?: string;
  query: string;
  onQuery: (query: string) => void;
  groups: ComboboxGroup[];
  onPick: (optionId: string) => void;
  emptyText: string;
  inputRef?: Ref<HTMLInputElement>;
  invalid?: boolean;
}) {
  const listId = `${id}-list`;
  const baseId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = groups.flatMap((group) => group.options);
  const optionId = (index: number) => `${baseId}-option-${index}`;
  const current = Math.min(active, Math.max(options.length - 1, 0));

  function pick(index: number) {
    const option = options[index];
    if (option) onPick(option.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + options.length) % Math.max(options.length, 1));
    } else if (event.key === "Enter" && open && options.length > 0) {
      event.preventDefault();
      pick(current);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === "Home" && open) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === "End" && open) {
      event.preventDefault();
      setActive(options.length - 1);
    }
  }

  let index = -1;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-stone-800">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        className="input"
        value={query}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options.length > 0 ? optionId(current) : undefined}
        aria-describedby={[hint ? `${id}-hint` : "", describedBy ?? ""].join(" ").trim() || undefined}
        aria-invalid={invalid || undefined}
        onChange={(event) => {
          onQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!open}
        className="max-h-80 overflow-y-auto rounded-md border border-stone-300 bg-white shadow-sm"
      >
        {options.length === 0 ? (
          <p className="p-3 text-sm text-stone-600">{emptyText}</p>
        ) : (
          groups
            .filter((group) => group.options.length > 0)
            .map((group) => (
              <div key={group.key} role="group" aria-labelledby={`${baseId}-${group.key}`}>
                <div
                  id={`${baseId}-${group.key}`}
                  role="presentation"
                  className="sticky top-0 bg-stone-100 px-3 py-1 text-xs font-semibold tracking-wide text-stone-700 uppercase"
                >
                  {group.label}
                </div>
                {group.options.map((option) => {
                  index += 1;
                  const mine = index;
                  return (
                    <div
                      key={option.id}
                      id={optionId(mine)}
                      role="option"
                      aria-selected={option.selected ?? false}
                      // Picking keeps the focus in the box, so typing goes on where it was.
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => pick(mine)}
                      onMouseMove={() => setActive(mine)}
                      className={`flex min-h-11 cursor-pointer flex-col justify-center px-3 py-2 text-sm ${mine === current ? "bg-brand-50 outline-2 -outline-offset-2 outline-brand-700" : ""}`}
                    >
                      <span className="font-medium">
                        {option.selected && <span aria-hidden="true">✓ </span>}
                        {option.text}
                      </span>
                      {option.detail && <span className="text-stone-600">{option.detail}</span>}
                    </div>
                  );
                })}
              </div>
            ))
        )}
      </div>
    </div>
  );
}
