import { getDb } from "@/db";
import { jsonBody } from "@/lib/api/responses";
import { apiRoute } from "@/lib/api/route";
import { revocationList } from "@/lib/certificates/revocations";

export const dynamic = "force-dynamic";

/** The revocation list for offline verifiers; a minute of caching bounds how late a revocation reaches them. */
export const GET = apiRoute(async () => jsonBody(JSON.stringify(await revocationList(await getDb())), 200, { "cache-control": "public, max-age=60" }));
