import { parseConfig, type Config } from "./schema";

export { ConfigError, parseConfig, type Config } from "./schema";

let parsed: Config | undefined;

/**
 * The app's settings, parsed from the environment on first use (a request or the start-up check in
 * instrumentation.ts), never at import: `next build` must not need production settings. Server code only;
 * not marked "server-only" because Node tools (seed scripts, e2e fixtures) load modules that import it.
 */
export function config(): Config {
  if (typeof window !== "undefined") throw new Error("The configuration is read on the server only");
  parsed ??= parseConfig(process.env);
  return parsed;
}
