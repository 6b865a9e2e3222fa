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

/** A prebuilt JSON answer: its bytes as they are, with their ETag (so a client can ask "still the same?"). */
export function jsonBytes(bytes: Uint8Array<ArrayBuffer>, etag: string): Response {
  return new Response(bytes, { status: 200, headers: { ...jsonHeaders, etag } });
}

/** 304: the client's copy (named by `etag`) is still the answer; the CORS and caching headers still apply. */
export function notModified(etag: string): Response {
  return new Response(null, { status: 304, headers: { ...corsHeaders, "cache-control": jsonHeaders["cache-control"], etag } });
}

/** The API's one error shape: `{errorCode, error}`, as CoWIN answered. */
export function apiError(errorCode: string, error: string, status = 400, extra: Record<string, string> = {}): Response {
  return jsonBody(JSON.stringify({ errorCode, error }), status, extra);
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: corsHeaders });
}
