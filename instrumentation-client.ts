import { config } from "zod/v4/core";

// Zod probes `new Function` to compile fast parsers; our CSP forbids eval and every page would report the
// probe as a violation. Parsing small forms needs no compiler. Runs before any client module makes a schema.
config({ jitless: true });
