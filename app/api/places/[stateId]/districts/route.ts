import { getLocale } from "next-intl/server";
import { apiError } from "@/lib/api/responses";
import { apiRoute } from "@/lib/api/route";
import { districtOptions } from "@/lib/centres/directory";
import { idParam } from "@/lib/centres/schemas";
import type { Locale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

/**
 * A state's districts as the search form's options, in the reader's language, so choosing a state fills the
 * district list without a reload. Public reference data; the answer depends on the language cookie.
 */
export const GET = apiRoute(async (_request, { params }: { params: Promise<{ stateId: string }> }) => {
  const id = idParam.safeParse((await params).stateId);
  if (!id.success) return apiError("INVALID_STATE_ID", "Invalid state id", 400, { "cache-control": "no-store" });
  const districts = await districtOptions(id.data, (await getLocale()) as Locale);
  return Response.json({ districts }, { headers: { "cache-control": "private, max-age=300", vary: "cookie" } });
});
