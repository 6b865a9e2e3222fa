import { preflight, publicGet } from "@/lib/centres/api-response";
import { calendarByPinBody } from "@/lib/centres/public-api";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return publicGet(request, ["pincode", "date"], (v) => calendarByPinBody(v.pincode, v.date));
}

export const OPTIONS = preflight;
