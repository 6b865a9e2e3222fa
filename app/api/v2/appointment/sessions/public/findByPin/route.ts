import { preflight } from "@/lib/api/responses";
import { apiRoute } from "@/lib/api/route";
import { publicGet } from "@/lib/centres/api-response";
import { findByPinBody } from "@/lib/centres/public-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute((request) => publicGet(request, ["pincode", "date"], (v) => findByPinBody(v.pincode, v.date)));

export const OPTIONS = preflight;
