import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { httpSender, renderBody, SmsGatewayError, type HttpSenderConfig } from "./http-sender";

/** A real local HTTP server playing the gateway: answers with the statuses given, in order. */
async function gateway(statuses: number[], delayMs = 0) {
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)]!;
      setTimeout(() => response.writeHead(status).end(), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`, received };
}
const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

const config = (url: string, overrides: Partial<HttpSenderConfig> = {}): HttpSenderConfig => ({
  url,
  method: "POST",
  headers: { authorization: "Bearer gateway-key" },
  bodyTemplate: '{"msisdn":"{{to}}","message":"{{text}}"}',
  timeoutMs: 1000,
  retries: 2,
  ...overrides,
});
const message = { to: "+919876543210", text: 'Code 123456 "quoted"' };

describe("httpSender", () => {
  it("posts the filled template with the configured headers", async () => {
    const { url, received } = await gateway([200]);
    await httpSender(config(url)).send(message);
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0]!.body)).toEqual({ msisdn: "+919876543210", message: 'Code 123456 "quoted"' });
    expect(received[0]!.headers.authorization).toBe("Bearer gateway-key");
  });

  it("retries a 503 and succeeds, logging the failure without the code", async () => {
    const { url, received } = await gateway([503, 200]);
    const lines: string[] = [];
    await httpSender(config(url), (line) => lines.push(line)).send(message);
    expect(received).toHaveLength(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("HTTP 503");
    expect(lines.join()).not.toContain("123456");
    expect(lines.join()).not.toContain("9876543210");
  });

  it("does not retry a 400 and rejects", async () => {
    const { url, received } = await gateway([400]);
    await expect(httpSender(config(url), () => {}).send(message)).rejects.toBeInstanceOf(SmsGatewayError);
    expect(received).toHaveLength(1);
  });

  it("gives up after the retries when the gateway times out", async () => {
    const { url, received } = await gateway([200], 500);
    const lines: string[] = [];
    await expect(httpSender(config(url, { timeoutMs: 100, retries: 1 }), (line) => lines.push(line)).send(message)).rejects.toThrow();
    expect(received).toHaveLength(2);
    expect(lines.every((line) => line.includes("timeout"))).toBe(true);
  });
});

describe("renderBody", () => {
  it("escapes values so a message cannot break the JSON", () => {
    expect(JSON.parse(renderBody('{"t":"{{text}}"}', { to: "", text: 'a"b\\c\n' }))).toEqual({ t: 'a"b\\c\n' });
  });
});
