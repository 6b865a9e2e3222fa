import { transliterateName } from "./transliterate";

/*
 * The EU DCC vaccination payload (eu-dcc-schema 1.3.x): who, born when, and the one dose the certificate states.
 * Values of vp / mp / ma / co come from the country pack, mapped to the EU DCC value sets.
 */
export interface DccName {
  fn?: string;
  fnt?: string;
  gn?: string;
  gnt?: string;
}

export interface DccVaccination {
  /** Disease targeted: 840539006 is COVID-19 (SNOMED CT). */
  tg: string;
  vp: string;
  mp: string;
  ma: string;
  dn: number;
  sd: number;
  dt: string;
  co: string;
  is: string;
  ci: string;
}

export interface DccPayload {
  ver: string;
  nam: DccName;
  dob: string;
  v: DccVaccination[];
}

export interface VaccinationPayloadInput {
  /** Vaxport keeps one name field: it goes in as `family`, unless a family/given split is known. */
  name: { family?: string; given?: string };
  /** "YYYY" when only the birth year is known, else "YYYY-MM-DD". */
  birthDate: string;
  dose: { prophylaxis: string; product: string; manufacturer: string; doseNumber: number; seriesDoses: number; date: string };
  country: string;
  issuer: string;
  certificateId: string;
}

export const DCC_SCHEMA_VERSION = "1.3.0";
export const COVID_19 = "840539006";
const MAX_TEXT = 80;

const birthDatePattern = /^(19|20)\d\d(-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/;
const datePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The schema's limit counts characters (code points); a longer registered name is cut rather than refused. */
const upTo80 = (text: string) => [...text.trim()].slice(0, MAX_TEXT).join("");

function nameOf({ family, given }: VaccinationPayloadInput["name"]): DccName {
  const nam: DccName = {};
  if (family?.trim()) Object.assign(nam, { fn: upTo80(family), fnt: transliterateName(family) });
  if (given?.trim()) Object.assign(nam, { gn: upTo80(given), gnt: transliterateName(given) });
  if (!nam.fn && !nam.gn) throw new Error("A DCC needs a family or a given name");
  return nam;
}

/** Builds the signed part of a vaccination certificate. Throws on input no verifier would accept. */
export function buildVaccinationPayload(input: VaccinationPayloadInput): DccPayload {
  const { dose } = input;
  if (!birthDatePattern.test(input.birthDate)) throw new Error(`A DCC birth date is YYYY or YYYY-MM-DD, not "${input.birthDate}"`);
  if (!datePattern.test(dose.date)) throw new Error(`A DCC vaccination date is YYYY-MM-DD, not "${dose.date}"`);
  if (!/^[A-Z]{2}$/.test(input.country)) throw new Error(`A DCC country is an ISO alpha-2 code, not "${input.country}"`);
  for (const count of [dose.doseNumber, dose.seriesDoses]) {
    if (!Number.isInteger(count) || count < 1) throw new Error(`A DCC dose count is a whole number ≥ 1, not ${count}`);
  }
  for (const [field, value] of Object.entries({ issuer: input.issuer, certificateId: input.certificateId })) {
    if (!value || [...value].length > MAX_TEXT) throw new Error(`A DCC ${field} has 1 to 80 characters`);
  }
  return {
    ver: DCC_SCHEMA_VERSION,
    nam: nameOf(input.name),
    dob: input.birthDate,
    v: [
      {
        tg: COVID_19,
        vp: dose.prophylaxis,
        mp: dose.product,
        ma: dose.manufacturer,
        dn: dose.doseNumber,
        sd: dose.seriesDoses,
        dt: dose.date,
        co: input.country,
        is: input.issuer,
        ci: input.certificateId,
      },
    ],
  };
}
