// Scanning result codes' QR codes with the camera, where the browser has BarcodeDetector (Chromium on
// Android and ChromeOS, some desktop builds) and a camera. Optional: where either is missing the
// Class screen offers no button. Frames are read in this page only; nothing is recorded or sent.
import { h } from '../dom';
import { t } from '../i18n';
import { openDialog } from '../kit/dialog';

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorConstructor = new (options: { formats: string[] }) => Detector;

function detectorClass(): DetectorConstructor | null {
  const ctor = (globalThis as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;
  return typeof ctor === 'function' && typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function' ? ctor : null;
}

/** True where a QR code can be scanned with the camera. */
export function canScan(): boolean {
  return detectorClass() !== null;
}

/** Open the camera in a dialog; every new code read is handed to `onCode` (the dialog stays open for the next group). */
export function openScanner(onCode: (code: string) => void): void {
  const Ctor = detectorClass();
  if (!Ctor) return;
  const video = h('video', { class: 'class-scan-video', muted: true, playsinline: true });
  const status = h('p', { class: 'muted', role: 'status', text: t('Point the camera at a group’s result code.') });
  const dialog = openDialog('class-scan-dialog', t('Scan result codes'), video, status);
  const seen = new Set<string>();
  let stream: MediaStream | null = null;
  let open = true;
  dialog.element.addEventListener('close', () => {
    open = false;
    for (const track of stream?.getTracks() ?? []) track.stop();
  });
  const detector = new Ctor({ formats: ['qr_code'] });
  const tick = async () => {
    if (!open) return;
    try {
      for (const { rawValue } of await detector.detect(video)) {
        if (seen.has(rawValue)) continue;
        seen.add(rawValue);
        onCode(rawValue);
        status.textContent = t('Read {count} codes; point the camera at the next one, or close this panel.', { count: seen.size });
      }
    } catch {
      // A frame that is not ready yet: try the next one.
    }
    window.setTimeout(() => void tick(), 300);
  };
  navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(
    (media) => {
      stream = media;
      if (!open) {
        for (const track of media.getTracks()) track.stop();
        return;
      }
      video.srcObject = media;
      void video.play();
      void tick();
    },
    () => {
      status.textContent = t('The camera could not be opened here; paste the codes or load a file instead.');
    },
  );
}
