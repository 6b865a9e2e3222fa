import { preflight, publicGet } from "@/lib/centres/api-response";
import { calendarByCenterBody } from "@/lib/centres/public-api";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return publicGet(request, ["center_id", "date"], (v) => calendarByCenterBody(v.center_id, v.date));
}

export const OPTIONS = preflight;
