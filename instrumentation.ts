/**
 * Next waits for register() before serving: the configuration is checked, the database migrated (and
 * seeded if empty), and a production server refuses to start with anything unsafe left in place.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Build workers never open the database (two processes on one embedded directory would corrupt it).
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    await prepareToServe();
  } catch (error) {
    // Next would log this and serve errors forever; a server that must not run stops here instead.
    console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

async function prepareToServe() {
  const { config } = await import("./lib/config");
  // A bad value stops the start here, with a message naming the variable.
  const settings = config();
  const { getCountryPack } = await import("./lib/country");
  getCountryPack();
  const { assertSenderConfigured } = await import("./lib/messaging");
  assertSenderConfigured();
  const { getDbHandle, prepareDatabase } = await import("./db");
  await prepareDatabase();
  const { assertNoPublishedDemoAccounts } = await import("./db/seed/demo-guard");
  const { db, engine } = await getDbHandle();
  await assertNoPublishedDemoAccounts(db, engine, settings);
}
