import { jsonBody, preflight } from "@/lib/api/responses";
import { apiRoute } from "@/lib/api/route";
import { publishedKeys } from "@/lib/certificates/keys";

// Never prerendered: the embedded demo makes its key on first use, not at build time.
export const dynamic = "force-dynamic";

/** The certificate signing keys, current and retired, with their DCC kids: what offline verifiers trust. */
export const GET = apiRoute(() => jsonBody(JSON.stringify({ keys: publishedKeys() }), 200, { "cache-control": "public, max-age=300" }));

export const OPTIONS = preflight;
