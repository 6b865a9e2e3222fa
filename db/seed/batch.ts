// A few hundred rows per statement: far fewer round trips, and well under PostgreSQL's 65,535 bind parameters.
export const BATCH_SIZE = 500;

export function chunk<T>(rows: readonly T[], size = BATCH_SIZE): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

/** Runs `insert` on each chunk in turn (one transaction connection, so no parallelism to gain). */
export async function insertBatched<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>, size = BATCH_SIZE): Promise<number> {
  for (const batch of chunk(rows, size)) await insert(batch);
  return rows.length;
}
