import { getTranslations } from "next-intl/server";
import { dataTag } from "@/components/ui/data-text";

/** "Covishield, age 18+" (or "age 18–44"): how the vaccinator tells a day's sessions apart. */
export async function SessionName({ session }: { session: { vaccineName: string; minAge: number; maxAge: number | null } }) {
  const t = await getTranslations("vaccinate.session");
  return session.maxAge === null
    ? t.rich("name", { vaccine: session.vaccineName, min: session.minAge, data: dataTag })
    : t.rich("nameRange", { vaccine: session.vaccineName, min: session.minAge, max: session.maxAge, data: dataTag });
}
