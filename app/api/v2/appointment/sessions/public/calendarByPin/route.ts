import { preflight } from "@/lib/api/responses";
import { apiRoute } from "@/lib/api/route";
import { publicGet } from "@/lib/centres/api-response";
import { calendarByPinBody } from "@/lib/centres/public-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute((request) => publicGet(request, ["pincode", "date"], (v) => calendarByPinBody(v.pincode, v.date)));

export const OPTIONS = preflight;
