/**
 * next-intl's global types. `Locale` is always on, so `useLocale()` returns a `Locale`.
 *
 * `Messages` (the English catalogue's shape) is exported but NOT registered yet: with it,
 * every `t(key)` is checked at compile time, but code that translates keys computed at
 * run time (zod error keys via `lib/forms/parse.ts`, `components/auth/*`) must then cast
 * or use `t.has(key)`. To turn it on, add `Messages: Messages;` to `AppConfig` below.
 * The catalogue test keeps every other locale in step with English either way.
 */
import type common from "../../messages/en/common.json";
import type home from "../../messages/en/home.json";
import type errors from "../../messages/en/errors.json";
import type auth from "../../messages/en/auth.json";
import type staff from "../../messages/en/staff.json";
import type validation from "../../messages/en/validation.json";
import type account from "../../messages/en/account.json";
import type centres from "../../messages/en/centres.json";
import type booking from "../../messages/en/booking.json";
import type vaccinate from "../../messages/en/vaccinate.json";
import type stock from "../../messages/en/stock.json";
import type dose from "../../messages/en/dose.json";
import type certificates from "../../messages/en/certificates.json";
import type { Locale } from "./locales";
import type { Namespace } from "./namespaces";

type MessagesByNamespace = {
  common: typeof common;
  home: typeof home;
  errors: typeof errors;
  auth: typeof auth;
  staff: typeof staff;
  validation: typeof validation;
  account: typeof account;
  centres: typeof centres;
  booking: typeof booking;
  vaccinate: typeof vaccinate;
  stock: typeof stock;
  dose: typeof dose;
  certificates: typeof certificates;
};

// Indexing by `Namespace` fails to compile if a registered namespace has no type above.
export type Messages = { [N in Namespace]: MessagesByNamespace[N] };

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
