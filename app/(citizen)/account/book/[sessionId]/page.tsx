import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BookingForm, type BookingPerson } from "@/components/appointments/booking-form";
import { SessionSummary } from "@/components/appointments/session-summary";
import { ClientMessages } from "@/components/layout/client-messages";
import { PageHeading } from "@/components/ui/page-heading";
import { loadBookingPage } from "@/lib/appointments/booking-page";
import { formatDay, formatSlot } from "@/lib/appointments/format";
import { refusalMessage } from "@/lib/appointments/refusals";
import { requireCitizenPage } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ sessionId: string }>; searchParams: Promise<{ for?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking.page");
  return { title: t("title") };
}

export default async function BookPage({ params, searchParams }: PageProps) {
  const citizen = await requireCitizenPage();
  const { sessionId } = await params;
  const data = await loadBookingPage(citizen.accountId, sessionId);
  if (!data) notFound();
  const locale = await getLocale();
  const t = await getTranslations("booking");
  const wanted = (await searchParams).for;
  const preselect = typeof wanted === "string" ? wanted : undefined;

  const people: BookingPerson[] = data.people.map((person) => {
    if (person.verdict.ok) {
      const dose = person.verdict.kind === "precaution" ? t("dose.precaution") : t("dose.label", { doseNumber: person.verdict.doseNumber });
      return { id: person.id, name: person.name, dose };
    }
    const { key, values } = refusalMessage(person.verdict.refusal, (day) => formatDay(day, locale));
    return { id: person.id, name: person.name, reason: t(key, values) };
  });
  const slots = data.session.slots.map((slot) => ({ id: slot.id, time: formatSlot(slot.startsAt, slot.endsAt), free: slot.free }));

  return (
    <div className="mx-auto w-full max-w-xl space-y-6">
      <PageHeading title={t("page.title")} />
      <SessionSummary session={data.session} locale={locale} />
      <ClientMessages pick={["booking.page", "validation.summary", "validation.form"]}>
        <BookingForm
          sessionId={data.session.id}
          bookingKey={randomUUID()}
          people={people}
          slots={slots}
          maxPeople={data.maxPeople}
          preselect={preselect}
        />
      </ClientMessages>
    </div>
  );
}
