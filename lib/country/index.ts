import { config } from "@/lib/config";
import { india } from "./packs/in";
import { kenya } from "./packs/ke";
import type { CountryPack } from "./types";

export type * from "./types";

const packs: readonly CountryPack[] = [india, kenya];

export function listCountryPacks(): readonly CountryPack[] {
  return packs;
}

/** The deployment's country pack: VAXPORT_COUNTRY (ISO alpha-2), India by default. */
export function getCountryPack(code: string = config().country): CountryPack {
  const wanted = code.trim().toUpperCase();
  const pack = packs.find((p) => p.code === wanted);
  if (!pack) {
    const known = packs.map((p) => p.code).join(", ");
    throw new Error(`Unknown country pack "${code}". Known packs: ${known} (set VAXPORT_COUNTRY to one of them).`);
  }
  return pack;
}
