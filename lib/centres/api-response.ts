import { consumeRateLimit, type RateDecision, type RateRule } from "@/lib/rate-limit";
import { clientIp } from "@/lib/audit/record";
import { apiErrors, apiParamSchemas, type ApiParam } from "./schemas";

/** Public GETs may be called from any web page, like CoWIN's. */
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

export function apiError(errorCode: string, error: string, status = 400, extra: Record<string, string> = {}): Response {
  return jsonBody(JSON.stringify({ errorCode, error }), status, extra);
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: corsHeaders });
}

/**
 * Per-IP limit shared by every instance (Redis or PostgreSQL counters). CoWIN allowed 100 calls per
 * 5 minutes per IP and answered 403 beyond that; PUBLIC_API_RATE_LIMIT (0 = off),
 * PUBLIC_API_RATE_WINDOW_SECONDS and PUBLIC_API_RATE_LIMIT_STATUS (403 or 429) change that.
 */
export function rateRuleFromEnv(env: Record<string, string | undefined> = process.env): (RateRule & { status: number }) | null {
  const limit = Number(env.PUBLIC_API_RATE_LIMIT ?? 100);
  if (!Number.isFinite(limit) || limit <= 0) return null;
  const windowSeconds = Number(env.PUBLIC_API_RATE_WINDOW_SECONDS ?? 300);
  const status = env.PUBLIC_API_RATE_LIMIT_STATUS === "429" ? 429 : 403;
  return { limit, windowSeconds: windowSeconds > 0 ? windowSeconds : 300, status };
}

type Values<P extends ApiParam> = { [K in P]: import("zod").output<(typeof apiParamSchemas)[K]> };

export interface PublicGetDeps {
  consume: (key: string, rule: RateRule) => Promise<RateDecision>;
  rule: (RateRule & { status: number }) | null;
}

const defaultDeps = (): PublicGetDeps => ({ consume: consumeRateLimit, rule: rateRuleFromEnv() });

/** Rate limit → validate every parameter (first bad one answers 400) → answer with a JSON string. */
export async function publicGet<P extends ApiParam>(
  request: Request,
  params: readonly P[],
  answer: (values: Values<P>) => Promise<string>,
  options: { pathParams?: Partial<Record<P, string>>; deps?: PublicGetDeps } = {},
): Promise<Response> {
  const deps = options.deps ?? defaultDeps();
  if (deps.rule) {
    const decision = await deps.consume(`public-api:${clientIp(request.headers) ?? "unknown"}`, deps.rule).catch((error: unknown) => {
      // A counter store outage must not take the public API down with it: let the request through.
      console.error("[public-api] rate limit store unavailable", error);
      return null;
    });
    if (decision && !decision.allowed) {
      const retryAfter = String(Math.max(1, Math.ceil((decision.resetAt.getTime() - Date.now()) / 1000)));
      return apiError("TOO_MANY_REQUESTS", "Too many requests: try again later", deps.rule.status, { "retry-after": retryAfter });
    }
  }
  const query = new URL(request.url).searchParams;
  const values: Record<string, unknown> = {};
  for (const name of params) {
    const parsed = apiParamSchemas[name].safeParse(options.pathParams?.[name] ?? query.get(name) ?? "");
    if (!parsed.success) return apiError(apiErrors[name].errorCode, apiErrors[name].error);
    values[name] = parsed.data;
  }
  return jsonBody(await answer(values as Values<P>));
}
