import { apiRoute } from "@/lib/api/route";

export const dynamic = "force-dynamic";

const body = JSON.stringify({ status: "ok", note: "static answer for benchmarks: no database, no cache, no rate limit" });

/**
 * The benchmark's ceiling: the cheapest request this app can answer through the same Next.js server,
 * so every other route's throughput can be read as a share of it. Reveals nothing.
 */
export const GET = apiRoute(() => new Response(body, { headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } }));
