import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formValues } from "./form-state";
import { parseFormData } from "./parse";

const catalogue: Record<string, string> = {
  required: "This field is required",
  invalid: "Invalid value",
  tooLong: "Too long",
  "form.invalid": "Check the form",
  "fields.nickname.required": "Enter the nickname",
  "fields.nickname.tooLong": "Nicknames can be at most {max} characters",
};
const t = (key: string, values: Record<string, string | number> = {}) =>
  (catalogue[key] ?? `MISSING:${key}`).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
const has = (key: string) => key in catalogue;

const schema = z.object({ name: z.string().min(1, "required"), age: z.coerce.number().int("notAKey") });

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

describe("parseFormData", () => {
  it("returns typed data, coercing numbers", () => {
    expect(parseFormData(schema, form({ name: "Asha", age: "42" }), t, has)).toEqual({ ok: true, data: { name: "Asha", age: 42 } });
  });

  it("translates field errors, falls back for unknown keys, and echoes what was typed", () => {
    const result = parseFormData(schema, form({ name: "", age: "4.5", password: "secret" }), t, has);
    expect(result).toEqual({
      ok: false,
      state: {
        ok: false,
        message: "Check the form",
        fieldErrors: { name: ["This field is required"], age: ["Invalid value"] },
        values: { name: "", age: "4.5" },
      },
    });
  });
});

describe("messages that say what is wrong", () => {
  const named = z.object({ nickname: z.string().trim().min(1, "required").max(12, "tooLong"), note: z.string().max(3, "tooLong") });

  it("words a key the field's own way, with the limit the schema set", () => {
    const result = parseFormData(named, form({ nickname: "", note: "" }), t, has);
    expect(result.ok || result.state.fieldErrors).toEqual({ nickname: ["Enter the nickname"] });
    const long = parseFormData(named, form({ nickname: "x".repeat(13), note: "long" }), t, has);
    expect(long.ok || long.state.fieldErrors).toEqual({ nickname: ["Nicknames can be at most 12 characters"], note: ["Too long"] });
  });
});

describe("formValues", () => {
  it("never echoes secrets or Next's action fields", () => {
    expect(formValues(form({ username: "a", password: "p", otp: "123456", $ACTION_ID_x: "" }))).toEqual({ username: "a" });
  });
});
