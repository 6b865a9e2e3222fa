import { z } from "zod";
import { getDb } from "@/db";
import { apiError, corsHeaders, jsonBody } from "@/lib/api/responses";
import { apiRoute } from "@/lib/api/route";
import { verifyCertificateText } from "@/lib/certificates/verification";
import { MAX_CERTIFICATE_TEXT_LENGTH } from "@/lib/certificates/verify-schema";

export const dynamic = "force-dynamic";

const headers = { ...corsHeaders, "access-control-allow-methods": "POST, OPTIONS", "cache-control": "no-store" };
const requestSchema = z.object({ hc1: z.string().trim().min(1).max(MAX_CERTIFICATE_TEXT_LENGTH) });

/**
 * POST {"hc1": "HC1:..."} → the same answer /verify shows: {"status": "valid" | "revoked" | "invalid", ...}.
 * A certificate that does not verify is still a 200 (the check ran); a malformed request is a 400.
 */
export const POST = apiRoute(async (request: Request) => {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return apiError("INVALID_JSON", 'Send a JSON body: {"hc1": "HC1:..."}', 400, headers);
  }
  const parsed = requestSchema.safeParse(body);
  if (!parsed.success) return apiError("INVALID_REQUEST", `"hc1" must be the certificate's QR text, at most ${MAX_CERTIFICATE_TEXT_LENGTH} characters`, 400, headers);
  const result = await verifyCertificateText(await getDb(), parsed.data.hc1, new Date());
  return jsonBody(JSON.stringify(result), 200, headers);
});

export function OPTIONS() {
  return new Response(null, { status: 204, headers });
}
