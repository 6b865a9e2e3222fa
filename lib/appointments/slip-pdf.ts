import "server-only";
import { getTranslations } from "next-intl/server";
import { appointmentSlipPdf } from "@/lib/pdf/slip";
import { formatConfirmationNumber } from "./confirmation";
import { formatDay, formatSlot } from "./format";
import { loadAppointment } from "./pages";

/**
 * The slip as a PDF for the signed-in account's appointment, or null when the account has no such
 * appointment (another account's id included). English: the standard PDF fonts have no Devanagari.
 */
export async function appointmentSlipFor(accountId: string, appointmentId: string): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  const a = await loadAppointment(accountId, appointmentId);
  if (!a) return null;
  const t = await getTranslations({ locale: "en", namespace: "booking" });
  const bytes = await appointmentSlipPdf({
    name: a.beneficiaryName,
    referenceId: a.referenceId,
    appointmentNumber: a.confirmationNumber,
    formattedNumber: formatConfirmationNumber(a.confirmationNumber),
    securityCode: a.securityCode,
    dose: t("dose.label", { doseNumber: a.doseNumber }),
    vaccine: a.vaccineName,
    centre: a.centre.name,
    address: `${a.centre.address}, ${a.centre.block}, ${a.centre.districtName} ${a.centre.postalCode}`,
    date: formatDay(a.date, "en"),
    slot: formatSlot(a.startsAt, a.endsAt),
    status: t(`status.${a.status}`),
  });
  return { bytes, fileName: `appointment-${a.confirmationNumber}.pdf` };
}
