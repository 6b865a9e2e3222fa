import { getLocale } from "next-intl/server";
import { currentCitizen } from "@/lib/auth/session";
import { ownCertificatePdf } from "@/lib/certificates/pdf";
import { requestOrigin } from "@/lib/http/origin";
import type { Locale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The certificate PDF in the citizen's language: signed-in citizens, their own people only (others answer 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ certificateId: string }> }) {
  const citizen = await currentCitizen();
  if (!citizen) return text("Sign in to download this certificate", 401);
  const pdf = await ownCertificatePdf(citizen.accountId, (await params).certificateId, (await getLocale()) as Locale, await requestOrigin());
  if (!pdf) return text("Not found", 404);
  return new Response(Buffer.from(pdf.bytes), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${pdf.fileName}"`, "Cache-Control": "private, no-store" },
  });
}
