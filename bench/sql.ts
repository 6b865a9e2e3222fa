/**
 * The exact statements the public API runs, with their parameters inlined as $n placeholders, for EXPLAIN and
 * pgbench. Rendered from the same SQL as lib/centres/queries.ts, so a change there shows up here.
 */
import { PgDialect } from "drizzle-orm/pg-core";
import { centresSql, postalCodeSql, storedCalendarSql, weeksFilter } from "@/lib/centres/queries";

const dialect = new PgDialect();

/** A district calendar's read: its centres and its sessions' stored calendar entries, sent side by side. */
export function calendarByDistrictSql(districtId: number, from: string, to: string) {
  return [dialect.sqlToQuery(centresSql(weeksFilter.district(districtId))), dialect.sqlToQuery(storedCalendarSql(districtId, from, to))];
}

/** A PIN code's read: one joined statement. */
export function findByPinSql(code: string, date: string) {
  return [dialect.sqlToQuery(postalCodeSql(code, date, date))];
}

/** Replaces $1… with literals (numbers bare, everything else quoted), for EXPLAIN or a pgbench script. */
export function inline(query: { sql: string; params: unknown[] }, literal = (v: unknown) => (typeof v === "number" ? String(v) : `'${String(v).replaceAll("'", "''")}'`)) {
  return query.sql.replace(/\$(\d+)/g, (_, n: string) => literal(query.params[Number(n) - 1]));
}
