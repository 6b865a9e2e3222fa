export type ButtonVariant = "primary" | "secondary" | "danger";

const base =
  "inline-flex w-full min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-base font-semibold " +
  "no-underline transition-colors sm:w-auto aria-disabled:cursor-not-allowed disabled:cursor-not-allowed " +
  "disabled:opacity-60";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-brand-700 bg-white text-brand-700 hover:bg-brand-50",
  danger: "bg-danger-700 text-white hover:bg-danger-800",
};

/** Classes shared by `Button` and `ButtonLink`: full width on phones, auto from `sm` up. */
export function buttonClassName(variant: ButtonVariant = "primary", className?: string): string {
  return [base, variants[variant], className].filter(Boolean).join(" ");
}
