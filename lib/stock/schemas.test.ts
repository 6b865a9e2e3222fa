import { describe, expect, it } from "vitest";
import { receiveBatchSchema, wastageSchema } from "./schemas";

const receipt = receiveBatchSchema("2026-11-20");
const issues = (schema: { safeParse(v: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: Record<string, unknown>) =>
  (schema.safeParse(input).error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);

describe("receiveBatchSchema", () => {
  const valid = { vaccineCode: "COVISHIELD", lot: "4121z 025", expiresOn: "2027-01-31", doses: "१,०००" };

  it("reads the form as the command wants it: lot as printed, doses in any script", () => {
    expect(receipt.parse(valid)).toEqual({ vaccineCode: "COVISHIELD", lot: "4121Z025", expiresOn: "2027-01-31", doses: 1000 });
  });

  it.each([
    [{ vaccineCode: "" }, [["vaccineCode", "stock.vaccineRequired"]]],
    [{ lot: "  " }, [["lot", "required"]]],
    [{ lot: "L".repeat(41) }, [["lot", "tooLong"]]],
    [{ lot: "AB#1" }, [["lot", "stock.lotInvalid"]]],
    [{ expiresOn: "" }, [["expiresOn", "required"]]],
    [{ expiresOn: "31/01/2027" }, [["expiresOn", "stock.expiryInvalid"]]],
    [{ expiresOn: "2026-11-19" }, [["expiresOn", "stock.expiryPast"]]],
    [{ doses: "" }, [["doses", "required"]]],
    [{ doses: "ten" }, [["doses", "stock.dosesInvalid"]]],
    [{ doses: "0" }, [["doses", "stock.dosesRange"]]],
    [{ doses: "100001" }, [["doses", "stock.dosesRange"]]],
  ])("refuses %j with %j", (change, expected) => {
    expect(issues(receipt, { ...valid, ...change })).toEqual(expected);
  });

  it("accepts a batch that expires today", () => {
    expect(receipt.safeParse({ ...valid, expiresOn: "2026-11-20" }).success).toBe(true);
  });
});

describe("wastageSchema", () => {
  const valid = { batchId: "0b7f9b1e-8d4c-4a51-9a53-3f1f8e0c2d11", doses: "3", wastageKey: "0b7f9b1e-8d4c-4a51-9a53-3f1f8e0c2d12" };

  it("reads doses and an optional, trimmed reason", () => {
    expect(wastageSchema.parse(valid)).toEqual({ ...valid, doses: 3 });
    expect(wastageSchema.parse({ ...valid, reason: "  Vial broke " }).reason).toBe("Vial broke");
  });

  it.each([
    [{ batchId: "12" }, [["batchId", "stock.batchNotFound"]]],
    [{ doses: "-1" }, [["doses", "stock.dosesInvalid"]]],
    [{ reason: "x".repeat(201) }, [["reason", "tooLong"]]],
  ])("refuses %j with %j", (change, expected) => {
    expect(issues(wastageSchema, { ...valid, ...change })).toEqual(expected);
  });
});
