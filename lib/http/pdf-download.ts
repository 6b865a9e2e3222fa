import "server-only";
import { getTranslations } from "next-intl/server";
import { currentCitizen } from "@/lib/auth/session";

export interface PdfFile {
  bytes: Uint8Array;
  fileName: string;
}

const plain = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * A PDF of the signed-in citizen's own account (a slip, a certificate) as a download: 401 signed out, 404 when
 * `load` finds nothing for this account (someone else's answers the same), in the reader's language.
 */
export async function citizenPdfDownload(load: (accountId: string) => Promise<PdfFile | null | undefined>): Promise<Response> {
  const t = await getTranslations("errors.download");
  const citizen = await currentCitizen();
  if (!citizen) return plain(t("signIn"), 401);
  const pdf = await load(citizen.accountId);
  if (!pdf) return plain(t("notFound"), 404);
  return new Response(Buffer.from(pdf.bytes), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${pdf.fileName}"`, "Cache-Control": "private, no-store" },
  });
}
