import { appointmentSlipFor } from "@/lib/appointments/slip-pdf";
import { citizenPdfDownload } from "@/lib/http/pdf-download";

export const dynamic = "force-dynamic";

/** The slip PDF: signed-in citizens only, and only their own account's appointments (others answer 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ appointmentId: string }> }) {
  const { appointmentId } = await params;
  return citizenPdfDownload((accountId) => appointmentSlipFor(accountId, appointmentId));
}
