"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { BeneficiaryFormValues, ExistingBeneficiary, PhotoIdOption } from "./beneficiary-form";

interface PhotoIdFieldsProps {
  photoIdTypes: PhotoIdOption[];
  existing?: ExistingBeneficiary;
  selectedCode: string;
  values: BeneficiaryFormValues;
  register: UseFormRegister<BeneficiaryFormValues>;
  /** A field's id and error (see useValidatedForm). */
  field: (name: keyof BeneficiaryFormValues) => { id: string; error?: string };
}

/** The ID type and number; a hint follows the chosen type. Once a dose is recorded they are shown, not editable. */
export function PhotoIdFields({ photoIdTypes, existing, selectedCode, values, register, field }: PhotoIdFieldsProps) {
  const t = useTranslations("account.form");
  const selected = photoIdTypes.find((type) => type.code === selectedCode);

  if (existing?.photoIdLocked) {
    const label = photoIdTypes.find((type) => type.code === existing.photoIdType)?.label ?? existing.photoIdType;
    return (
      <div className="flex flex-col gap-1">
        <input type="hidden" {...register("photoIdType")} defaultValue={existing.photoIdType} />
        <input type="hidden" {...register("photoIdNumber")} defaultValue="" />
        <p className="font-semibold text-slate-900">{t("photoIdType")}</p>
        <p id={field("photoIdNumber").id} className="text-slate-700">
          {t("photoIdLocked", { type: label, last4: existing.photoIdLast4 })}
        </p>
      </div>
    );
  }

  const keepsStoredId = existing !== undefined && selectedCode === existing.photoIdType;
  const hint = [
    selected ? t("photoIdNumberHint", { example: selected.example }) : null,
    keepsStoredId ? t("photoIdNumberKeep", { last4: existing.photoIdLast4 }) : null,
  ]
    .filter(Boolean)
    .join(" ");
  // Digits-only types get the numeric keypad on phones.
  const numeric = selected !== undefined && /^[0-9]+$/.test(selected.example);

  return (
    <>
      <SelectField
        label={t("photoIdType")}
        hint={t("photoIdTypeHint")}
        placeholder={t("photoIdTypePlaceholder")}
        options={photoIdTypes.map((type) => ({ value: type.code, label: type.label }))}
        defaultValue={values.photoIdType}
        {...field("photoIdType")}
        {...register("photoIdType")}
      />
      <TextField
        label={t("photoIdNumber")}
        hint={hint || undefined}
        inputMode={numeric ? "numeric" : "text"}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        defaultValue={values.photoIdNumber}
        {...field("photoIdNumber")}
        {...register("photoIdNumber")}
      />
    </>
  );
}
