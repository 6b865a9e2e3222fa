import type { VaccineSpec } from "../types";

// Codes match what CoWIN's public API returned in `vaccine` (upper case).
// DCC: vp "J07BX03" is the ATC code for COVID-19 vaccines; mp and ma follow the EU DCC value sets.
// India's precaution dose came 39 weeks (273 days) after the primary series.
export const indiaVaccines: VaccineSpec[] = [
  {
    code: "COVISHIELD",
    name: "Covishield",
    manufacturer: "Serum Institute of India",
    primaryDoses: 2,
    dose2MinDays: 84,
    dose2MaxDays: 112,
    precautionMinDays: 273,
    minAgeYears: 18,
    maxAgeYears: null,
    mixableWith: [],
    dccProphylaxis: "J07BX03",
    dccProduct: "Covishield",
    dccManufacturer: "ORG-100001981",
  },
  {
    code: "COVAXIN",
    name: "Covaxin",
    manufacturer: "Bharat Biotech",
    primaryDoses: 2,
    dose2MinDays: 28,
    dose2MaxDays: 42,
    precautionMinDays: 273,
    minAgeYears: 15,
    maxAgeYears: null,
    mixableWith: [],
    dccProphylaxis: "J07BX03",
    dccProduct: "Covaxin",
    // The value set lists Bharat Biotech under a plain code, not an EMA "ORG-" id.
    dccManufacturer: "Bharat-Biotech",
  },
  {
    code: "CORBEVAX",
    name: "Corbevax",
    manufacturer: "Biological E",
    primaryDoses: 2,
    dose2MinDays: 28,
    dose2MaxDays: null,
    precautionMinDays: 273,
    minAgeYears: 12,
    maxAgeYears: null,
    mixableWith: [],
    dccProphylaxis: "J07BX03",
    // To be checked against the EU DCC value sets: Corbevax and Biological E may not be listed there.
    dccProduct: "Corbevax",
    dccManufacturer: "Biological-E",
  },
  {
    code: "COVOVAX",
    name: "Covovax",
    manufacturer: "Serum Institute of India",
    primaryDoses: 2,
    dose2MinDays: 21,
    dose2MaxDays: null,
    precautionMinDays: 273,
    minAgeYears: 12,
    maxAgeYears: null,
    mixableWith: [],
    dccProphylaxis: "J07BX03",
    // To be checked against the EU DCC value sets (medicinal product).
    dccProduct: "Covovax",
    dccManufacturer: "ORG-100001981",
  },
];
