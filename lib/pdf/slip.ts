import { field, line, MARGIN, A4, newA4Document, qrCode } from "./document";

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

/** An A4 appointment slip in English with selectable text and a QR code of the appointment number. */
export async function appointmentSlipPdf(slip: SlipContent): Promise<Uint8Array> {
  const w = await newA4Document(`Appointment slip ${slip.formattedNumber}`, `Vaccination appointment for ${slip.name}`);
  line(w, "Vaxport", { size: 12, bold: true, gap: 4 });
  line(w, "Vaccination appointment slip", { size: 20, bold: true, gap: 18 });

  const qrWidth = 140;
  qrCode(w, slip.appointmentNumber, A4[0] - MARGIN - qrWidth, A4[1] - MARGIN, qrWidth);

  field(w, "Name", slip.name);
  field(w, "Reference ID", slip.referenceId);
  field(w, "Appointment number", slip.formattedNumber);
  field(w, "Security code", slip.securityCode);
  field(w, "Dose", slip.dose);
  field(w, "Vaccine", slip.vaccine);
  field(w, "Status", slip.status);
  w.y -= 10;
  field(w, "Centre", slip.centre);
  field(w, "Address", slip.address);
  field(w, "Date", slip.date);
  field(w, "Time slot", slip.slot);
  w.y -= 20;
  line(w, "Bring this slip (printed or on your phone) and the photo ID used at registration.", { size: 10 });
  line(w, "The vaccinator will ask for the 4-digit security code. Do not share it with anyone else.", { size: 10 });
  return w.doc.save();
}
