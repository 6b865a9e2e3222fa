/**
 * Calls a server action over HTTP the way the browser's React does for a `useActionState` form: POST to
 * the page's URL with `Next-Action: <id>` and the arguments `(previousState, formData)` encoded as React's
 * encodeReply does (React 19.3): "_1_<name>" parts hold the FormData's fields, in order, then part "0"
 * holds the argument list as JSON, where "$K1" stands for that FormData.
 */
import fs from "node:fs";
import path from "node:path";

interface ManifestEntry {
  filename: string;
  exportedName: string;
}

/** The id `next build` gave the export `exportedName` of `filename` (e.g. lib/appointments/actions.ts). */
export function serverActionId(filename: string, exportedName: string, dir = ".next"): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} of ${filename} in the build: is it exported with "use server" and used by a page?`);
  return found[0];
}

export const BOUNDARY = "----vaxportbench7MA4YWxkTrZu0gW";

/** The multipart body for `action(previousState, formData)`; repeated fields repeat, as in a browser's FormData. */
export function actionBody(previousState: unknown, fields: readonly (readonly [string, string])[]): string {
  // encodeReply escapes strings that begin with "$"; the previous state the bench sends has none.
  // The root part comes last, as encodeReply writes it: the server resolves "$K1" as soon as it reads it.
  const parts: [string, string][] = [...fields.map(([name, value]): [string, string] => [`_1_${name}`, value]), ["0", JSON.stringify([previousState, "$K1"])]];
  const body = parts.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("");
  return `${body}--${BOUNDARY}--\r\n`;
}

export const actionContentType = `multipart/form-data; boundary=${BOUNDARY}`;
