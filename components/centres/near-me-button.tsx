"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type Status = "idle" | "locating" | "denied" | "unavailable" | "unsupported";

/** The button's words (centres.near), translated on the server: this page then needs no message formatter. */
export type NearMeLabels = Record<"button" | "locating" | "denied" | "unavailable" | "unsupported" | "needsJavaScript", string>;

const noChanges = () => () => {};
/** False on the server and until hydration, true once this page's JavaScript runs. */
const useHydrated = () => useSyncExternalStore(noChanges, () => true, () => false);

/**
 * Asks the browser for its position and moves to ?lat=&lng= (rounded to ~100 m: enough, and kinder to privacy).
 * Only JavaScript can ask, so the button stays disabled until the page's script runs, and a page without
 * JavaScript says why and what to do instead.
 */
export function NearMeButton({ keep, labels }: { keep: string; labels: NearMeLabels }) {
  const t = (key: keyof NearMeLabels) => labels[key];
  const router = useRouter();
  const [status, setStatus] = useState<Status>("idle");
  const hydrated = useHydrated();

  function locate() {
    if (!("geolocation" in navigator)) {
      setStatus("unsupported");
      return;
    }
    setStatus("locating");
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const query = new URLSearchParams(keep);
        query.set("lat", coords.latitude.toFixed(3));
        query.set("lng", coords.longitude.toFixed(3));
        router.push(`/centres?${query.toString()}`);
      },
      (error) => setStatus(error.code === error.PERMISSION_DENIED ? "denied" : "unavailable"),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <Button onClick={locate} pending={status === "locating"} disabled={!hydrated} variant="secondary">
        {status === "locating" ? t("locating") : t("button")}
      </Button>
      <noscript>
        <p className="text-slate-700">{t("needsJavaScript")}</p>
      </noscript>
      <FormMessage>{status === "denied" || status === "unavailable" || status === "unsupported" ? t(status) : null}</FormMessage>
    </div>
  );
}
