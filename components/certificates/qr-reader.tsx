"use client";

import { QrCamera } from "./qr-camera";
import { QrUpload } from "./qr-upload";

/** The two ways to get a certificate's QR text without typing: the camera, or a photo or PDF of it. */
export function QrReader({ onText }: { onText: (text: string) => void }) {
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <QrCamera onText={onText} />
      <QrUpload onText={onText} />
    </div>
  );
}
