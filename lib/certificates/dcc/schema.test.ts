import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { generateUvci } from "@/lib/certificates/uvci";
import schema from "./schema/DCC.combined-schema.json";
import { buildVaccinationPayload } from "./payload";
import { payloadInput } from "./test-fixtures";

// The EU DCC schema 1.3.3 (draft 2020-12), vendored with its licence; "valueset-uri" is its own annotation.
// Ajv's strict mode lints schemas (its oneOf lists `required` without `properties`), so it is off for this one.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addKeyword("valueset-uri");
const validate = ajv.compile(schema);

const errorsOf = (payload: unknown) => (validate(payload) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

describe("our payload against the EU DCC JSON schema", () => {
  it.each([
    ["a birth year only", payloadInput({ birthDate: "1985" })],
    ["a full birth date", payloadInput({ birthDate: "1985-07-14" })],
    ["family and given names", payloadInput({ name: { family: "Kumar", given: "Ram" } })],
    ["a given name only", payloadInput({ name: { given: "सीता" } })],
    ["a long name, cut to 80", payloadInput({ name: { family: "Ananthanarayanan ".repeat(8) } })],
    ["dose 1 of 2", payloadInput({ dose: { ...payloadInput().dose, doseNumber: 1 } })],
    ["a booster, dose 3 of 2", payloadInput({ dose: { ...payloadInput().dose, doseNumber: 3 } })],
    ["another country", payloadInput({ country: "KE", certificateId: generateUvci("KE") })],
  ])("is valid with %s", (_, input) => {
    expect(errorsOf(buildVaccinationPayload(input))).toEqual([]);
  });

  it.each([
    ["a birth year before 1900", { dob: "1899" }],
    ["a lower-case standardised name", { nam: { fn: "x", fnt: "Kumar" } }],
    ["no vaccination", { v: [] }],
  ])("would reject %s (the schema is really checked)", (_, change) => {
    expect(errorsOf({ ...buildVaccinationPayload(payloadInput()), ...change })).not.toEqual([]);
  });
});

describe("buildVaccinationPayload", () => {
  it("puts Vaxport's one name field in fn/fnt, without gn", () => {
    expect(buildVaccinationPayload(payloadInput()).nam).toEqual({ fn: "राम कुमार", fnt: "RAM<KUMAR" });
  });

  it.each([
    ["no name", { name: {} }, /family or a given name/],
    ["a blank name", { name: { family: "  " } }, /family or a given name/],
    ["a birth month only", { birthDate: "1985-07" }, /YYYY or YYYY-MM-DD/],
    ["a birth date in another form", { birthDate: "14/07/1985" }, /YYYY or YYYY-MM-DD/],
    ["a lower-case country", { country: "in" }, /alpha-2/],
    ["an issuer over 80 characters", { issuer: "x".repeat(81) }, /issuer/],
    ["no certificate id", { certificateId: "" }, /certificateId/],
  ])("refuses %s", (_, change, message) => {
    expect(() => buildVaccinationPayload({ ...payloadInput(), ...change })).toThrow(message);
  });

  it.each([0, 1.5, Number.NaN])("refuses a dose number of %s", (doseNumber) => {
    expect(() => buildVaccinationPayload(payloadInput({ dose: { ...payloadInput().dose, doseNumber } }))).toThrow(/whole number/);
  });

  it("refuses a vaccination date that is not YYYY-MM-DD", () => {
    expect(() => buildVaccinationPayload(payloadInput({ dose: { ...payloadInput().dose, date: "2026-11-31T10:00" } }))).toThrow(/YYYY-MM-DD/);
  });
});
