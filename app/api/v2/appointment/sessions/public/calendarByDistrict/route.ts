import { preflight } from "@/lib/api/responses";
import { apiRoute } from "@/lib/api/route";
import { publicGet } from "@/lib/centres/api-response";
import { calendarByDistrictBody } from "@/lib/centres/public-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute((request) => publicGet(request, ["district_id", "date"], (v) => calendarByDistrictBody(v.district_id, v.date)));

export const OPTIONS = preflight;
