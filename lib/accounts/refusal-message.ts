import { getTranslations } from "next-intl/server";

/** Words for a refused code, from the provider's "reason" or "wrong:<attempts left>". */
export async function refusalMessage(refusal: string): Promise<string> {
  const t = await getTranslations("auth.citizen");
  const [reason, attempts] = refusal.split(":");
  return reason === "wrong" ? t("wrongCode", { attempts: Number(attempts) }) : reason === "burned" ? t("burnedCode") : t("expiredCode");
}
