import { formatDay } from "@/lib/appointments/format";
import { maskPhotoId } from "@/lib/beneficiaries/rules";
import { localise } from "@/lib/country/text";
import type { CountryPack } from "@/lib/country/types";
import type { Locale } from "@/lib/i18n/locales";
import type { CertificateDocument } from "@/lib/pdf/certificate";
import { isoDateIn } from "@/lib/time/dates";
import type { CertificateFacts } from "./queries";

/** Words the document needs that are not data: the gender's name, and what to print when no vaccinator was recorded. */
export interface DocumentWords {
  gender: (gender: string) => string;
  unrecorded: string;
}

/**
 * What a certificate states, formatted for reading in the citizen's language: the page and the PDF both
 * print this, so they never disagree.
 */
export function certificateDocument(
  facts: CertificateFacts,
  signed: { qrText: string; verifyUrl: string },
  context: { pack: CountryPack; locale: Locale; words: DocumentWords },
): CertificateDocument {
  const { pack, locale, words } = context;
  const vaccineOf = (code: string) => pack.vaccines.find((vaccine) => vaccine.code === code);
  const idType = pack.photoIdTypes.find((type) => type.code === facts.person.photoIdType);
  return {
    kind: facts.kind,
    certificateId: facts.certificateId,
    qrText: signed.qrText,
    verifyUrl: signed.verifyUrl,
    issuedOn: formatDay(isoDateIn(pack.timeZone, facts.issuedAt), locale),
    issuer: pack.certificate.issuer,
    person: {
      name: facts.person.name,
      birthYear: String(facts.person.birthYear),
      gender: words.gender(facts.person.gender),
      photoId: `${idType ? localise(idType.label, locale) : facts.person.photoIdType} ${maskPhotoId(facts.person.photoIdLast4)}`,
      referenceId: facts.person.referenceId,
    },
    doses: facts.doses.map((dose) => ({
      doseNumber: String(dose.doseNumber),
      vaccine: vaccineOf(dose.vaccineCode)?.name ?? dose.vaccineCode,
      manufacturer: vaccineOf(dose.vaccineCode)?.manufacturer ?? "",
      batch: dose.lot,
      date: formatDay(isoDateIn(pack.timeZone, dose.administeredAt), locale),
      place: `${dose.facility}, ${dose.district}, ${dose.state}`,
      vaccinator: dose.vaccinator ?? words.unrecorded,
    })),
  };
}
