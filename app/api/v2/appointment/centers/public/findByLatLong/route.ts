import { preflight } from "@/lib/api/responses";
import { apiRoute } from "@/lib/api/route";
import { publicGet } from "@/lib/centres/api-response";
import { findByLatLongBody } from "@/lib/centres/public-api";

export const dynamic = "force-dynamic";

/** CoWIN's own path for this (a draft in its spec); an addition to DESIGN.md §5. Centres within 50 km, nearest first. */
export const GET = apiRoute((request) => publicGet(request, ["lat", "long"], (v) => findByLatLongBody(v.lat, v.long)));

export const OPTIONS = preflight;
