import { randomInt, randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { generateConfirmationNumber } from "../../lib/appointments/confirmation";
import type { CountryPack } from "../../lib/country/types";
import { isoDateIn } from "../../lib/time/dates";
import { withServerDatabase } from "./booking";
import { text } from "./labels";

export interface GivenDoseFixture {
  sessionId: string;
  doseId: string;
  personName: string;
  lot: string;
  /** Another usable batch of the same vaccine at the facility, to correct the dose to. */
  otherLot: string;
  batchIds: { given: string; other: string };
}

/**
 * A dose given just now by a demo vaccinator at their facility, written to the server's database
 * as a mark leaves it (a completed appointment on a counted seat, one dose taken from a usable batch), so a
 * spec can open its page without first working through the queue.
 */
export async function givenDose(baseURL: string, pack: CountryPack, vaccinator = "vaccinator"): Promise<GivenDoseFixture> {
  const today = isoDateIn(pack.timeZone);
  const personName = `Dose Test ${randomUUID().slice(0, 6).replace(/[0-9]/g, (d) => "ABCDEFGHIJ"[Number(d)]!)}`;
  return withServerDatabase(baseURL, (sql) =>
    sql.begin(async (tx) => {
      const [staff] = await tx<{ id: string; facilityId: number }[]>`select id, facility_id as "facilityId" from staff_users where username = ${vaccinator}`;
      const [session] = await tx<{ id: string; vaccineCode: string; districtId: number }[]>`
        update sessions set booked_dose1 = booked_dose1 + 1
        where id = (select id from sessions where facility_id = ${staff!.facilityId} and date = ${today} and booked_dose1 < capacity_dose1 order by min_age limit 1)
        returning id, vaccine_code as "vaccineCode", district_id as "districtId"`;
      if (!session) throw new Error(`No session with a free dose-1 seat today at ${vaccinator}'s facility`);
      const batches = await tx<{ id: string; lot: string }[]>`
        select id, lot from stock_batches
        where facility_id = ${staff!.facilityId} and vaccine_code = ${session.vaccineCode} and expires_on >= ${today}
          and doses_used + doses_wasted + 1 < doses_received
        order by expires_on, lot limit 2`;
      if (batches.length < 2) throw new Error(`Fewer than two usable batches of ${session.vaccineCode} at ${vaccinator}'s facility`);
      const [given, other] = [batches[0]!, batches[1]!];

      const [account] = await tx<{ id: string }[]>`insert into accounts (mobile, beneficiary_count) values (${`+9197${randomInt(10_000_000, 99_999_999)}`}, 1) returning id`;
      const [person] = await tx<{ id: string }[]>`
        insert into beneficiaries (account_id, reference_id, name, gender, birth_year, photo_id_type, photo_id_hash, photo_id_last4)
        values (${account!.id}, ${`${randomInt(1, 10)}${String(randomInt(0, 1e12)).padStart(12, "0")}`}, ${personName}, 'female', 1980, 'AADHAAR', ${randomUUID()}, '4321')
        returning id`;
      const [appointment] = await tx<{ id: string }[]>`
        insert into appointments (beneficiary_id, session_id, district_id, dose_number, capacity_kind, status, confirmation_number, security_code)
        values (${person!.id}, ${session.id}, ${session.districtId}, 1, 'dose1', 'completed', ${generateConfirmationNumber()}, '1234')
        returning id`;
      await tx`update stock_batches set doses_used = doses_used + 1 where id = ${given.id}`;
      const [dose] = await tx<{ id: string }[]>`
        insert into doses (beneficiary_id, dose_number, vaccine_code, stock_batch_id, lot, facility_id, session_id, appointment_id, vaccinator_id, administered_at)
        values (${person!.id}, 1, ${session.vaccineCode}, ${given.id}, ${given.lot}, ${staff!.facilityId}, ${session.id}, ${appointment!.id}, ${staff!.id}, now())
        returning id`;
      return { sessionId: session.id, doseId: dose!.id, personName, lot: given.lot, otherLot: other.lot, batchIds: { given: given.id, other: other.id } };
    }),
  );
}

/** The dose page (/staff/vaccinate/<session>/doses/<dose>): what was given, the batch correction and AEFI forms. */
export class DosePage {
  readonly changeBatch: Locator;
  readonly onsetOn: Locator;
  readonly notes: Locator;
  readonly recordEvent: Locator;
  readonly events: Locator;

  constructor(readonly page: Page) {
    this.changeBatch = page.getByRole("button", { name: text("dose.correct.submit", { exact: true }) });
    this.onsetOn = page.getByLabel(text("dose.aefi.onsetOn", { exact: true }));
    this.notes = page.getByLabel(text("dose.aefi.notes", { exact: true }));
    this.recordEvent = page.getByRole("button", { name: text("dose.aefi.submit", { exact: true }) });
    this.events = page.getByRole("list", { name: text("dose.aefi.listLabel", { exact: true }) }).getByRole("listitem");
  }

  async goto(dose: Pick<GivenDoseFixture, "sessionId" | "doseId">) {
    await this.page.goto(`/staff/vaccinate/${dose.sessionId}/doses/${dose.doseId}`);
  }

  /** The value shown against a label in "What was given". */
  detail(labelKey: "page.batch" | "page.person" | "page.dose" | "page.vaccinator"): Locator {
    return this.page.getByRole("term").filter({ hasText: text(`dose.${labelKey}`, { exact: true }) }).locator("xpath=following-sibling::dd[1]");
  }

  batchChoice(lot: string): Locator {
    return this.page.getByRole("radio", { name: new RegExp(`\\b${lot}\\b`) });
  }

  severity(key: "minor" | "severe" | "serious"): Locator {
    return this.page.getByRole("radio", { name: text(`dose.aefi.severities.${key}`, { exact: true }) });
  }
}
