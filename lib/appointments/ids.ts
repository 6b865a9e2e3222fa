import { z } from "zod";

const uuid = z.uuid();

/** Ids from the client are checked before they reach SQL: a malformed one is simply not found. */
export const isUuid = (value: string): boolean => uuid.safeParse(value).success;
