/**
 * The exact statements the public API runs, with their parameters inlined as $n placeholders, for EXPLAIN and
 * pgbench. Built from the same drizzle query as lib/centres/queries.ts, so a change there shows up here.
 */
import { drizzle } from "drizzle-orm/postgres-js";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { PgDialect } from "drizzle-orm/pg-core";
import { centresQuery, postalCodeSql, sessionsSql, weeksFilter, type WeeksFilter } from "@/lib/centres/queries";

// A driverless drizzle instance: only used to render SQL, never to connect.
const renderer = drizzle.mock({ schema }) as unknown as Db;

/** A read's two statements (centres, then sessions), which the app sends side by side. */
const dialect = new PgDialect();
const weeksSql = (filter: WeeksFilter, from: string, to: string) => [centresQuery(renderer, filter).toSQL(), dialect.sqlToQuery(sessionsSql(filter, from, to))];

export function calendarByDistrictSql(districtId: number, from: string, to: string) {
  return weeksSql(weeksFilter.district(districtId), from, to);
}

/** A PIN code's read: one joined statement. */
export function findByPinSql(code: string, date: string) {
  return [dialect.sqlToQuery(postalCodeSql(code, date, date))];
}

/** Replaces $1… with literals (numbers bare, everything else quoted), for EXPLAIN or a pgbench script. */
export function inline(query: { sql: string; params: unknown[] }, literal = (v: unknown) => (typeof v === "number" ? String(v) : `'${String(v).replaceAll("'", "''")}'`)) {
  return query.sql.replace(/\$(\d+)/g, (_, n: string) => literal(query.params[Number(n) - 1]));
}
