"use client";

import { useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { cameraProblemOf, type CameraProblem } from "./camera-problem";
import { prepareQrDecoder, readQr } from "./qr-decode";

/** Frames are read this far apart: often enough to feel instant, rarely enough to leave a cheap phone cool. */
const FRAME_GAP_MS = 150;
/** Camera frames are read at most this wide: a QR held up to the camera fills much of the frame. */
const FRAME_WIDTH = 640;

const stopTracks = (stream: MediaStream | null) => stream?.getTracks().forEach((track) => track.stop());

/**
 * Reads a QR code with the device camera. The camera is asked for only when the person presses Start,
 * and released on Stop, on success and when the component goes away.
 */
export function QrCamera({ onText }: { onText: (text: string) => void }) {
  const t = useTranslations("certificates.verify.camera");
  const videoRef = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const found = useEffectEvent((text: string) => onText(text));
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  async function start() {
    setProblem(null);
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem("unsupported");
      return;
    }
    setStarting(true);
    prepareQrDecoder();
    try {
      const opened = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      // Gone while the person was answering the permission prompt: release the camera at once.
      if (mounted.current) setStream(opened);
      else stopTracks(opened);
    } catch (error) {
      setProblem(cameraProblemOf(error));
    } finally {
      setStarting(false);
    }
  }

  // While a stream is open: show it and read frames until a QR code turns up. Cleanup releases the camera.
  useEffect(() => {
    const video = videoRef.current;
    if (!stream || !video) return;
    video.srcObject = stream;
    void video.play().catch(() => undefined);
    const canvas = document.createElement("canvas");
    let cancelled = false;
    let timer: number | undefined;
    const tick = async () => {
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) {
        const text = await readQr(video, video.videoWidth, video.videoHeight, Math.min(video.videoWidth, FRAME_WIDTH), canvas).catch(() => null);
        if (cancelled) return;
        if (text) {
          setStream(null);
          found(text);
          return;
        }
      }
      if (!cancelled) timer = window.setTimeout(tick, FRAME_GAP_MS);
    };
    void tick();
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      video.srcObject = null;
      stopTracks(stream);
    };
  }, [stream]);

  return (
    <section aria-labelledby="verify-camera-heading" className="flex flex-col gap-3">
      <h2 id="verify-camera-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-600">{t("hint")}</p>
      {stream ? (
        <>
          <video ref={videoRef} muted playsInline aria-label={t("preview")} className="aspect-square w-full max-w-sm rounded-md bg-slate-900 object-cover" />
          <Button variant="secondary" onClick={() => setStream(null)}>
            {t("stop")}
          </Button>
        </>
      ) : (
        <Button variant="secondary" pending={starting} onClick={() => void start()}>
          {starting ? t("starting") : t("start")}
        </Button>
      )}
      <FormMessage variant="error">{problem ? t(`problem.${problem}`) : null}</FormMessage>
      <p role="status" aria-live="polite" className="sr-only">
        {stream ? t("scanning") : ""}
      </p>
    </section>
  );
}
