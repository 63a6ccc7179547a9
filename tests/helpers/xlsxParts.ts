import { strFromU8, unzipSync } from 'fflate';

/**
 * Every part of an .xlsx (a zip), inflated: what anyone opening the file could read.
 * fflate is the zip library write-excel-file and read-excel-file already depend on.
 */
export function xlsxParts(file: Buffer): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(new Uint8Array(file)))) {
    parts[name] = strFromU8(data);
  }
  return parts;
}

/** All the file's text in one string, for "appears nowhere in the file" checks. */
export function xlsxText(file: Buffer): string {
  return Object.values(xlsxParts(file)).join('\n');
}
