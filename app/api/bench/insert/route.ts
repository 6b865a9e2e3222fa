import { getDb } from "@/db";
import { apiRoute } from "@/lib/api/route";
import { recordAudit } from "@/lib/audit/record";
import { config } from "@/lib/config";

export const dynamic = "force-dynamic";

const headers = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

/**
 * The booking benchmark's ceiling: the cheapest write this app can make through the same Next.js server
 * and database pool (one INSERT into the audit log), so bookings per second read as a share of it.
 * Not found unless the benchmark's server sets VAXPORT_BENCH_ROUTES: nobody else may fill the audit log.
 */
export const POST = apiRoute(async () => {
  if (!config().benchRoutes) return new Response(JSON.stringify({ status: "not found" }), { status: 404, headers });
  await recordAudit(await getDb(), { actorType: "system", action: "bench.insert", entityType: "bench" });
  return new Response(JSON.stringify({ status: "ok" }), { headers });
});
