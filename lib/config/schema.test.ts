import fs from "node:fs";
import path from "node:path";
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseConfig } from "./schema";

const testKey = (name: string) => fs.readFileSync(path.join(__dirname, "../certificates/testdata", name), "utf8");
const signingKey = testKey("signing-key.pem");
const signingCert = testKey("signing-cert.pem");
const pkcs8Key = (namedCurve: string) => generateKeyPairSync("ec", { namedCurve }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();

const production = { NODE_ENV: "production", VAXPORT_TRUSTED_PROXY_HOPS: "1" };

describe("parseConfig", () => {
  it("gives every setting its documented default", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      nodeEnv: "development",
      production: false,
      database: { url: undefined, poolMax: 10, prepare: true },
      country: "IN",
      sms: { sender: "dev", allowDevSender: false, http: { method: "POST", headers: {}, timeoutMs: 5000, retries: 2 } },
      trustedProxyHops: 0,
      publicApiRateLimit: { limit: 100, windowSeconds: 300, status: 403 },
      availabilityCache: { ttlMs: 2000, staleMs: 2000, maxBytes: 256 * 1024 * 1024 },
      allowDemoAccounts: false,
      benchRoutes: false,
    });
  });

  it("reads good values, and treats empty ones as unset", () => {
    const config = parseConfig({
      ...production,
      DATABASE_URL: "postgres://app:secret@pgbouncer.internal:6432/vaxport",
      DATABASE_MIGRATION_URL: "postgres://app:secret@db.internal:5432/vaxport",
      DATABASE_POOL_MAX: "25",
      DATABASE_PREPARE: "false",
      AUTH_SECRET: "s".repeat(32),
      VAXPORT_HASH_KEY: "k".repeat(32),
      VAXPORT_CERT_SIGNING_KEY: signingKey,
      VAXPORT_COUNTRY: "ke",
      VAXPORT_SEED: "reference",
      SMS_SENDER: "http",
      SMS_HTTP_URL: "https://sms.example/send",
      SMS_HTTP_HEADERS: '{"x-api-key":"abc"}',
      SMS_HTTP_RETRIES: "0",
      REDIS_URL: "redis://127.0.0.1:6379",
      PUBLIC_API_RATE_LIMIT: "0",
      PUBLIC_API_RATE_LIMIT_STATUS: "429",
      AVAILABILITY_CACHE_MAX_MB: "8",
      VAXPORT_ALLOW_DEMO_ACCOUNTS: "true",
      VAXPORT_BENCH_ROUTES: "true",
      VAXPORT_DATA_DIR: "",
    });
    expect(config.certificateKeys).toEqual({ signingKeyPem: signingKey.trim(), signingCertificatePem: undefined, retiredKeysPem: undefined });
    expect(config).toMatchObject({
      production: true,
      database: { url: "postgres://app:secret@pgbouncer.internal:6432/vaxport", migrationUrl: "postgres://app:secret@db.internal:5432/vaxport", poolMax: 25, prepare: false, dataDir: undefined },
      country: "KE",
      seed: "reference",
      sms: { sender: "http", http: { url: "https://sms.example/send", headers: { "x-api-key": "abc" }, retries: 0 } },
      redisUrl: "redis://127.0.0.1:6379",
      trustedProxyHops: 1,
      publicApiRateLimit: null,
      availabilityCache: { maxBytes: 8 * 1024 * 1024 },
      allowDemoAccounts: true,
      benchRoutes: true,
    });
  });

  it.each([
    ["DATABASE_POOL_MAX", "abc", "DATABASE_POOL_MAX: expected a whole number ≥ 1"],
    ["DATABASE_POOL_MAX", "0", "DATABASE_POOL_MAX: expected a whole number ≥ 1"],
    ["DATABASE_POOL_MAX", "2.5", "DATABASE_POOL_MAX: expected a whole number ≥ 1"],
    ["DATABASE_URL", "mysql://db/vaxport", "DATABASE_URL: expected a postgres:// URL"],
    ["DATABASE_PREPARE", "no", "DATABASE_PREPARE: expected true or false"],
    ["VAXPORT_SEED", "everything", "VAXPORT_SEED: expected one of demo, reference, none"],
    ["VAXPORT_COUNTRY", "India", "VAXPORT_COUNTRY: expected a two-letter country code such as IN or KE"],
    ["SMS_SENDER", "smpp", "SMS_SENDER: expected one of dev, http"],
    ["SMS_HTTP_URL", "sms.example/send", "SMS_HTTP_URL: expected an http(s):// URL"],
    ["SMS_HTTP_METHOD", "GET", "SMS_HTTP_METHOD: expected one of POST, PUT"],
    ["SMS_HTTP_HEADERS", "x-api-key: abc", "SMS_HTTP_HEADERS: expected a JSON object of header names to strings"],
    ["SMS_HTTP_HEADERS", '{"retries":3}', "SMS_HTTP_HEADERS: expected a JSON object of header names to strings"],
    ["SMS_HTTP_TIMEOUT_MS", "5s", "SMS_HTTP_TIMEOUT_MS: expected a whole number ≥ 1"],
    ["SMS_HTTP_RETRIES", "-1", "SMS_HTTP_RETRIES: expected a whole number ≥ 0"],
    ["VAXPORT_ALLOW_DEV_SENDER", "yes", "VAXPORT_ALLOW_DEV_SENDER: expected true or false"],
    ["REDIS_URL", "127.0.0.1:6379", "REDIS_URL: expected a redis:// or rediss:// URL"],
    ["VAXPORT_TRUSTED_PROXY_HOPS", "one", "VAXPORT_TRUSTED_PROXY_HOPS: expected a whole number ≥ 0"],
    ["VAXPORT_PROXY_HOPS", "1", "VAXPORT_PROXY_HOPS: renamed: set VAXPORT_TRUSTED_PROXY_HOPS instead"],
    ["PUBLIC_API_RATE_LIMIT", "lots", "PUBLIC_API_RATE_LIMIT: expected a whole number ≥ 0"],
    ["PUBLIC_API_RATE_WINDOW_SECONDS", "0", "PUBLIC_API_RATE_WINDOW_SECONDS: expected a whole number ≥ 1"],
    ["PUBLIC_API_RATE_LIMIT_STATUS", "500", "PUBLIC_API_RATE_LIMIT_STATUS: expected one of 403, 429"],
    ["AVAILABILITY_CACHE_TTL_MS", "2 s", "AVAILABILITY_CACHE_TTL_MS: expected a whole number ≥ 0"],
    ["AVAILABILITY_CACHE_STALE_MS", "-5", "AVAILABILITY_CACHE_STALE_MS: expected a whole number ≥ 0"],
    ["AVAILABILITY_CACHE_MAX_MB", "0", "AVAILABILITY_CACHE_MAX_MB: expected a whole number ≥ 1"],
    ["VAXPORT_ALLOW_DEMO_ACCOUNTS", "TRUE!", "VAXPORT_ALLOW_DEMO_ACCOUNTS: expected true or false"],
    ["NODE_ENV", "staging", "NODE_ENV: expected one of development, production, test"],
  ])("%s=%s stops the start: %s", (variable, value, message) => {
    expect(() => parseConfig({ [variable]: value })).toThrow(`Invalid configuration: ${message}`);
  });

  it("names every bad variable at once", () => {
    expect(() => parseConfig({ DATABASE_POOL_MAX: "abc", REDIS_URL: "nope" })).toThrow(
      "Invalid configuration: DATABASE_POOL_MAX: expected a whole number ≥ 1; REDIS_URL: expected a redis:// or rediss:// URL",
    );
  });

  it("refuses a production start that does not say which proxies to trust", () => {
    expect(() => parseConfig({ NODE_ENV: "production" })).toThrow(/VAXPORT_TRUSTED_PROXY_HOPS: required in production/);
    expect(parseConfig({ NODE_ENV: "production", VAXPORT_TRUSTED_PROXY_HOPS: "0" }).trustedProxyHops).toBe(0);
  });

  it("needs both secrets with a PostgreSQL server, and a gateway URL with the HTTP sender", () => {
    expect(() => parseConfig({ DATABASE_URL: "postgres://db/vaxport" })).toThrow(
      /AUTH_SECRET: required when DATABASE_URL is set.*VAXPORT_HASH_KEY: required when DATABASE_URL is set/,
    );
    expect(() => parseConfig({ SMS_SENDER: "http" })).toThrow("Invalid configuration: SMS_HTTP_URL: required when SMS_SENDER=http");
  });

  it("needs a certificate signing key with a PostgreSQL server, and says how to make one", () => {
    expect(() => parseConfig({ DATABASE_URL: "postgres://db/vaxport", AUTH_SECRET: "s", VAXPORT_HASH_KEY: "k" })).toThrow(
      "Invalid configuration: VAXPORT_CERT_SIGNING_KEY: required when DATABASE_URL is set: a PEM PKCS#8 P-256 key (make one with: openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt)",
    );
    expect(parseConfig({}).certificateKeys).toEqual({ signingKeyPem: undefined, signingCertificatePem: undefined, retiredKeysPem: undefined });
  });

  it("reads the signing key, its certificate and retired keys, with literal \\n as newlines", () => {
    const retired = generateKeyPairSync("ec", { namedCurve: "prime256v1" }).publicKey.export({ type: "spki", format: "pem" }).toString();
    const config = parseConfig({
      VAXPORT_CERT_SIGNING_KEY: signingKey.trim().replace(/\n/g, "\\n"),
      VAXPORT_CERT_SIGNING_CERT: signingCert,
      VAXPORT_CERT_RETIRED_KEYS: `${retired}${signingCert}`,
    });
    expect(config.certificateKeys).toEqual({
      signingKeyPem: signingKey.trim(),
      signingCertificatePem: signingCert.trim(),
      retiredKeysPem: `${retired}${signingCert}`.trim(),
    });
  });

  it.each([
    ["VAXPORT_CERT_SIGNING_KEY", "secret", "expected a PEM PKCS#8 private key"],
    ["VAXPORT_CERT_SIGNING_KEY", pkcs8Key("secp384r1"), "expected a P-256 (prime256v1) EC key; make one with: openssl ecparam"],
    ["VAXPORT_CERT_SIGNING_CERT", signingKey, "expected PUBLIC KEY or CERTIFICATE blocks, not PRIVATE KEY"],
    ["VAXPORT_CERT_RETIRED_KEYS", "old key", "expected PEM public keys or certificates"],
  ])("%s refuses a wrong value", (variable, value, message) => {
    expect(() => parseConfig({ [variable]: value })).toThrow(`Invalid configuration: ${variable}: ${message}`);
  });

  it("refuses a signing certificate without its key, or for another key", () => {
    expect(() => parseConfig({ VAXPORT_CERT_SIGNING_CERT: signingCert })).toThrow(
      "Invalid configuration: VAXPORT_CERT_SIGNING_CERT: set it together with VAXPORT_CERT_SIGNING_KEY",
    );
    expect(() => parseConfig({ VAXPORT_CERT_SIGNING_KEY: pkcs8Key("prime256v1"), VAXPORT_CERT_SIGNING_CERT: signingCert })).toThrow(
      "Invalid configuration: VAXPORT_CERT_SIGNING_CERT: the signing certificate is not for the signing key",
    );
  });
});
