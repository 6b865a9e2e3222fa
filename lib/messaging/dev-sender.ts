import type { Db } from "@/db";
import { messageOutbox } from "@/db/schema";
import { maskMobile } from "@/lib/accounts/phone";
import type { PhoneRules } from "@/lib/country/types";
import type { SmsSender } from "./types";

/**
 * Development and public demos: "sends" into the outbox table, which nothing lists. The person who asked
 * for a code sees it on their own sign-in step instead; the log gets neither the code nor the full number.
 */
export function devSender(db: Db, phone: PhoneRules, log: (line: string) => void = console.info): SmsSender {
  return {
    name: "dev",
    async send({ to, text }) {
      await db.insert(messageOutbox).values({ recipient: to, body: text });
      log(`[sms:dev] to ${maskMobile(to, phone)}: kept in the outbox, not sent`);
    },
  };
}
