import { getDbHandle } from "./db";
import { prepareDatabase } from "./db/bootstrap";
import { assertNoPublishedDemoAccounts } from "./db/seed/demo-guard";
import { config } from "./lib/config";
import { getCountryPack } from "./lib/country";
import { assertSenderConfigured } from "./lib/messaging";

/**
 * Before serving: the configuration is checked (a bad value throws, naming the variable), the database
 * migrated (and seeded if empty), and a production server refuses to start with anything unsafe left in place.
 */
export async function prepareToServe(): Promise<void> {
  const settings = config();
  getCountryPack();
  assertSenderConfigured(settings);
  await prepareDatabase();
  const { db, engine } = await getDbHandle();
  await assertNoPublishedDemoAccounts(db, engine, settings);
}
