import { appointmentSlipFor } from "@/lib/appointments/slip-pdf";
import { currentCitizen } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The slip PDF: signed-in citizens only, and only their own account's appointments (others answer 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ appointmentId: string }> }) {
  const citizen = await currentCitizen();
  if (!citizen) return new Response("Sign in to download this slip", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const slip = await appointmentSlipFor(citizen.accountId, (await params).appointmentId);
  if (!slip) return notFound();
  return new Response(Buffer.from(slip.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${slip.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
