import { getDb } from "@/db";
import { getCountryPack } from "@/lib/country";
import { devSender } from "./dev-sender";
import { httpSender } from "./http-sender";
import type { SmsSender } from "./types";

export type { SmsSender } from "./types";

/** SMS_SENDER=http for a real gateway; the development sender otherwise. */
export function configuredSenderName(): "dev" | "http" {
  return process.env.SMS_SENDER === "http" ? "http" : "dev";
}

/** The development sender (which shows each visitor their own code) exists only outside production, unless a demo allows it. */
export function devSenderAllowed(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.VAXPORT_ALLOW_DEV_SENDER === "true";
}

/** Run before serving: a production server must never show codes on the sign-in page by accident. */
export function assertSenderConfigured(): void {
  if (configuredSenderName() === "dev" && !devSenderAllowed()) {
    throw new Error(
      "Refusing to start: production build with the development SMS sender. Set SMS_SENDER=http and SMS_HTTP_URL, or VAXPORT_ALLOW_DEV_SENDER=true for a demo.",
    );
  }
  if (configuredSenderName() === "http" && !process.env.SMS_HTTP_URL) throw new Error("SMS_SENDER=http needs SMS_HTTP_URL");
}

export async function getSmsSender(): Promise<SmsSender> {
  if (configuredSenderName() === "dev") {
    if (!devSenderAllowed()) throw new Error("The development SMS sender is not allowed here");
    return devSender(await getDb(), getCountryPack().phone);
  }
  return httpSender({
    url: process.env.SMS_HTTP_URL!,
    method: process.env.SMS_HTTP_METHOD ?? "POST",
    headers: JSON.parse(process.env.SMS_HTTP_HEADERS ?? "{}") as Record<string, string>,
    bodyTemplate: process.env.SMS_HTTP_BODY ?? '{"to":"{{to}}","text":"{{text}}"}',
    timeoutMs: Number(process.env.SMS_HTTP_TIMEOUT_MS ?? 5000),
    retries: Number(process.env.SMS_HTTP_RETRIES ?? 2),
  });
}
