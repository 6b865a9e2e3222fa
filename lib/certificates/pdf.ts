import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { certificatePdf } from "@/lib/pdf/certificate";
import { certificateLabels } from "@/lib/pdf/certificate-labels";
import { loadOwnCertificate } from "./pages";

/** The PDF of one of this account's certificates, in `locale`; null for anyone else's. */
export async function ownCertificatePdf(accountId: string, id: string, locale: Locale, origin: string): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  const view = await loadOwnCertificate(accountId, id, locale, origin);
  if (!view) return null;
  const labels = await certificateLabels(locale, view.document);
  const bytes = await certificatePdf(view.document, labels);
  return { bytes, fileName: `certificate-${view.facts.person.referenceId}-dose-${view.facts.doseNumber}.pdf` };
}
