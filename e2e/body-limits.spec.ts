import http from "node:http";
import { expect, test } from "@playwright/test";

const TEN_MB = 10 * 1024 * 1024;

/** Posts `bytes` of form data with plain node:http (declared length, or chunked), and times the answer. */
function post(baseURL: string, path: string, bytes: number, chunked = false): Promise<{ status: number; body: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { "content-type": "application/x-www-form-urlencoded" };
    if (!chunked) headers["content-length"] = bytes;
    const request = http.request(new URL(path, baseURL), { method: "POST", headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, body, ms: Date.now() - started }));
    });
    // The server may answer and close before the whole body is sent.
    request.on("error", reject);
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    const write = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", write);
      }
      request.end();
    };
    write();
  });
}

for (const [name, path] of [
  ["the Auth.js sign-in callback", "/api/auth/callback/staff"],
  ["a public API route", "/api/v2/admin/location/states"],
] as const) {
  test(`a 10 MB POST to ${name} is refused with 413 at once`, async ({ baseURL }) => {
    for (const chunked of [false, true]) {
      const { status, body, ms } = await post(baseURL!, path, TEN_MB, chunked);
      expect(status, chunked ? "chunked" : "with Content-Length").toBe(413);
      expect(JSON.parse(body)).toEqual({ errorCode: "PAYLOAD_TOO_LARGE", error: expect.stringContaining("16 KB") });
      expect(ms).toBeLessThan(3000);
    }
  });
}

test("a 10 MB POST to a page (a server action) is refused with 413 at once", async ({ baseURL }) => {
  const { status, ms } = await post(baseURL!, "/sign-in", TEN_MB);
  expect(status).toBe(413);
  expect(ms).toBeLessThan(3000);
});

test("ordinary sign-in posts still get through", async ({ request }) => {
  const response = await request.post("/api/auth/callback/staff", {
    form: { username: "nobody", password: "wrong-password" },
    maxRedirects: 0,
  });
  expect(response.status()).not.toBe(413);
});
