import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The project's own config, applied to snippets as if they lived at the given paths.
const eslint = new ESLint({ cwd: path.resolve(__dirname) });

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(__dirname, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
}

describe("the data-access lint rule", () => {
  it.each([
    ['import { getDb } from "@/db";', "app/(citizen)/account/page.tsx"],
    ['import { beneficiaries } from "@/db/schema";', "app/(public)/centres/page.tsx"],
    ['import type { Db } from "@/db/client";', "components/beneficiaries/beneficiary-card.tsx"],
    ['import { getDb } from "../../db";', "components/centres/card.tsx"],
    ['import { getDb } from "../../../db/index";', "app/(staff)/staff/page.tsx"],
    ['import { eq } from "drizzle-orm";', "app/(staff)/staff/page.tsx"],
    ['import postgres from "postgres";', "components/ui/anything.tsx"],
  ])("refuses %s in %s", async (code, filePath) => {
    expect(await restrictedImports(code, filePath)).toEqual([expect.stringMatching(/entry point in lib\/<domain>\//)]);
  }, 30_000);

  it.each([
    ['import { loadFamily } from "@/lib/beneficiaries/family";', "app/(citizen)/account/page.tsx"],
    ['import { dbFriendlyName } from "@/lib/dbx";', "components/ui/anything.tsx"],
    ['import { getDb } from "@/db";', "lib/beneficiaries/family.ts"],
    ['import { getDb } from "@/db";', "app/api/health/route.ts"],
  ])("allows %s in %s", async (code, filePath) => {
    expect(await restrictedImports(code, filePath)).toEqual([]);
  }, 30_000);
});
