import { jsonBody, preflight } from "@/lib/api/responses";
import { apiRoute } from "@/lib/api/route";
import { jwks } from "@/lib/certificates/keys";

// Never prerendered: the embedded demo makes its key on first use, not at build time.
export const dynamic = "force-dynamic";

/** The certificate signing keys as a JSON Web Key Set (kid = the DCC kid in base64). */
export const GET = apiRoute(() => jsonBody(JSON.stringify(jwks()), 200, { "cache-control": "public, max-age=300" }));

export const OPTIONS = preflight;
