import { preflight, publicGet } from "@/lib/centres/api-response";
import { statesBody } from "@/lib/centres/public-api";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return publicGet(request, [], () => statesBody());
}

export const OPTIONS = preflight;
