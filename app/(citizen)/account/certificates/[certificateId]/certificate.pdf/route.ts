import { getLocale } from "next-intl/server";
import { ownCertificatePdf } from "@/lib/certificates/pdf";
import { requestOrigin } from "@/lib/http/origin";
import { citizenPdfDownload } from "@/lib/http/pdf-download";
import type { Locale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

/** The certificate PDF in the citizen's language: signed-in citizens, their own people only (others answer 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ certificateId: string }> }) {
  const { certificateId } = await params;
  const locale = (await getLocale()) as Locale;
  const origin = await requestOrigin();
  return citizenPdfDownload((accountId) => ownCertificatePdf(accountId, certificateId, locale, origin));
}
