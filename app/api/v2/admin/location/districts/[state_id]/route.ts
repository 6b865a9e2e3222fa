import { preflight, publicGet } from "@/lib/centres/api-response";
import { districtsBody } from "@/lib/centres/public-api";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ state_id: string }> }) {
  const { state_id } = await params;
  return publicGet(request, ["state_id"], (v) => districtsBody(v.state_id), { pathParams: { state_id } });
}

export const OPTIONS = preflight;
