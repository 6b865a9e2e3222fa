import { preflight } from "@/lib/api/responses";
import { apiRoute } from "@/lib/api/route";
import { publicGet } from "@/lib/centres/api-response";
import { calendarByCenterBody } from "@/lib/centres/public-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute((request) => publicGet(request, ["center_id", "date"], (v) => calendarByCenterBody(v.center_id, v.date)));

export const OPTIONS = preflight;
