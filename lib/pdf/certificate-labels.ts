import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { CertificateDocument, CertificateLabels } from "./certificate";

/** The certificate's printed words in `locale` (messages/<locale>/certificates.json, key "pdf"). */
export async function certificateLabels(locale: Locale, document: Pick<CertificateDocument, "certificateId" | "person">): Promise<CertificateLabels> {
  const t = await getTranslations({ locale, namespace: "certificates.pdf" });
  return {
    language: locale,
    documentTitle: t("documentTitle", { certificateId: document.certificateId }),
    subject: t("subject", { name: document.person.name }),
    kinds: { provisional: t("kinds.provisional"), final: t("kinds.final"), precaution: t("kinds.precaution") },
    beneficiary: t("beneficiary"),
    name: t("name"),
    birthYear: t("birthYear"),
    gender: t("gender"),
    photoId: t("photoId"),
    referenceId: t("referenceId"),
    doses: t("doses"),
    dose: t("dose"),
    vaccine: t("vaccine"),
    manufacturer: t("manufacturer"),
    batch: t("batch"),
    date: t("date"),
    place: t("place"),
    vaccinator: t("vaccinator"),
    certificateId: t("certificateId"),
    issuedOn: t("issuedOn"),
    issuer: t("issuer"),
    qrCaption: t("qrCaption"),
    verify: (verifyUrl) => t("verify", { verifyUrl }),
  };
}
