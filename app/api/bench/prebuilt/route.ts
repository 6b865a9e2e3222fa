import { jsonBytes } from "@/lib/api/responses";
import { apiRoute } from "@/lib/api/route";
import { config } from "@/lib/config";
import type { PrebuiltBody } from "@/lib/api/prebuilt-body";
import { calendarByDistrictBody } from "@/lib/centres/public-api";

export const dynamic = "force-dynamic";

const kept = new Map<string, Promise<PrebuiltBody>>();

/**
 * The availability API's ceiling in this framework: the same build sending one district calendar's prebuilt
 * bytes, made once and kept (no rate limit, no validation, no cache lookup). Not found unless the
 * benchmark's server sets VAXPORT_BENCH_ROUTES.
 */
export const GET = apiRoute(async (request) => {
  if (!config().benchRoutes) return new Response(JSON.stringify({ status: "not found" }), { status: 404, headers: { "content-type": "application/json; charset=utf-8" } });
  const query = new URL(request.url).searchParams;
  const key = `${Number(query.get("district_id"))}:${query.get("date")}`;
  if (!kept.has(key)) kept.set(key, calendarByDistrictBody(Number(query.get("district_id")), String(query.get("date"))));
  const body = await kept.get(key)!;
  return jsonBytes(body.bytes, body.etag);
});
