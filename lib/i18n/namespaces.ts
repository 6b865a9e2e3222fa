/**
 * Message namespaces. Each one is a file `messages/<locale>/<namespace>.json`.
 * To add a namespace: create the file for every locale in `catalogueLocales`,
 * then add its name here (and to `Messages` in `app-config.d.ts`).
 */
export const namespaces = ["common", "home", "errors", "auth", "staff", "validation", "account", "centres", "booking", "vaccinate", "stock", "dose", "certificates"] as const;
export type Namespace = (typeof namespaces)[number];
