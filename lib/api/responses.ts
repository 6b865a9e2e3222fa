/** Every API answer, error or not, may be read from any web page, like CoWIN's public API. */
export const corsHeaders = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, OPTIONS",
  "access-control-allow-headers": "Accept, Accept-Language, Content-Type",
  "access-control-max-age": "86400",
} as const;

const jsonHeaders = { ...corsHeaders, "content-type": "application/json; charset=utf-8", "cache-control": "no-cache" };

export function jsonBody(body: string, status = 200, extra: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { ...jsonHeaders, ...extra } });
}

/** The API's one error shape: `{errorCode, error}`, as CoWIN answered. */
export function apiError(errorCode: string, error: string, status = 400, extra: Record<string, string> = {}): Response {
  return jsonBody(JSON.stringify({ errorCode, error }), status, extra);
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: corsHeaders });
}
