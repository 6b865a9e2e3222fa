import { preflight, publicGet } from "@/lib/centres/api-response";
import { calendarByDistrictBody } from "@/lib/centres/public-api";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return publicGet(request, ["district_id", "date"], (v) => calendarByDistrictBody(v.district_id, v.date));
}

export const OPTIONS = preflight;
