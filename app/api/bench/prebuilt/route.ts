import { apiError, jsonBytes } from "@/lib/api/responses";
import { apiRoute } from "@/lib/api/route";
import { config } from "@/lib/config";
import type { PrebuiltBody } from "@/lib/api/prebuilt-body";
import { calendarByDistrictBody } from "@/lib/centres/public-api";
import { apiParamSchemas } from "@/lib/centres/schemas";

export const dynamic = "force-dynamic";

const kept = new Map<string, Promise<PrebuiltBody>>();

/**
 * The availability API's ceiling in this framework: the same build sending one district calendar's prebuilt
 * bytes, made once and kept (no rate limit, no cache lookup). Not found unless the
 * benchmark's server sets VAXPORT_BENCH_ROUTES.
 */
export const GET = apiRoute(async (request) => {
  if (!config().benchRoutes) return new Response(JSON.stringify({ status: "not found" }), { status: 404, headers: { "content-type": "application/json; charset=utf-8" } });
  const query = new URL(request.url).searchParams;
  const districtId = apiParamSchemas.district_id.safeParse(query.get("district_id") ?? "");
  const date = apiParamSchemas.date.safeParse(query.get("date") ?? "");
  if (!districtId.success || !date.success) return apiError("INVALID_REQUEST", "district_id and date (DD-MM-YYYY) are required");
  const key = `${districtId.data}:${date.data}`;
  // The benchmark asks for one answer: at most a few are kept, so the route cannot be made to grow.
  if (!kept.has(key) && kept.size < 8) kept.set(key, calendarByDistrictBody(districtId.data, date.data));
  const body = await (kept.get(key) ?? calendarByDistrictBody(districtId.data, date.data));
  return jsonBytes(body.bytes, body.etag);
});
