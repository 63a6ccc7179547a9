/** The desk's webcam: start it (video only), name what went wrong, and take a square JPEG. */
import { MAX_PHOTO_BYTES } from '../../../../shared/domain/clients';

export type CameraProblem = 'noCamera' | 'denied' | 'busy' | 'failed' | 'tooLarge';

/** A square big enough to recognise a face across the desk, small enough for the file. */
export const PHOTO_SIDE = 480;
const QUALITIES = [0.9, 0.8, 0.65, 0.5];

/** Only video: the desk never records sound (and main's permission rule refuses audio). */
export function startCamera(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) return Promise.reject(new Error('no mediaDevices'));
  return navigator.mediaDevices.getUserMedia({
    video: { width: { ideal: 1280 }, height: { ideal: 720 } },
    audio: false,
  });
}

export function stopCamera(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** getUserMedia's DOMException names, in words the desk can act on. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (['NotFoundError', 'DevicesNotFoundError', 'OverconstrainedError'].includes(name))
    return 'noCamera';
  if (['NotAllowedError', 'PermissionDeniedError', 'SecurityError'].includes(name)) return 'denied';
  if (['NotReadableError', 'TrackStartError', 'AbortError'].includes(name)) return 'busy';
  return 'failed';
}

/** Bytes a base64 data URL decodes to. */
export function dataUrlBytes(dataUrl: string): number {
  const b64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  return Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
}

/**
 * The centre square of the frame (what the preview shows) as a JPEG data URL, at the best
 * quality under main's limit.
 */
export function captureSquare(
  video: HTMLVideoElement,
): { dataUrl: string } | { problem: CameraProblem } {
  const w = video.videoWidth;
  const h = video.videoHeight;
  const side = Math.min(w, h);
  const canvas = document.createElement('canvas');
  canvas.width = PHOTO_SIDE;
  canvas.height = PHOTO_SIDE;
  const ctx = canvas.getContext('2d');
  if (!ctx || side === 0) return { problem: 'failed' };
  ctx.drawImage(video, (w - side) / 2, (h - side) / 2, side, side, 0, 0, PHOTO_SIDE, PHOTO_SIDE);
  for (const q of QUALITIES) {
    const url = canvas.toDataURL('image/jpeg', q);
    // A canvas that cannot write JPEG answers PNG: main would take it, but it is not a photo.
    if (!url.startsWith('data:image/jpeg;base64,')) return { problem: 'failed' };
    if (dataUrlBytes(url) <= MAX_PHOTO_BYTES) return { dataUrl: url };
  }
  return { problem: 'tooLarge' };
}
