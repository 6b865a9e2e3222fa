/**
 * Picks the best supported locale from an Accept-Language header.
 * Pure (no Next.js imports) so it can be unit-tested.
 *
 * "hi-IN,hi;q=0.9,en;q=0.8" with supported ["en","hi"] → "hi".
 * Region subtags fall back to their base language ("en-GB" → "en").
 */
export function matchAcceptLanguage<L extends string>(
  header: string | null | undefined,
  supported: readonly L[],
): L | undefined {
  if (!header) return undefined;

  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.tag !== "" && r.q > 0)
    // Highest quality first; the header's own order breaks ties.
    .sort((a, b) => b.q - a.q || a.index - b.index);

  const lowered = supported.map((l) => l.toLowerCase());
  for (const { tag } of ranges) {
    if (tag === "*") return supported[0];
    const exact = lowered.indexOf(tag);
    if (exact !== -1) return supported[exact];
    const base = tag.split("-")[0] ?? tag;
    const byBase = lowered.findIndex((l) => l === base || l.split("-")[0] === base);
    if (byBase !== -1) return supported[byBase];
  }
  return undefined;
}
