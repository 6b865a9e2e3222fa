"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { catalogueLocales, localeCookie } from "./locales";

const setLocaleSchema = z.object({ locale: z.enum(catalogueLocales) });

const oneYearInSeconds = 60 * 60 * 24 * 365;

/**
 * Form action for the language switcher. Works without JavaScript: the
 * submit button carries `name="locale" value="<locale>"`.
 * Anything that is not a catalogue locale is ignored.
 */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;

  (await cookies()).set(localeCookie, parsed.data.locale, {
    maxAge: oneYearInSeconds,
    path: "/",
    sameSite: "lax",
    httpOnly: true,
  });
  revalidatePath("/", "layout");
}
