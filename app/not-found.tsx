import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors");
  return { title: t("notFound.title") };
}

export default function NotFound() {
  const t = useTranslations("errors");
  return (
    <div className="flex flex-col items-start gap-4">
      <PageHeading title={t("notFound.title")} description={<p>{t("notFound.body")}</p>} />
      <ButtonLink href="/">{t("notFound.home")}</ButtonLink>
    </div>
  );
}
