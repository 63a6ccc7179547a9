/** Browser file helpers for photos and scanned documents (no calls to main here). */

export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The base64 part of a data URL. */
export function dataUrlBase64(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma >= 0 ? dataUrl.slice(comma + 1) : dataUrl;
}

export function base64ToBlob(base64: string, mimeType: string): Blob {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: mimeType });
}

/** A blob: URL where the browser has them, else a data: URL (tests, old engines). */
export function objectUrl(base64: string, mimeType: string): { url: string; revoke: () => void } {
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(base64ToBlob(base64, mimeType));
    return { url, revoke: () => URL.revokeObjectURL(url) };
  }
  return { url: `data:${mimeType};base64,${base64}`, revoke: () => {} };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export const MB = 1024 * 1024;
