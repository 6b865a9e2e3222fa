// Its own module, free of zod, so the family form can list the choices without loading its validation early.
export const genders = ["male", "female", "other"] as const;
export type Gender = (typeof genders)[number];
