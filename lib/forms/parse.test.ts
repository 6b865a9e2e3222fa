import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formValues } from "./form-state";
import { parseFormData } from "./parse";

const catalogue: Record<string, string> = { required: "This field is required", invalid: "Invalid value", "form.invalid": "Check the form" };
const t = (key: string) => catalogue[key] ?? `MISSING:${key}`;
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

describe("formValues", () => {
  it("never echoes secrets or Next's action fields", () => {
    expect(formValues(form({ username: "a", password: "p", otp: "123456", $ACTION_ID_x: "" }))).toEqual({ username: "a" });
  });
});
