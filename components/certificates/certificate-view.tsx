import { getTranslations } from "next-intl/server";
import { DetailItem } from "@/components/ui/detail-item";
import { PrintButton } from "@/components/appointments/print-button";
import { QrSvg } from "@/components/appointments/qr-svg";
import { buttonClassName } from "@/components/ui/button-styles";
import { DataText } from "@/components/ui/data-text";
import type { CertificateDocument } from "@/lib/pdf/certificate";

/** The certificate as a page: what the PDF prints, with the QR large enough to scan from the screen. */
export async function CertificateView({ document, revoked, pdfHref }: { document: CertificateDocument; revoked: boolean; pdfHref: string }) {
  const t = await getTranslations("certificates.page");
  const { person } = document;
  return (
    <article className="mx-auto w-full max-w-3xl space-y-5 rounded-md border border-slate-300 bg-white p-4 print:max-w-none print:border-0 print:p-0">
      <header className="space-y-1">
        <p className="text-sm font-semibold text-slate-600">{document.issuer}</p>
        <h1 className="text-2xl font-bold text-slate-900">{t(`title.${document.kind}`)}</h1>
      </header>
      {revoked ? (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 font-semibold text-red-900">
          {t("revoked")}
        </p>
      ) : null}
      <div className="flex flex-col gap-5 sm:flex-row sm:items-start sm:justify-between">
        <dl className="grid flex-1 grid-cols-1 gap-3">
          <DetailItem term={t("name")}>
            <DataText>{person.name}</DataText>
          </DetailItem>
          <DetailItem term={t("birthYear")}>{person.birthYear}</DetailItem>
          <DetailItem term={t("gender")}>{person.gender}</DetailItem>
          <DetailItem term={t("photoId")}>
            <span className="font-mono">{person.photoId}</span>
          </DetailItem>
          <DetailItem term={t("referenceId")}>
            <span className="font-mono">{person.referenceId}</span>
          </DetailItem>
        </dl>
        <QrSvg text={document.qrText} label={t("qr")} size={288} />
      </div>
      <section aria-labelledby="certificate-doses" className="space-y-2">
        <h2 id="certificate-doses" className="text-lg font-bold text-slate-900">
          {t("doses")}
        </h2>
        <ol className="space-y-3">
          {document.doses.map((dose) => (
            <li key={dose.doseNumber} className="rounded-md border border-slate-200 p-3">
              <p className="font-semibold">{t("dose", { number: dose.doseNumber })}</p>
              <dl className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
                <DetailItem term={t("vaccine")}>{dose.vaccine}</DetailItem>
                <DetailItem term={t("manufacturer")}>{dose.manufacturer}</DetailItem>
                <DetailItem term={t("batch")}>
                  <span className="font-mono">{dose.batch}</span>
                </DetailItem>
                <DetailItem term={t("date")}>{dose.date}</DetailItem>
                <DetailItem term={t("place")}>{dose.place}</DetailItem>
                <DetailItem term={t("vaccinator")}>{dose.vaccinator}</DetailItem>
              </dl>
            </li>
          ))}
        </ol>
      </section>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <DetailItem term={t("certificateId")}>
          <span className="font-mono break-all">{document.certificateId}</span>
        </DetailItem>
        <DetailItem term={t("issuedOn")}>{document.issuedOn}</DetailItem>
      </dl>
      <p className="text-slate-700">{t("howToVerify", { url: document.verifyUrl })}</p>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center print:hidden">
        <a href={pdfHref} download className={buttonClassName("primary")}>
          {t("pdf")}
        </a>
        <PrintButton label={t("print")} />
      </div>
    </article>
  );
}
