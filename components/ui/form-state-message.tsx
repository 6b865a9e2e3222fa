import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/form-state";
import { FormMessage } from "./form-message";

/** An action's form-level message; when the session ended, with the way to sign in and come back. */
export function FormStateMessage({ state }: { state: FormState }) {
  const t = useTranslations("validation.form");
  return (
    <FormMessage variant="error">
      {state.message && (
        <>
          {state.message}
          {state.signInHref && (
            <>
              {" "}
              <Link href={state.signInHref} className="underline">
                {t("signInAgain")}
              </Link>
            </>
          )}
        </>
      )}
    </FormMessage>
  );
}
