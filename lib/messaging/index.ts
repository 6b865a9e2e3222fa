import { getDb } from "@/db";
import { getCountryPack } from "@/lib/country";
import { config, type Config } from "@/lib/config";
import { devSender } from "./dev-sender";
import { httpSender } from "./http-sender";
import type { SmsSender } from "./types";

export type { SmsSender } from "./types";

/** SMS_SENDER=http for a real gateway; the development sender otherwise. */
export function configuredSenderName(settings: Config = config()): "dev" | "http" {
  return settings.sms.sender;
}

/** The development sender (which shows each visitor their own code) exists only outside production, unless a demo allows it. */
export function devSenderAllowed(settings: Config = config()): boolean {
  return !settings.production || settings.sms.allowDevSender;
}

/** Run before serving: a production server must never show codes on the sign-in page by accident. */
export function assertSenderConfigured(settings: Config = config()): void {
  if (configuredSenderName(settings) === "dev" && !devSenderAllowed(settings)) {
    throw new Error(
      "Refusing to start: production build with the development SMS sender. Set SMS_SENDER=http and SMS_HTTP_URL, or VAXPORT_ALLOW_DEV_SENDER=true for a demo.",
    );
  }
}

export async function getSmsSender(settings: Config = config()): Promise<SmsSender> {
  const { sms } = settings;
  if (sms.sender === "dev") {
    if (!devSenderAllowed(settings)) throw new Error("The development SMS sender is not allowed here");
    return devSender(await getDb(), getCountryPack().phone);
  }
  return httpSender(sms.http);
}
