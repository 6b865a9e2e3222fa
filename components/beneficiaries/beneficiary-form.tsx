"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useMemo, useRef } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormStateMessage } from "@/components/ui/form-state-message";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextField } from "@/components/ui/text-field";
import { addBeneficiary, updateBeneficiary } from "@/lib/beneficiaries/actions";
import { beneficiarySchema, editBeneficiarySchema, genders } from "@/lib/beneficiaries/schemas";
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

/** Adds a beneficiary, or edits one when `existing` is given. */
export function BeneficiaryForm({ photoIdTypes, thisYear, existing }: { photoIdTypes: PhotoIdOption[]; thisYear: number; existing?: ExistingBeneficiary }) {
  const t = useTranslations("account.form");
  const tg = useTranslations("account.gender");
  const tv = useTranslations("validation");
  const [state, formAction, pending] = useActionState(existing ? updateBeneficiary : addBeneficiary, initialFormState);
  const messageRef = useRef<HTMLDivElement>(null);
  const values = startingValues(existing, state.values);

  const resolver = useMemo(() => {
    const pack = { photoIdTypes };
    const schema = existing ? editBeneficiarySchema(pack, thisYear) : beneficiarySchema(pack, thisYear);
    // The form holds raw strings; the schema coerces them exactly as the server will.
    return zodResolver(schema) as unknown as Resolver<BeneficiaryFormValues>;
  }, [photoIdTypes, thisYear, existing]);

  const { register, handleSubmit, control, formState: { errors } } = useForm<BeneficiaryFormValues>({
    resolver,
    values,
    resetOptions: { keepDirtyValues: true },
  });
  const selectedCode = useWatch({ control, name: "photoIdType" }) ?? values.photoIdType;

  useEffect(() => {
    if (!state.ok && state.message) messageRef.current?.focus();
  }, [state]);

  // Client errors carry catalogue keys; server errors arrive translated.
  const fieldError = (field: keyof BeneficiaryFormValues) => {
    const key = errors[field]?.message;
    if (key) return tv.has(key) ? tv(key) : tv("invalid");
    return state.fieldErrors?.[field]?.[0];
  };

  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        const form = event.currentTarget;
        void handleSubmit(() => startTransition(() => formAction(new FormData(form))))(event);
      }}
      noValidate
      className="space-y-5"
    >
      <div ref={messageRef} tabIndex={-1} className="focus:outline-none">
        <FormStateMessage state={state} />
      </div>
      {existing ? <input type="hidden" {...register("beneficiaryId")} defaultValue={existing.id} /> : null}
      <TextField label={t("name")} hint={t("nameHint")} autoComplete="name" defaultValue={values.name} error={fieldError("name")} {...register("name")} />
      <RadioGroup
        legend={t("gender")}
        name="gender"
        options={genders.map((value) => ({ value, label: tg(value) }))}
        defaultValue={values.gender}
        error={fieldError("gender")}
        inputProps={register("gender")}
      />
      <TextField
        label={t("birthYear")}
        hint={t("birthYearHint")}
        inputMode="numeric"
        maxLength={4}
        autoComplete="bday-year"
        defaultValue={values.birthYear}
        error={fieldError("birthYear")}
        {...register("birthYear")}
        containerClassName="max-w-40"
      />
      <PhotoIdFields
        photoIdTypes={photoIdTypes}
        existing={existing}
        selectedCode={selectedCode}
        values={values}
        register={register}
        fieldError={fieldError}
      />
      <CheckboxField label={t("comorbidity")} hint={t("comorbidityHint")} defaultChecked={values.comorbidity} {...register("comorbidity")} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" pending={pending}>
          {existing ? (pending ? t("saving") : t("save")) : pending ? t("adding") : t("add")}
        </Button>
        <ButtonLink href="/account" variant="secondary">
          {t("cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
