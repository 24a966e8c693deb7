"use client";

import { ConfirmButton } from "@/app/_components/confirm-button";

/** `label` is the button's word; `accessibleName` says what it removes when many such buttons share a page. */
type Props = {
  path: string;
  then?: string;
  label: string;
  accessibleName?: string;
  confirmTitle: string;
  confirmBody: string;
  compact?: boolean;
};

/** Deletes after an explicit confirmation that says what will go; then refreshes or moves on. */
export function DeleteButton({ label, ...rest }: Props) {
  return (
    <ConfirmButton {...rest} method="DELETE" tone="danger" label={label} confirmLabel={label} workingLabel={label} />
  );
}
