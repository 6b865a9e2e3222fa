/**
 * EXPLAIN (ANALYZE, BUFFERS) of the public API's hot statements on the scale dataset:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/vaxport_scale npx tsx bench/explain.ts
 */
import postgres from "postgres";
import { calendarByDistrictSql, findByPinSql, inline } from "./sql";
import { addDays } from "@/lib/time/dates";
import { SPAN_DAYS } from "@/lib/centres/rules";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the scale database");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [scale] = await sql`select value from app_settings where key = 'scale'`;
    const firstDay = (scale?.value as { firstDay?: string } | undefined)?.firstDay;
    if (!firstDay) throw new Error("No scale dataset here: run npm run seed:scale first");
    const [{ id: districtId }] = (await sql`select id from districts order by random() limit 1`) as unknown as [{ id: number }];
    const [{ code }] = (await sql`select code from postal_codes order by random() limit 1`) as unknown as [{ code: string }];
    const statements = {
      [`calendarByDistrict district=${districtId}`]: calendarByDistrictSql(districtId, firstDay, addDays(firstDay, SPAN_DAYS - 1)),
      [`findByPin pin=${code}`]: findByPinSql(code, addDays(firstDay, 2)),
    };
    for (const [label, queries] of Object.entries(statements)) {
      for (const [i, query] of queries.entries()) {
        console.log(`\n── ${label} (statement ${i + 1} of ${queries.length})`);
        const plan = await sql.unsafe(`explain (analyze, buffers) ${inline(query)}`);
        for (const row of plan) console.log(row["QUERY PLAN"]);
      }
    }
  } finally {
    await sql.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
