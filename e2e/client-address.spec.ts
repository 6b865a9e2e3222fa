import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";

/*
 * Runs against the "limits" server: VAXPORT_TRUSTED_PROXY_HOPS=1 and a public API limit of 3 per hour.
 * In front of it, the supported deployment in miniature: a proxy that appends the address it saw to
 * X-Forwarded-For. Clients connect to it from different loopback addresses, as different machines would.
 */
let proxy: http.Server;
let proxyPort: number;

test.beforeAll(async ({ baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== "limits", "runs against the limits server only");
  const upstream = new URL(baseURL!);
  proxy = http.createServer((request, response) => {
    const seen = request.socket.remoteAddress!;
    const forwardedFor = [request.headers["x-forwarded-for"], seen].filter(Boolean).join(", ");
    const onward = http.request(
      { host: "127.0.0.1", port: upstream.port, path: request.url, method: request.method, headers: { ...request.headers, "x-forwarded-for": forwardedFor } },
      (answer) => {
        response.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(response);
      },
    );
    request.pipe(onward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyPort = (proxy.address() as AddressInfo).port;
});
test.afterAll(async () => new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve())));

/** A loopback address no earlier run used, so a retry starts with fresh buckets. */
const randomClient = () => `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;

function viaProxy(from: string, spoofed: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: "127.0.0.1", port: proxyPort, localAddress: from, path: "/api/v2/admin/location/states", headers: { "x-forwarded-for": spoofed } },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode!));
      },
    );
    request.on("error", reject);
  });
}

test("a client behind the trusted proxy cannot escape the public API limit by inventing addresses", async () => {
  const client = randomClient();
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push(await viaProxy(client, `203.0.113.${i}, 198.51.100.${i}`));
  expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);

  // The proxy's entry is what counts: another machine behind it still gets through.
  expect(await viaProxy(randomClient(), "203.0.113.1")).toBe(200);
});
