import type { ReactNode } from "react";

export type FormMessageProps = {
  variant?: "error" | "success";
  /** The message; when empty the live region stays in the DOM, empty, ready to announce. */
  children?: ReactNode;
  id?: string;
  className?: string;
};

const styles = {
  error: "border-danger-200 bg-danger-50 text-danger-700",
  success: "border-success-200 bg-success-50 text-success-700",
} as const;

/**
 * Form-level message (e.g. an action's `message`). A polite status region, not
 * role="alert": Next.js already renders an alert route announcer, and a second
 * one would compete with it. Render it always so changes are announced.
 */
export function FormMessage({ variant = "error", children, id, className }: FormMessageProps) {
  const hasMessage = children !== undefined && children !== null && children !== false && children !== "";
  return (
    <div id={id} role="status" aria-live="polite" aria-atomic="true" className={className}>
      {hasMessage ? (
        <p className={`rounded-md border px-4 py-3 font-semibold ${styles[variant]}`} data-variant={variant}>
          {children}
        </p>
      ) : null}
    </div>
  );
}
