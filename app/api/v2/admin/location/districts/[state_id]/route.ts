import { preflight } from "@/lib/api/responses";
import { apiRoute } from "@/lib/api/route";
import { publicGet } from "@/lib/centres/api-response";
import { districtsBody } from "@/lib/centres/public-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ state_id: string }> }) => {
  const { state_id } = await params;
  return publicGet(request, ["state_id"], (v) => districtsBody(v.state_id), { pathParams: { state_id } });
});

export const OPTIONS = preflight;
