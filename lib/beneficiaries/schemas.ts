import { z } from "zod";
import { normalisePhotoId, photoIdProblem } from "@/lib/country/photo-id";
import type { PhotoIdType } from "@/lib/country/types";
import { normaliseDigits } from "@/lib/forms/digits";
import { genders } from "./genders";
import { birthYearRange } from "./rules";

// Built from the country pack so the browser and the server validate alike. Messages are keys into the
// "validation" catalogue; a photo ID error names its type (validation.photoId.invalid.<CODE>).

export { genders, type Gender } from "./genders";

/** A country pack, or just the parts of its photo ID types that validation needs (what a browser form gets). */
export type PhotoIdPack = { photoIdTypes: readonly Pick<PhotoIdType, "code" | "pattern" | "checksum">[] };

// Letters and combining marks of any script (Devanagari vowel signs are marks), spaces, dots, apostrophes.
const NAME_PATTERN = /^[\p{L}\p{M}][\p{L}\p{M} .']*$/u;

/** Digits in any script; blank is missing; a whole number is a number, anything else is left to fail as not one. */
function yearInput(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = normaliseDigits(value).trim();
  if (text === "") return undefined;
  return /^[0-9]+$/.test(text) ? Number(text) : text;
}

function personFields(pack: PhotoIdPack, thisYear: number) {
  const { min, max } = birthYearRange(thisYear);
  const codes = pack.photoIdTypes.map((type) => type.code);
  return {
    name: z
      .string()
      .trim()
      .min(1, "required")
      .max(100, "tooLong")
      .regex(NAME_PATTERN, "beneficiary.nameInvalid")
      .transform((name) => name.replace(/\s+/g, " ")),
    gender: z.enum(genders, "beneficiary.genderRequired"),
    birthYear: z.preprocess(
      yearInput,
      z
        .number({ error: (issue) => (issue.input === undefined ? "beneficiary.birthYearRequired" : "beneficiary.birthYearInvalid") })
        .int("beneficiary.birthYearInvalid")
        .min(min, "beneficiary.birthYearRange")
        .max(max, "beneficiary.birthYearRange"),
    ),
    photoIdType: z.string("beneficiary.photoIdTypeRequired").refine((code) => codes.includes(code), "beneficiary.photoIdTypeRequired"),
    photoIdNumber: z.string().default("").pipe(z.string().trim().max(40, "tooLong").transform(normalisePhotoId)),
    // An unticked checkbox sends nothing; a ticked one sends "on" (or true from react-hook-form).
    comorbidity: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
  };
}

/** Pattern and checksum of the chosen type, reported on the number field. Blank passes only when optional. */
function photoIdCheck(pack: PhotoIdPack, numberRequired: boolean) {
  return (value: { photoIdType: string; photoIdNumber: string }, ctx: z.RefinementCtx) => {
    const type = pack.photoIdTypes.find((candidate) => candidate.code === value.photoIdType);
    if (!type || typeof value.photoIdNumber !== "string") return;
    if (value.photoIdNumber === "") {
      if (numberRequired) ctx.addIssue({ code: "custom", path: ["photoIdNumber"], message: "required" });
      return;
    }
    const problem = photoIdProblem(type, value.photoIdNumber);
    if (problem) ctx.addIssue({ code: "custom", path: ["photoIdNumber"], message: `photoId.${problem}.${type.code}` });
  };
}

/** Check the ID even while other fields are wrong, so every error shows at once; not when its own fields failed. */
const photoIdCheckWhen = {
  when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !payload.issues.some((issue) => issue.path?.[0] === "photoIdType" || issue.path?.[0] === "photoIdNumber"),
};

export function beneficiarySchema(pack: PhotoIdPack, thisYear: number) {
  return z.object(personFields(pack, thisYear)).superRefine(photoIdCheck(pack, true), photoIdCheckWhen);
}

/** Editing: a blank ID number keeps the stored one (only its hash is kept, so it cannot be shown again). */
export function editBeneficiarySchema(pack: PhotoIdPack, thisYear: number) {
  return z
    .object({ ...personFields(pack, thisYear), beneficiaryId: z.uuid("beneficiary.notFound") })
    .superRefine(photoIdCheck(pack, false), photoIdCheckWhen);
}

export const removeBeneficiarySchema = z.object({ beneficiaryId: z.uuid("beneficiary.notFound") });

export type BeneficiaryInput = z.output<ReturnType<typeof beneficiarySchema>>;
export type EditBeneficiaryInput = z.output<ReturnType<typeof editBeneficiarySchema>>;
/** What the form holds before parsing (strings from inputs, a boolean from the checkbox). */
export type BeneficiaryFormValues = z.input<ReturnType<typeof editBeneficiarySchema>>;

/** The session whose booking page sent someone to add a person (`?book=`): adding them leads back to it. */
export const bookingSessionParam = z.uuid();
