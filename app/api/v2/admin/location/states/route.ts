import { preflight } from "@/lib/api/responses";
import { apiRoute } from "@/lib/api/route";
import { publicGet } from "@/lib/centres/api-response";
import { statesBody } from "@/lib/centres/public-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute((request) => publicGet(request, [], () => statesBody()));

export const OPTIONS = preflight;
