import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogueLocales } from "@/lib/i18n/locales";
import { refusalMessage, refusalReasons, type Refusal, type RefusalReason } from "./refusals";

const catalogue = (locale: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../messages/${locale}/booking.json`, import.meta.url)), "utf8"));

// One of each: the Record type makes this table fail to compile when a reason is added without an example.
const examples: Record<RefusalReason, Refusal> = {
  sessionCancelled: { reason: "sessionCancelled" },
  sessionClosed: { reason: "sessionClosed" },
  sessionPast: { reason: "sessionPast" },
  alreadyVaccinated: { reason: "alreadyVaccinated", doseNumber: 1 },
  alreadyBooked: { reason: "alreadyBooked", doseNumber: 2 },
  noFurtherDose: { reason: "noFurtherDose" },
  doseOrder: { reason: "doseOrder", doseNumber: 2, previousDose: 1 },
  precautionNeedsSeries: { reason: "precautionNeedsSeries", vaccineName: "Covishield", primaryDoses: 2 },
  wrongVaccine: { reason: "wrongVaccine", doseNumber: 2, vaccineName: "Covishield", sessionVaccineName: "Covaxin" },
  tooYoung: { reason: "tooYoung", minAge: 18 },
  tooOld: { reason: "tooOld", maxAge: 44 },
  tooEarly: { reason: "tooEarly", doseNumber: 2, vaccineName: "Covishield", from: "2027-03-14" },
  precautionTooEarly: { reason: "precautionTooEarly", vaccineName: "Covishield", from: "2027-03-14" },
  tooLate: { reason: "tooLate", doseNumber: 2, vaccineName: "Covishield", until: "2027-03-14" },
};

const placeholders = (message: string) => [...message.matchAll(/\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe.each(catalogueLocales.map((locale) => [locale]))("booking refusals in %s", (locale) => {
  const messages = catalogue(locale);
  const formatDay = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  const t = createTranslator({ locale, messages: { booking: messages }, namespace: "booking" });

  it.each(refusalReasons.map((reason) => [reason]))("%s has a message that uses exactly the refusal's values", (reason) => {
    const { key, values } = refusalMessage(examples[reason], formatDay);
    const message = messages.refusal[reason] as string;
    expect(placeholders(message)).toEqual(Object.keys(values).sort());
    const rendered = t(key, values);
    expect(rendered).not.toMatch(/[{}]/);
    for (const value of Object.values(values)) expect(rendered).toContain(String(value));
  });
});

describe("refusalMessage", () => {
  it("reads like the issue's example once the UI formats the date", () => {
    const t = createTranslator({ locale: "en", messages: { booking: catalogue("en") }, namespace: "booking" });
    const { key, values } = refusalMessage(examples.tooEarly, (iso) => new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`)));
    expect(t(key, values)).toBe("Dose 2 of Covishield can be booked from 14 March 2027.");
  });

  it("formats only the date values", () => {
    expect(refusalMessage(examples.tooLate, () => "DAY")).toEqual({ key: "refusal.tooLate", values: { doseNumber: 2, vaccineName: "Covishield", until: "DAY" } });
  });
});
