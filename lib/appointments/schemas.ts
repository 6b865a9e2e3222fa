import { z } from "zod";

// What the change forms post. Ids are only references: the commands re-read each row for the account.

export const cancelAppointmentSchema = z.object({
  appointmentId: z.uuid("manage.appointmentNotFound"),
});

/** A reschedule choice is one radio: "<sessionId>/<slotId>", so a session and its slot arrive together. */
export const rescheduleAppointmentSchema = z.object({
  appointmentId: z.uuid("manage.appointmentNotFound"),
  target: z
    .string("manage.chooseSlot")
    .regex(/^[0-9a-f-]{36}\/[0-9a-f-]{36}$/i, "manage.chooseSlot")
    .transform((value) => {
      const [sessionId, slotId] = value.split("/") as [string, string];
      return { sessionId, slotId };
    }),
});
