import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { verhoeffCheckDigit } from "@/lib/country/checksums";
import { india } from "@/lib/country/packs/in";
import type { Locale } from "@/lib/i18n/locales";
import { adverseEventSchema, correctDoseBatchSchema, markDoseSchema, noShowSchema, remainingNoShowsSchema, walkInSchema } from "./schemas";

const id = "6f1c2a7e-4b0d-4c1e-9a51-0d2f3b4c5d6e";
const key = "2b5f1d4e-8c3a-4f6b-9e7d-1a2b3c4d5e6f";
const aadhaarBody = "99994105705";
const aadhaar = aadhaarBody + verhoeffCheckDigit(aadhaarBody);

/** The first message per field, as the form shows it. */
function messagesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const first: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) first[issue.path.join(".")] ??= issue.message;
  return first;
}

describe("markDoseSchema", () => {
  it("reads a code typed in any script, and a blank one as none (a walk-in)", () => {
    expect(markDoseSchema.parse({ appointmentId: id, securityCode: " ०४२७ ", batchId: id, idempotencyKey: key }).securityCode).toBe("0427");
    expect(markDoseSchema.parse({ appointmentId: id, securityCode: "", batchId: id, idempotencyKey: key }).securityCode).toBeUndefined();
    expect(markDoseSchema.parse({ appointmentId: id, batchId: id, idempotencyKey: key }).securityCode).toBeUndefined();
  });

  it("names what is wrong", () => {
    expect(messagesOf(markDoseSchema.safeParse({ appointmentId: "x", securityCode: "12a4", batchId: "", idempotencyKey: key }))).toEqual({
      appointmentId: "vaccination.appointmentNotFound",
      securityCode: "vaccination.securityCodeFormat",
      batchId: "vaccination.batchRequired",
    });
  });
});

describe("walkInSchema", () => {
  const person = { sessionId: id, mobile: "98765 43210", name: "Asha  Devi", gender: "female", birthYear: "1985", photoIdType: "AADHAAR", photoIdNumber: aadhaar, idempotencyKey: key };

  it("checks the person as the citizen path does and keeps the mobile as typed for the command", () => {
    expect(walkInSchema(india, 2026).parse(person)).toMatchObject({ name: "Asha Devi", birthYear: 1985, photoIdNumber: aadhaar, mobile: "98765 43210" });
  });

  it("names what is wrong, the photo ID by its type", () => {
    const wrongDigit = aadhaarBody + ((verhoeffCheckDigit(aadhaarBody) + 1) % 10);
    expect(messagesOf(walkInSchema(india, 2026).safeParse({ ...person, mobile: "", photoIdNumber: wrongDigit, sessionId: "x" }))).toEqual({
      mobile: "vaccination.mobileRequired",
      photoIdNumber: "photoId.checksum.AADHAAR",
      sessionId: "vaccination.sessionNotFound",
    });
  });
});

describe("adverseEventSchema", () => {
  it("takes a real calendar date, a known severity and notes up to 1000 characters", () => {
    expect(adverseEventSchema.parse({ doseId: id, severity: "serious", onsetOn: "2026-11-20" })).toEqual({ doseId: id, severity: "serious", onsetOn: "2026-11-20", notes: "" });
    expect(messagesOf(adverseEventSchema.safeParse({ doseId: id, severity: "mild", onsetOn: "2026-02-30", notes: "x".repeat(1001) }))).toEqual({
      severity: "vaccination.severityRequired",
      onsetOn: "vaccination.onsetInvalid",
      notes: "tooLong",
    });
  });
});

describe("every message key", () => {
  function translator(locale: Locale) {
    const messages = JSON.parse(readFileSync(new URL(`../../messages/${locale}/validation.json`, import.meta.url), "utf8"));
    return createTranslator({ locale, messages, namespace: undefined });
  }

  it("is in the English and the Hindi catalogue", () => {
    const failures = [
      markDoseSchema.safeParse({ appointmentId: "x", securityCode: "1", batchId: "" }),
      walkInSchema(india, 2026).safeParse({ sessionId: "x", mobile: "" }),
      walkInSchema(india, 2026).safeParse({ sessionId: id, mobile: "abc" }),
      noShowSchema.safeParse({ appointmentId: "" }),
      remainingNoShowsSchema.safeParse({ sessionId: "" }),
      correctDoseBatchSchema.safeParse({ doseId: "", batchId: "" }),
      adverseEventSchema.safeParse({ doseId: "", severity: "", onsetOn: "" }),
    ];
    const keys = new Set(failures.flatMap((result) => result.error!.issues.map((issue) => issue.message)).filter((message) => /^[a-z][A-Za-z]*(\.[A-Za-z_]+)*$/.test(message)));
    expect([...keys]).toEqual(expect.arrayContaining(["vaccination.appointmentNotFound", "vaccination.sessionNotFound", "vaccination.doseNotFound", "mobile.invalid"]));
    for (const locale of ["en", "hi"] as const) {
      const t = translator(locale);
      for (const message of keys) expect(t.has(message as never), `${locale}: ${message}`).toBe(true);
    }
  });
});
