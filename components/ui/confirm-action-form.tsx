"use client";

import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { FormStateMessage } from "@/components/ui/form-state-message";
import type { FormAction } from "@/lib/auth/action";
import { initialFormState } from "@/lib/forms/form-state";

interface Props {
  action: FormAction;
  /** The records the action acts on, as hidden fields. */
  fields: Record<string, string>;
  labels: { confirm: string; pending: string; back: string };
  backHref: string;
  /** Tablet-sized buttons, for the vaccinator's desk. */
  large?: boolean;
}

/** A confirmation step (remove, cancel, no-show): a plain form, so it works before (or without) JavaScript. */
export function ConfirmActionForm({ action, fields, labels, backHref, large = false }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!state.ok && state.message) messageRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} className="space-y-5">
      <div ref={messageRef} tabIndex={-1} className="focus:outline-none">
        <FormStateMessage state={state} />
      </div>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" variant="danger" pending={pending} className={large ? "min-h-14 text-lg" : undefined}>
          {pending ? labels.pending : labels.confirm}
        </Button>
        <ButtonLink href={backHref} variant="secondary" className={large ? "min-h-14 text-lg" : undefined}>
          {labels.back}
        </ButtonLink>
      </div>
    </form>
  );
}
