"use client";

import { useTranslations } from "next-intl";
import { useActionState, useCallback } from "react";
import { useWatch } from "react-hook-form";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextField } from "@/components/ui/text-field";
import { addBeneficiary, updateBeneficiary } from "@/lib/beneficiaries/actions";
import { genders } from "@/lib/beneficiaries/genders";
import type { PhotoIdType } from "@/lib/country/types";
import { initialFormState } from "@/lib/forms/form-state";
import { PhotoIdFields } from "./photo-id-fields";

/** A pack's photo ID type with its label already in the page's locale. */
export type PhotoIdOption = Pick<PhotoIdType, "code" | "pattern" | "checksum" | "example"> & { label: string };

export interface ExistingBeneficiary {
  id: string;
  name: string;
  gender: string;
  birthYear: number;
  photoIdType: string;
  photoIdLast4: string;
  comorbidity: boolean;
  /** A dose is recorded: the photo ID is fixed. */
  photoIdLocked: boolean;
}

export type BeneficiaryFormValues = {
  beneficiaryId: string;
  name: string;
  gender: string;
  birthYear: string;
  photoIdType: string;
  photoIdNumber: string;
  comorbidity: boolean;
};

function startingValues(existing: ExistingBeneficiary | undefined, echoed: Record<string, string> | undefined): BeneficiaryFormValues {
  // After a failed submit the server echoes what was typed; an unticked checkbox is simply absent.
  if (echoed) {
    const { name = "", gender = "", birthYear = "", photoIdType = "", photoIdNumber = "" } = echoed;
    return { beneficiaryId: existing?.id ?? "", name, gender, birthYear, photoIdType, photoIdNumber, comorbidity: echoed.comorbidity === "on" };
  }
  return {
    beneficiaryId: existing?.id ?? "",
    name: existing?.name ?? "",
    gender: existing?.gender ?? "",
    birthYear: existing ? String(existing.birthYear) : "",
    photoIdType: existing?.photoIdType ?? "",
    photoIdNumber: "",
    comorbidity: existing?.comorbidity ?? false,
  };
}

/** The order of the fields on the page, which the error summary follows. */
const fieldOrder = ["name", "gender", "birthYear", "photoIdType", "photoIdNumber", "comorbidity"] as const;

/**
 * Adds a beneficiary, or edits one when `existing` is given. `bookSessionId`: opened from that session's
 * booking page, so adding (or cancelling) leads back there.
 */
export function BeneficiaryForm({ photoIdTypes, thisYear, existing, bookSessionId }: {
  photoIdTypes: PhotoIdOption[];
  thisYear: number;
  existing?: ExistingBeneficiary;
  bookSessionId?: string;
}) {
  const t = useTranslations("account.form");
  const tg = useTranslations("account.gender");
  const [state, formAction, pending] = useActionState(existing ? updateBeneficiary : addBeneficiary, initialFormState);
  const values = startingValues(existing, state.values);
  // The form holds raw strings; the schema coerces them exactly as the server will.
  const editing = existing !== undefined;
  const loadSchema = useCallback(
    () =>
      import("@/lib/beneficiaries/schemas").then((schemas) =>
        editing ? schemas.editBeneficiarySchema({ photoIdTypes }, thisYear) : schemas.beneficiarySchema({ photoIdTypes }, thisYear),
      ),
    [photoIdTypes, thisYear, editing],
  );
  const { form, onSubmit, onFocus, field, summary } = useValidatedForm(loadSchema, formAction, state, values, "beneficiary");
  const { register, control } = form;
  const selectedCode = useWatch({ control, name: "photoIdType" }) ?? values.photoIdType;

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-5">
      <ErrorSummary {...summary(fieldOrder)} />
      {existing ? <input type="hidden" {...register("beneficiaryId")} defaultValue={existing.id} /> : null}
      {bookSessionId ? <input type="hidden" name="book" value={bookSessionId} /> : null}
      <TextField label={t("name")} hint={t("nameHint")} autoComplete="name" defaultValue={values.name} {...field("name")} {...register("name")} />
      <RadioGroup
        legend={t("gender")}
        name="gender"
        options={genders.map((value) => ({ value, label: tg(value) }))}
        defaultValue={values.gender}
        {...field("gender")}
        inputProps={register("gender")}
      />
      <TextField
        label={t("birthYear")}
        hint={t("birthYearHint")}
        inputMode="numeric"
        maxLength={4}
        autoComplete="bday-year"
        defaultValue={values.birthYear}
        {...field("birthYear")}
        {...register("birthYear")}
        containerClassName="max-w-40"
      />
      <PhotoIdFields
        photoIdTypes={photoIdTypes}
        existing={existing}
        selectedCode={selectedCode}
        values={values}
        register={register}
        field={field}
      />
      <CheckboxField label={t("comorbidity")} hint={t("comorbidityHint")} defaultChecked={values.comorbidity} {...field("comorbidity")} {...register("comorbidity")} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" pending={pending}>
          {existing ? (pending ? t("saving") : t("save")) : pending ? t("adding") : t("add")}
        </Button>
        <ButtonLink href={bookSessionId ? `/account/book/${bookSessionId}` : "/account"} variant="secondary">
          {t("cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
