/** Next waits for register() before serving: the database is migrated (and seeded if empty) first. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Build workers never open the database (two processes on one embedded directory would corrupt it).
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { assertSenderConfigured } = await import("./lib/messaging");
  assertSenderConfigured();
  const { prepareDatabase } = await import("./db/bootstrap");
  await prepareDatabase();
}
