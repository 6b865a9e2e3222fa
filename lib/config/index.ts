import "server-only";
import { parseConfig, type Config } from "./schema";

export { ConfigError, parseConfig, type Config } from "./schema";

let parsed: Config | undefined;

/**
 * The app's settings, parsed from the environment on first use (a request or the start-up check in
 * instrumentation.ts), never at import: `next build` must not need production settings.
 */
export function config(): Config {
  parsed ??= parseConfig(process.env);
  return parsed;
}
