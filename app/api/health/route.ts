import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { apiRoute } from "@/lib/api/route";

export const dynamic = "force-dynamic";

/** For load balancers and test harnesses: 200 once the database answers. Reveals nothing else. */
export const GET = apiRoute(async () => {
  try {
    await (await getDb()).execute(sql`select 1`);
    return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
});
