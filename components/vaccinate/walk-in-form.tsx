"use client";

import { useTranslations } from "next-intl";
import { useActionState, useCallback } from "react";
import { useWatch, type UseFormRegister } from "react-hook-form";
import type { BeneficiaryFormValues, PhotoIdOption } from "@/components/beneficiaries/beneficiary-form";
import { PhotoIdFields } from "@/components/beneficiaries/photo-id-fields";
import { FocusOnArrival } from "@/components/centres/focus-on-arrival";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { ErrorSummary } from "@/components/ui/error-summary";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextField } from "@/components/ui/text-field";
import { genders } from "@/lib/beneficiaries/genders";
import { initialFormState } from "@/lib/forms/form-state";
import { registerWalkInAction } from "@/lib/vaccination/actions";

/** The citizen form's values (so its photo ID fields serve here too), plus the mobile that finds the account. */
type WalkInValues = BeneficiaryFormValues & { mobile: string; sessionId: string; idempotencyKey: string };

const fieldOrder = ["mobile", "name", "gender", "birthYear", "photoIdType", "photoIdNumber"] as const;

interface Props {
  sessionId: string;
  /** Made when the page rendered: a retried post registers the person once. */
  idempotencyKey: string;
  photoIdTypes: PhotoIdOption[];
  thisYear: number;
  mobileExample: string;
}

/**
 * A person registered at the desk with the citizen path's fields and checks (the same zod schema, the same
 * photo ID fields); then straight to their verify page. Works without JavaScript and keeps what was typed.
 */
export function WalkInForm({ sessionId, idempotencyKey, photoIdTypes, thisYear, mobileExample }: Props) {
  const t = useTranslations("vaccinate.walkIn");
  const tf = useTranslations("account.form");
  const tg = useTranslations("account.gender");
  const [state, formAction, pending] = useActionState(registerWalkInAction, initialFormState);
  const echoed = state.values ?? {};
  const values: WalkInValues = {
    beneficiaryId: "",
    // The hidden fields are form values too: the schema checks the whole post.
    sessionId,
    idempotencyKey,
    mobile: echoed.mobile ?? "",
    name: echoed.name ?? "",
    gender: echoed.gender ?? "",
    birthYear: echoed.birthYear ?? "",
    photoIdType: echoed.photoIdType ?? "",
    photoIdNumber: echoed.photoIdNumber ?? "",
    comorbidity: false,
  };
  const loadSchema = useCallback(
    () => import("@/lib/vaccination/schemas").then((schemas) => schemas.walkInSchema({ photoIdTypes }, thisYear)),
    [photoIdTypes, thisYear],
  );
  const { form, onSubmit, onFocus, field, summary } = useValidatedForm(loadSchema, formAction, state, values, "walk-in");
  const { register, control } = form;
  const selectedCode = useWatch({ control, name: "photoIdType" }) ?? values.photoIdType;

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-5 text-lg">
      <ErrorSummary {...summary(fieldOrder)} />
      {/* Server-rendered values too, so the form posts them without JavaScript. */}
      <input type="hidden" {...register("sessionId")} defaultValue={sessionId} />
      <input type="hidden" {...register("idempotencyKey")} defaultValue={idempotencyKey} />
      <TextField
        label={t("mobile")}
        hint={t("mobileHint", { example: mobileExample })}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        defaultValue={values.mobile}
        containerClassName="max-w-sm"
        {...field("mobile")}
        {...register("mobile")}
      />
      <FocusOnArrival id="walk-in-mobile" />
      <TextField label={tf("name")} hint={tf("nameHint")} autoComplete="off" defaultValue={values.name} {...field("name")} {...register("name")} />
      <RadioGroup
        legend={tf("gender")}
        name="gender"
        options={genders.map((value) => ({ value, label: tg(value) }))}
        defaultValue={values.gender}
        {...field("gender")}
        inputProps={register("gender")}
      />
      <TextField
        label={tf("birthYear")}
        hint={tf("birthYearHint")}
        inputMode="numeric"
        maxLength={4}
        autoComplete="off"
        defaultValue={values.birthYear}
        containerClassName="max-w-40"
        {...field("birthYear")}
        {...register("birthYear")}
      />
      {/* The walk-in's values extend the citizen form's; these fields register only their own two. */}
      <PhotoIdFields
        photoIdTypes={photoIdTypes}
        selectedCode={selectedCode}
        values={values}
        register={register as unknown as UseFormRegister<BeneficiaryFormValues>}
        field={field}
      />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" pending={pending} className="min-h-14 text-lg">
          {pending ? t("pending") : t("submit")}
        </Button>
        <ButtonLink href={`/staff/vaccinate/${sessionId}`} variant="secondary" className="min-h-14 text-lg">
          {t("cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
