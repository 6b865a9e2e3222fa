import type postgres from "postgres";
import { generateUvci } from "@/lib/certificates/uvci";
import { measuredLoad, type MeasuredLoad } from "./measured-load";
import { citizenSessionCookie } from "./session-cookie";
import type { Citizen } from "./booking-world";

/** A signed-in citizen and one of their people's certificates (made directly: a dose and its certificate row). */
export interface CertificateHolder {
  cookie: string;
  certificateRowId: string;
}

/** Gives the first person of each citizen a dose 1 of `vaccineCode` and its certificate; answers each holder. */
export async function prepareCertificateHolders(sql: postgres.Sql, citizens: readonly Citizen[], authSecret: string): Promise<CertificateHolder[]> {
  const [place] = await sql<{ facilityId: number; vaccineCode: string }[]>`
    select f.id as "facilityId", v.code as "vaccineCode" from facilities f cross join vaccines v where v.active order by f.id, v.code limit 1`;
  const holders: CertificateHolder[] = [];
  for (const citizen of citizens) {
    const beneficiaryId = citizen.beneficiaryIds[0]!;
    await sql`insert into doses (beneficiary_id, dose_number, vaccine_code, lot, facility_id, administered_at)
      values (${beneficiaryId}, 1, ${place!.vaccineCode}, 'BENCH-LOT', ${place!.facilityId}, now() - interval '1 day') on conflict do nothing`;
    const [certificate] = await sql<{ id: string }[]>`
      insert into certificates (beneficiary_id, certificate_id, kind, dose_number) values (${beneficiaryId}, ${generateUvci("IN")}, 'provisional', 1)
      on conflict do nothing returning id`;
    if (certificate) holders.push({ cookie: await citizenSessionCookie(authSecret, citizen), certificateRowId: certificate.id });
  }
  return holders;
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

/** POST /api/certificates/verify with certificates the server's key signed, as another system would. */
export function verifyOverHttp(port: number, pgid: number, texts: readonly string[], connections: number, seconds: number): Promise<MeasuredLoad> {
  return measuredLoad(
    "certificate verify (POST /api/certificates/verify)",
    {
      url: `http://127.0.0.1:${port}`,
      connections,
      duration: seconds,
      requests: [{ method: "POST", setupRequest: (req) => ({ ...req, path: "/api/certificates/verify", headers: { "content-type": "application/json" }, body: JSON.stringify({ hc1: pick(texts) }) }) }],
    },
    pgid,
    seconds + 30,
  );
}

/** The certificate PDF as a citizen downloads it: signed now, rendered in English, for a random holder. */
export function pdfOverHttp(port: number, pgid: number, holders: readonly CertificateHolder[], connections: number, seconds: number): Promise<MeasuredLoad> {
  return measuredLoad(
    "certificate PDF (GET …/certificate.pdf, signed in)",
    {
      url: `http://127.0.0.1:${port}`,
      connections,
      duration: seconds,
      requests: [
        {
          setupRequest: (req) => {
            const holder = pick(holders);
            return { ...req, path: `/account/certificates/${holder.certificateRowId}/certificate.pdf`, headers: { cookie: holder.cookie } };
          },
        },
      ],
    },
    pgid,
    seconds + 30,
  );
}
