import type { NewFacility, PostalCode } from "@/db/schema";
import type { CountryGeography, DemoCity, DemoSection } from "@/lib/country/types";
import { jitter, type Random } from "./random";

export interface FacilityPlan {
  facility: Omit<NewFacility, "id">;
  /** The vaccines this facility offers in the demo. */
  vaccineCodes: string[];
}

const GOVERNMENT_HOURS = ["09:00:00", "17:00:00"] as const;
const PRIVATE_HOURS = [["08:00:00", "20:00:00"], ["09:00:00", "18:00:00"], ["09:00:00", "17:00:00"]] as const;

/** Postal codes counting up from each city's base (keeping its width), spread within ~10 km of the centre. */
export function planPostalCodes(demo: DemoSection, random: Random): PostalCode[][] {
  return demo.cities.map((city) => {
    const base = Number(city.postalCodeBase);
    return Array.from({ length: demo.postalCodesPerCity }, (_, i) => ({
      code: String(base + i).padStart(city.postalCodeBase.length, "0"),
      districtId: city.districtId,
      ...jitter(random, city.lat, city.lng, 10),
    }));
  });
}

type NameCandidate = { name: string; areaIndex: number | null };

/** Every distinct name the templates give for a city: "{area}" templates once per area, the rest once. */
function nameCandidates(templates: readonly string[], city: DemoCity): NameCandidate[] {
  return templates.flatMap((template): NameCandidate[] =>
    template.includes("{area}")
      ? city.areas.map((area, areaIndex) => ({ name: fill(template, city.city, area), areaIndex }))
      : [{ name: fill(template, city.city, ""), areaIndex: null }],
  );
}

const fill = (template: string, city: string, area: string) => template.replaceAll("{city}", city).replaceAll("{area}", area);

export function planFacilities(
  demo: DemoSection,
  geography: CountryGeography,
  vaccineCodes: readonly string[],
  postalCodes: PostalCode[][],
  random: Random,
): FacilityPlan[] {
  const stateOf = new Map(geography.districts.map((d) => [d.id, d.stateId]));
  const usedNames = new Set<string>();
  const plans: FacilityPlan[] = [];

  demo.cities.forEach((city, cityIndex) => {
    const stateId = stateOf.get(city.districtId);
    if (stateId === undefined) throw new Error(`Demo city ${city.city}: district ${city.districtId} is not in the pack's geography`);
    const governmentCount = Math.round(demo.facilitiesPerCity * demo.governmentShare);
    const picks = [
      ...random.shuffle(nameCandidates(demo.facilityNames.government, city)).slice(0, governmentCount).map((c) => ({ ...c, type: "government" as const })),
      ...random.shuffle(nameCandidates(demo.facilityNames.private, city)).slice(0, demo.facilitiesPerCity - governmentCount).map((c) => ({ ...c, type: "private" as const })),
    ];
    for (const pick of picks) {
      if (usedNames.has(pick.name)) continue;
      usedNames.add(pick.name);
      const areaIndex = pick.areaIndex ?? random.int(0, city.areas.length - 1);
      const postal = random.pick(postalCodes[cityIndex] ?? []);
      const [opensAt, closesAt] = pick.type === "government" ? GOVERNMENT_HOURS : random.pick(PRIVATE_HOURS);
      const facility: FacilityPlan["facility"] = {
        name: pick.name,
        address: `${random.int(1, 250)}, ${random.pick(demo.streets)}, ${city.areas[areaIndex]}`,
        block: city.blocks[areaIndex % city.blocks.length] ?? city.city,
        stateId,
        districtId: city.districtId,
        postalCode: postal.code,
        ...jitter(random, postal.lat, postal.lng, 1.5),
        type: pick.type,
        feeType: pick.type === "government" ? "free" : "paid",
        opensAt,
        closesAt,
        active: true,
      };
      plans.push({ facility, vaccineCodes: random.shuffle(vaccineCodes).slice(0, random.int(1, Math.min(3, vaccineCodes.length))) });
    }
  });
  return plans;
}
