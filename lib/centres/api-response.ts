import type { output } from "zod";
import { matchesIfNoneMatch, type PrebuiltBody } from "@/lib/api/prebuilt-body";
import { apiError, jsonBytes, notModified } from "@/lib/api/responses";
import { clientIp } from "@/lib/audit/record";
import { config } from "@/lib/config";
import { consumeRateLimit, type RateDecision, type RateRule } from "@/lib/rate-limit";
import { apiErrors, apiParamSchemas, type ApiParam } from "./schemas";

type Values<P extends ApiParam> = { [K in P]: output<(typeof apiParamSchemas)[K]> };

export interface PublicGetDeps {
  consume: (key: string, rule: RateRule) => Promise<RateDecision>;
  /**
   * Per-IP limit shared by every instance (Redis or PostgreSQL counters). CoWIN allowed 100 calls per
   * 5 minutes per IP and answered 403 beyond that; PUBLIC_API_RATE_LIMIT (0 = off),
   * PUBLIC_API_RATE_WINDOW_SECONDS and PUBLIC_API_RATE_LIMIT_STATUS (403 or 429) change that.
   */
  rule: (RateRule & { status: number }) | null;
  /** The trusted client address (clientIp by default); null puts every caller in one shared bucket. */
  address?: (headers: Headers) => string | null;
}

const defaultDeps = (): PublicGetDeps => ({ consume: consumeRateLimit, rule: config().publicApiRateLimit });

/**
 * Rate limit → validate every parameter (first bad one answers 400) → answer with the prebuilt bytes and their
 * ETag, or 304 when the client already holds them (`If-None-Match`).
 */
export async function publicGet<P extends ApiParam>(
  request: Request,
  params: readonly P[],
  answer: (values: Values<P>) => Promise<PrebuiltBody>,
  options: { pathParams?: Partial<Record<P, string>>; deps?: PublicGetDeps } = {},
): Promise<Response> {
  const deps = options.deps ?? defaultDeps();
  if (deps.rule) {
    const address = deps.address ? deps.address(request.headers) : clientIp(request.headers);
    const decision = await deps.consume(`public-api:${address ?? "unknown"}`, deps.rule).catch((error: unknown) => {
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
  const body = await answer(values as Values<P>);
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), body.etag)) return notModified(body.etag);
  return jsonBytes(body.bytes, body.etag);
}
