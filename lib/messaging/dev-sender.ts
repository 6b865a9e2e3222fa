import type { Db } from "@/db";
import { messageOutbox } from "@/db/schema";
import type { SmsSender } from "./types";

/** Development only: "sends" into the outbox table and the server log, so a person can read their code. */
export function devSender(db: Db): SmsSender {
  return {
    name: "dev",
    async send({ to, text }) {
      await db.insert(messageOutbox).values({ recipient: to, body: text });
      console.info(`[sms:dev] to ${to}: ${text}`);
    },
  };
}
