"use client";

import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { FormStateMessage } from "@/components/ui/form-state-message";
import type { FormAction } from "@/lib/auth/action";
import { initialFormState } from "@/lib/forms/form-state";

interface Props {
  action: FormAction;
  /** The one record the action acts on, as a hidden field. */
  field: { name: string; value: string };
  labels: { confirm: string; pending: string; back: string };
  backHref: string;
}

/** A confirmation step (remove, cancel): a plain form, so it works before (or without) JavaScript. */
export function ConfirmActionForm({ action, field, labels, backHref }: Props) {
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
      <input type="hidden" name={field.name} value={field.value} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" variant="danger" pending={pending}>
          {pending ? labels.pending : labels.confirm}
        </Button>
        <ButtonLink href={backHref} variant="secondary">
          {labels.back}
        </ButtonLink>
      </div>
    </form>
  );
}
