import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { appointmentSlipPdf, type SlipLabels } from "@/lib/pdf/slip";
import { formatConfirmationNumber } from "./confirmation";
import { formatDay, formatSlot } from "./format";
import { loadAppointment } from "./pages";

/**
 * The slip as a PDF for the signed-in account's appointment, in the reader's language, or null when the
 * account has no such appointment (another account's id included).
 */
export async function appointmentSlipFor(accountId: string, appointmentId: string): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  const a = await loadAppointment(accountId, appointmentId);
  if (!a) return null;
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "booking" });
  const number = formatConfirmationNumber(a.confirmationNumber);
  const labels: SlipLabels = {
    language: locale,
    documentTitle: t("slipPdf.documentTitle", { number }),
    subject: t("slipPdf.subject", { name: a.beneficiaryName }),
    heading: t("slipPdf.heading"),
    name: t("slipPdf.name"),
    referenceId: t("slipPdf.referenceId"),
    appointmentNumber: t("slipPdf.appointmentNumber"),
    securityCode: t("slipPdf.securityCode"),
    dose: t("slipPdf.dose"),
    vaccine: t("slipPdf.vaccine"),
    status: t("slipPdf.status"),
    centre: t("slipPdf.centre"),
    address: t("slipPdf.address"),
    date: t("slipPdf.date"),
    slot: t("slipPdf.slot"),
    bring: t("slipPdf.bring"),
    securityNote: t("slipPdf.securityNote"),
  };
  const bytes = await appointmentSlipPdf(
    {
      name: a.beneficiaryName,
      referenceId: a.referenceId,
      appointmentNumber: a.confirmationNumber,
      formattedNumber: number,
      securityCode: a.securityCode,
      dose: t("dose.label", { doseNumber: a.doseNumber }),
      vaccine: a.vaccineName,
      centre: a.centre.name,
      address: `${a.centre.address}, ${a.centre.block}, ${a.centre.districtName} ${a.centre.postalCode}`,
      date: formatDay(a.date, locale),
      slot: formatSlot(a.startsAt, a.endsAt),
      status: t(`status.${a.status}`),
    },
    labels,
  );
  return { bytes, fileName: `appointment-${a.confirmationNumber}.pdf` };
}
