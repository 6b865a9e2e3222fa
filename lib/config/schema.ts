import { z } from "zod";
import { parseSigningKey, parseVerificationKeys } from "@/lib/certificates/key-material";
import { countryCode, envBoolean, envEnum, envPem, envString, envUrl, headersJson, orDefault, wholeNumber } from "./fields";

const makeSigningKey = "openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt";

/**
 * Every setting the app reads from its environment, validated together. Scripts, tests, the e2e server and
 * the benchmark may read their own variables; app code reads this. Empty values count as unset.
 */
const envSchema = z.object({
  NODE_ENV: orDefault(envEnum(["development", "production", "test"]), "development"),

  DATABASE_URL: envUrl(["postgres:", "postgresql:"], "a postgres:// URL"),
  DATABASE_POOL_MAX: orDefault(wholeNumber(1), 10),
  DATABASE_PREPARE: orDefault(envBoolean(), true),
  // Migrations hold a session-level advisory lock, which PgBouncer's transaction mode cannot keep: point this
  // at PostgreSQL itself when DATABASE_URL goes through such a pooler.
  DATABASE_MIGRATION_URL: envUrl(["postgres:", "postgresql:"], "a postgres:// URL"),
  VAXPORT_DATA_DIR: envString(),
  VAXPORT_SEED: envEnum(["demo", "reference", "none"]),

  VAXPORT_COUNTRY: orDefault(countryCode(), "IN"),

  AUTH_SECRET: envString(),
  VAXPORT_HASH_KEY: envString(),

  // The key that signs vaccination certificates (DCC ES256), its optional X.509 certificate, and retired keys that still verify.
  VAXPORT_CERT_SIGNING_KEY: envPem((pem) => {
    try {
      parseSigningKey(pem);
    } catch (error) {
      throw new Error(`${(error as Error).message}; make one with: ${makeSigningKey}`);
    }
  }),
  VAXPORT_CERT_SIGNING_CERT: envPem((pem) => {
    const single = parseVerificationKeys(pem).length === 1 && pem.startsWith("-----BEGIN CERTIFICATE-----");
    if (!single) throw new Error("expected one PEM X.509 certificate");
  }),
  VAXPORT_CERT_RETIRED_KEYS: envPem(parseVerificationKeys),

  SMS_SENDER: orDefault(envEnum(["dev", "http"]), "dev"),
  VAXPORT_ALLOW_DEV_SENDER: orDefault(envBoolean(), false),
  SMS_HTTP_URL: envUrl(["http:", "https:"], "an http(s):// URL"),
  SMS_HTTP_METHOD: orDefault(envEnum(["POST", "PUT"]), "POST"),
  SMS_HTTP_HEADERS: orDefault(headersJson(), {}),
  SMS_HTTP_BODY: orDefault(envString(), '{"to":"{{to}}","text":"{{text}}"}'),
  SMS_HTTP_TIMEOUT_MS: orDefault(wholeNumber(1), 5000),
  SMS_HTTP_RETRIES: orDefault(wholeNumber(0), 2),

  REDIS_URL: envUrl(["redis:", "rediss:"], "a redis:// or rediss:// URL"),

  VAXPORT_TRUSTED_PROXY_HOPS: wholeNumber(0),
  VAXPORT_PROXY_HOPS: envString(),

  PUBLIC_API_RATE_LIMIT: orDefault(wholeNumber(0), 100),
  PUBLIC_API_RATE_WINDOW_SECONDS: orDefault(wholeNumber(1), 300),
  PUBLIC_API_RATE_LIMIT_STATUS: orDefault(envEnum(["403", "429"]), "403"),

  AVAILABILITY_CACHE_TTL_MS: orDefault(wholeNumber(0), 2000),
  AVAILABILITY_CACHE_STALE_MS: orDefault(wholeNumber(0), 2000),
  AVAILABILITY_CACHE_MAX_MB: orDefault(wholeNumber(1), 256),

  VAXPORT_ALLOW_DEMO_ACCOUNTS: orDefault(envBoolean(), false),
  // Only `npm run bench` sets this: it opens the routes under /api/bench that write (the benchmark's ceilings).
  VAXPORT_BENCH_ROUTES: orDefault(envBoolean(), false),
});

type Env = z.output<typeof envSchema>;

/** Settings that are only wrong in combination. */
function checkCombinations(env: Env, ctx: z.RefinementCtx): void {
  const problem = (variable: keyof Env, message: string) => ctx.addIssue({ code: "custom", path: [variable], message });
  if (env.VAXPORT_PROXY_HOPS !== undefined) problem("VAXPORT_PROXY_HOPS", "renamed: set VAXPORT_TRUSTED_PROXY_HOPS instead");
  if (env.NODE_ENV === "production" && env.VAXPORT_TRUSTED_PROXY_HOPS === undefined) {
    problem(
      "VAXPORT_TRUSTED_PROXY_HOPS",
      "required in production: the number of proxies in front of the app that append to X-Forwarded-For (1 for one nginx or HAProxy), or 0 when clients connect directly",
    );
  }
  if (env.DATABASE_URL) {
    const hint = "required when DATABASE_URL is set (generate one with: openssl rand -base64 32)";
    if (!env.AUTH_SECRET) problem("AUTH_SECRET", hint);
    if (!env.VAXPORT_HASH_KEY) problem("VAXPORT_HASH_KEY", hint);
    if (!env.VAXPORT_CERT_SIGNING_KEY) {
      problem("VAXPORT_CERT_SIGNING_KEY", `required when DATABASE_URL is set: a PEM PKCS#8 P-256 key (make one with: ${makeSigningKey})`);
    }
  }
  if (env.VAXPORT_CERT_SIGNING_CERT) {
    if (!env.VAXPORT_CERT_SIGNING_KEY) problem("VAXPORT_CERT_SIGNING_CERT", "set it together with VAXPORT_CERT_SIGNING_KEY");
    else {
      try {
        parseSigningKey(env.VAXPORT_CERT_SIGNING_KEY, env.VAXPORT_CERT_SIGNING_CERT);
      } catch (error) {
        problem("VAXPORT_CERT_SIGNING_CERT", (error as Error).message);
      }
    }
  }
  if (env.SMS_SENDER === "http" && !env.SMS_HTTP_URL) problem("SMS_HTTP_URL", "required when SMS_SENDER=http");
}

function toConfig(env: Env) {
  const rateLimit = env.PUBLIC_API_RATE_LIMIT;
  return {
    nodeEnv: env.NODE_ENV,
    production: env.NODE_ENV === "production",
    database: { url: env.DATABASE_URL, migrationUrl: env.DATABASE_MIGRATION_URL, poolMax: env.DATABASE_POOL_MAX, prepare: env.DATABASE_PREPARE, dataDir: env.VAXPORT_DATA_DIR },
    seed: env.VAXPORT_SEED,
    country: env.VAXPORT_COUNTRY,
    secrets: { authSecret: env.AUTH_SECRET, hashKey: env.VAXPORT_HASH_KEY },
    /** PEM texts, checked above; unset signing key: the embedded demo makes one (lib/certificates/keys.ts). */
    certificateKeys: {
      signingKeyPem: env.VAXPORT_CERT_SIGNING_KEY,
      signingCertificatePem: env.VAXPORT_CERT_SIGNING_CERT,
      retiredKeysPem: env.VAXPORT_CERT_RETIRED_KEYS,
    },
    sms: {
      sender: env.SMS_SENDER,
      allowDevSender: env.VAXPORT_ALLOW_DEV_SENDER,
      http: {
        url: env.SMS_HTTP_URL ?? "",
        method: env.SMS_HTTP_METHOD,
        headers: env.SMS_HTTP_HEADERS,
        bodyTemplate: env.SMS_HTTP_BODY,
        timeoutMs: env.SMS_HTTP_TIMEOUT_MS,
        retries: env.SMS_HTTP_RETRIES,
      },
    },
    redisUrl: env.REDIS_URL,
    /** 0 outside production when unset: nothing is trusted unless configured. */
    trustedProxyHops: env.VAXPORT_TRUSTED_PROXY_HOPS ?? 0,
    publicApiRateLimit:
      rateLimit > 0
        ? { limit: rateLimit, windowSeconds: env.PUBLIC_API_RATE_WINDOW_SECONDS, status: Number(env.PUBLIC_API_RATE_LIMIT_STATUS) as 403 | 429 }
        : null,
    availabilityCache: {
      ttlMs: env.AVAILABILITY_CACHE_TTL_MS,
      staleMs: env.AVAILABILITY_CACHE_STALE_MS,
      maxBytes: env.AVAILABILITY_CACHE_MAX_MB * 1024 * 1024,
    },
    allowDemoAccounts: env.VAXPORT_ALLOW_DEMO_ACCOUNTS,
    benchRoutes: env.VAXPORT_BENCH_ROUTES,
  };
}

export type Config = ReturnType<typeof toConfig>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses an environment into typed settings; throws one ConfigError naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.superRefine(checkCombinations).safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  return toConfig(parsed.data);
}
