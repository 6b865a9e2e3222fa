import type { ComponentPropsWithRef, ReactNode } from "react";
import { controlClassName, FieldFrame, useFieldWiring } from "./field-wiring";

export type TextAreaProps = Omit<ComponentPropsWithRef<"textarea">, "children"> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | readonly string[];
  containerClassName?: string;
};

/** Labelled multi-line input wired like `TextField` (hint and error through aria-describedby / aria-invalid). */
export function TextArea({ label, hint, error, id, className, containerClassName, ...textarea }: TextAreaProps) {
  const { fieldId, hintId, errorId, errorText, aria } = useFieldWiring({ id, hint, error });
  return (
    <FieldFrame {...{ fieldId, label, hintId, hint, errorId, errorText, containerClassName }}>
      <textarea rows={4} {...textarea} id={fieldId} {...aria} className={controlClassName(errorText, className)} />
    </FieldFrame>
  );
}
