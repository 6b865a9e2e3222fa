import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { correctDoseBatch } from "@/lib/vaccination/corrections";
import { markDose } from "@/lib/vaccination/mark";
import { addBatch, auditOf, bookedPerson, certificatesOf, citizen, deskWorld, insertAppointments, newKey, options, recordDose, type DeskWorld } from "@/lib/vaccination/test-world";
import { revokeCertificate } from "./lifecycle";
import { certificateFacts, certificateStatus, liveCertificates } from "./queries";
import { revocationHash, revocationList } from "./revocations";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

/** A person given dose 1 at the desk today; their certificate row. */
async function vaccinated(world: DeskWorld) {
  const { beneficiaryId, accountId, appointment } = await bookedPerson(t.db, world);
  const result = await markDose(t.db, world.scope, { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: world.batch.id, idempotencyKey: newKey() }, options);
  if (!result.ok) throw new Error(JSON.stringify(result));
  const [certificate] = await certificatesOf(t.db, [beneficiaryId]);
  return { beneficiaryId, accountId, doseId: result.doseId, certificate: certificate! };
}

describe("certificates follow the doses", () => {
  it("is provisional after dose 1 and final after dose 2, and the final one lists both doses with place and vaccinator", async () => {
    const world = await deskWorld(t.db);
    const { beneficiaryId, accountId, certificate: first } = await vaccinated(world);
    expect(first.kind).toBe("provisional");
    // Dose 1 recorded earlier elsewhere (no vaccinator), dose 2 at today's desk.
    const person = await citizen(t.db);
    const other = { beneficiaryId: person.ids[0]!, accountId: person.context.accountId };
    await recordDose(t.db, other.beneficiaryId, world.vaccine, world.facility, 1, new Date("2026-10-20T05:00:00Z"));
    const [dose2] = await insertAppointments(t.db, world.session, [other.beneficiaryId], { doseNumber: 2 });
    expect(await markDose(t.db, world.scope, { appointmentId: dose2!.id, securityCode: dose2!.securityCode, batchId: world.batch.id, idempotencyKey: newKey() }, options)).toMatchObject({ ok: true, certificateKind: "final" });

    const [final] = await liveCertificates(t.db, { beneficiaryId: other.beneficiaryId });
    expect(final).toMatchObject({ kind: "final", doseNumber: 2 });
    const facts = await certificateFacts(t.db, final!.id, { accountId: other.accountId });
    expect(facts?.doses.map((dose) => [dose.doseNumber, dose.lot, dose.facility, dose.vaccinator])).toEqual([
      [1, "EARLIER", world.facility.name, null],
      [2, world.batch.lot, world.facility.name, expect.any(String)],
    ]);
    expect(facts?.person).toMatchObject({ id: other.beneficiaryId, birthYear: 1980 });

    // Another account's certificate is not there for this one.
    expect(await certificateFacts(t.db, final!.id, { accountId })).toBeUndefined();
    expect(await certificateFacts(t.db, final!.id, {})).toBeUndefined();
    expect(await liveCertificates(t.db, { accountId })).toEqual([expect.objectContaining({ beneficiaryId, kind: "provisional", doseNumber: 1 })]);
  });
});

describe("a corrected dose", () => {
  it("gets a new certificate naming the one it replaces; the old one is superseded and no longer shown", async () => {
    const world = await deskWorld(t.db);
    const { beneficiaryId, accountId, doseId, certificate: old } = await vaccinated(world);
    const right = await addBatch(t.db, world.facility, world.vaccine, { lot: `RIGHT-${newKey().slice(0, 8)}` });

    expect(await correctDoseBatch(t.db, world.scope, { doseId, batchId: right.id }, options)).toMatchObject({ ok: true, changed: true });
    const rows = await certificatesOf(t.db, [beneficiaryId]);
    const replacement = rows.find((row) => row.id !== old.id)!;
    expect(replacement).toMatchObject({ kind: old.kind, doseNumber: 1, replacesCertificateId: old.certificateId, supersededAt: null });
    expect(replacement.certificateId).not.toBe(old.certificateId);
    expect(rows.find((row) => row.id === old.id)!.supersededAt).not.toBeNull();
    expect(await certificateStatus(t.db, old.certificateId)).toEqual({ revoked: false, superseded: true });
    expect(await certificateFacts(t.db, old.id, { accountId })).toBeUndefined();
    expect((await certificateFacts(t.db, replacement.id, { accountId }))?.doses[0]?.lot).toBe(right.lot);

    // A second correction chains on: each certificate is replaced at most once.
    const again = await addBatch(t.db, world.facility, world.vaccine, { lot: `AGAIN-${newKey().slice(0, 8)}` });
    await correctDoseBatch(t.db, world.scope, { doseId, batchId: again.id }, options);
    const chain = await certificatesOf(t.db, [beneficiaryId]);
    expect(chain).toHaveLength(3);
    expect(chain.filter((row) => row.supersededAt === null)).toEqual([expect.objectContaining({ replacesCertificateId: replacement.certificateId })]);
  });

  it("keeps one live certificate per dose in the database", async () => {
    const world = await deskWorld(t.db);
    const { beneficiaryId, certificate } = await vaccinated(world);
    await expect(
      t.db.insert(s.certificates).values({ beneficiaryId, certificateId: `URN:UVCI:01:IN:${newKey().slice(0, 8).toUpperCase()}`, kind: "provisional", doseNumber: certificate.doseNumber }),
    ).rejects.toThrow();
  });
});

describe("revocation", () => {
  it("revokes once with an audited reason, and the published list carries revoked and superseded ids as hashes", async () => {
    const world = await deskWorld(t.db);
    const { certificate } = await vaccinated(world);
    const request = { certificateId: certificate.certificateId, reason: "Issued against a forged photo ID", staffId: world.scope.staffId, ip: null };

    expect(await revokeCertificate(t.db, request)).toEqual({ ok: true });
    expect(await revokeCertificate(t.db, request)).toEqual({ ok: false, reason: "alreadyRevoked" });
    expect(await revokeCertificate(t.db, { ...request, certificateId: "URN:UVCI:01:IN:NOSUCHCERTIFICATE" })).toEqual({ ok: false, reason: "notFound" });
    expect(await certificateStatus(t.db, certificate.certificateId)).toEqual({ revoked: true, superseded: false });
    expect(await auditOf(t.db, "certificate.revoked", [certificate.id])).toEqual([
      expect.objectContaining({ actorId: world.scope.staffId, summary: { certificateId: certificate.certificateId, reason: request.reason } }),
    ]);

    const list = await revocationList(t.db);
    expect(list.entries).toContain(revocationHash(certificate.certificateId));
    expect(list.entries.join()).not.toContain(certificate.certificateId);
  });

  it("carries over to the certificate that replaces a revoked one", async () => {
    const world = await deskWorld(t.db);
    const { beneficiaryId, doseId, certificate } = await vaccinated(world);
    await revokeCertificate(t.db, { certificateId: certificate.certificateId, reason: "Wrong person", staffId: world.scope.staffId, ip: null });
    const right = await addBatch(t.db, world.facility, world.vaccine);
    await correctDoseBatch(t.db, world.scope, { doseId, batchId: right.id }, options);
    const [live] = (await certificatesOf(t.db, [beneficiaryId])).filter((row) => row.supersededAt === null);
    expect(live).toMatchObject({ revocationReason: "Wrong person", replacesCertificateId: certificate.certificateId });
    expect(live!.revokedAt).not.toBeNull();
  });
});
