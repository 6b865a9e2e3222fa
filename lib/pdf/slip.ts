import { A4, field, line, MARGIN, newA4Document } from "./document";
import { drawQrCode } from "./qr-code";

/** What an appointment slip prints: already formatted for reading (the slip page shows the same). */
export interface SlipContent {
  name: string;
  referenceId: string;
  /** Digits only; the QR code carries them, the text shows `formattedNumber`. */
  appointmentNumber: string;
  formattedNumber: string;
  securityCode: string;
  dose: string;
  vaccine: string;
  centre: string;
  address: string;
  date: string;
  slot: string;
  status: string;
}

/** Every word the slip prints, translated (booking.slipPdf); title and subject already name this slip. */
export interface SlipLabels {
  language: string;
  documentTitle: string;
  subject: string;
  heading: string;
  name: string;
  referenceId: string;
  appointmentNumber: string;
  securityCode: string;
  dose: string;
  vaccine: string;
  status: string;
  centre: string;
  address: string;
  date: string;
  slot: string;
  bring: string;
  securityNote: string;
}

const qrWidth = 140;

/** An A4 appointment slip in the labels' language, with selectable text and a QR code of the appointment number. */
export async function appointmentSlipPdf(slip: SlipContent, labels: SlipLabels): Promise<Uint8Array> {
  const w = await newA4Document(labels.documentTitle, labels.subject, labels.language);
  drawQrCode(w.page, slip.appointmentNumber, { x: A4[0] - MARGIN - qrWidth, top: A4[1] - MARGIN, width: qrWidth });
  const besideQr = A4[0] - 2 * MARGIN - qrWidth - 12;
  line(w, "Vaxport", { size: 12, bold: true, gap: 4, width: besideQr });
  line(w, labels.heading, { size: 20, minSize: 14, bold: true, gap: 18, width: besideQr });

  const rows: [string, string][] = [
    [labels.name, slip.name],
    [labels.referenceId, slip.referenceId],
    [labels.appointmentNumber, slip.formattedNumber],
    [labels.securityCode, slip.securityCode],
    [labels.dose, slip.dose],
    [labels.vaccine, slip.vaccine],
    [labels.status, slip.status],
  ];
  for (const [label, value] of rows) field(w, label, value, { width: besideQr });
  w.y = Math.min(w.y, A4[1] - MARGIN - qrWidth) - 10;
  for (const [label, value] of [[labels.centre, slip.centre], [labels.address, slip.address], [labels.date, slip.date], [labels.slot, slip.slot]] as const) field(w, label, value);
  w.y -= 20;
  line(w, labels.bring, { size: 10 });
  line(w, labels.securityNote, { size: 10 });
  return w.doc.save();
}
