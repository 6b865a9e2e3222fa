import type { CountryGeography } from "../types";

// Hindi names of states and union territories, keyed by CoWIN state id.
const hindiStateNames: Record<number, string> = {
  1: "अंडमान और निकोबार द्वीपसमूह",
  2: "आंध्र प्रदेश",
  3: "अरुणाचल प्रदेश",
  4: "असम",
  5: "बिहार",
  6: "चंडीगढ़",
  7: "छत्तीसगढ़",
  8: "दादरा और नगर हवेली",
  9: "दिल्ली",
  10: "गोवा",
  11: "गुजरात",
  12: "हरियाणा",
  13: "हिमाचल प्रदेश",
  14: "जम्मू और कश्मीर",
  15: "झारखंड",
  16: "कर्नाटक",
  17: "केरल",
  18: "लद्दाख",
  19: "लक्षद्वीप",
  20: "मध्य प्रदेश",
  21: "महाराष्ट्र",
  22: "मणिपुर",
  23: "मेघालय",
  24: "मिज़ोरम",
  25: "नागालैंड",
  26: "ओडिशा",
  27: "पुदुचेरी",
  28: "पंजाब",
  29: "राजस्थान",
  30: "सिक्किम",
  31: "तमिलनाडु",
  32: "तेलंगाना",
  33: "त्रिपुरा",
  34: "उत्तर प्रदेश",
  35: "उत्तराखंड",
  36: "पश्चिम बंगाल",
  37: "दमन और दीव",
};

/**
 * States and districts with CoWIN's public API ids (captured from the public repository
 * neelpy/cowin, js/districts.js), so clients written against CoWIN keep working.
 */
export async function loadIndiaGeography(): Promise<CountryGeography> {
  const { default: data } = await import("./data/india-states-districts.json");
  return {
    states: data.states.map((s) => ({ id: s.state_id, name: s.state_name, nameLocal: hindiStateNames[s.state_id] ?? null })),
    districts: data.districts.map((d) => ({ id: d.district_id, stateId: d.state_id, name: d.district_name, nameLocal: null })),
  };
}
