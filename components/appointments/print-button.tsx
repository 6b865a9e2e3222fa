"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; without JavaScript the browser's own Print menu does the same. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()} className="print:hidden">
      {label}
    </Button>
  );
}
