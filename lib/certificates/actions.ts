"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { clientIp } from "@/lib/audit/record";
import { staffAction } from "@/lib/auth/action";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { revokeCertificate } from "./lifecycle";
import { certificateAdminRoles, revokeSchema } from "./schemas";

export async function revokeCertificateAction(previous: FormState, formData: FormData): Promise<FormState> {
  const action = staffAction({ schema: revokeSchema, roles: certificateAdminRoles }, async (input, { staff, db }) => {
    const t = await getTranslations("certificates.revoke");
    const result = await revokeCertificate(db, { ...input, staffId: staff.id, ip: clientIp(await headers()) });
    if (result.ok) return { ok: true, message: t("done", { id: input.certificateId }) };
    const tv = await getTranslations("validation");
    return { ok: false, message: tv("form.invalid"), fieldErrors: { certificateId: [t(result.reason)] }, values: formValues(formData) };
  });
  return action(previous, formData);
}
