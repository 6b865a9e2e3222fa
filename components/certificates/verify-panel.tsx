"use client";

import { useState } from "react";
import { VerifyForm } from "./verify-form";

/** Each check starts from a fresh form: "Check another" remounts it, clearing the last answer and text. */
export function VerifyPanel({ timeZone }: { timeZone: string }) {
  const [check, setCheck] = useState(0);
  return <VerifyForm key={check} timeZone={timeZone} onCheckAnother={() => setCheck((n) => n + 1)} />;
}
