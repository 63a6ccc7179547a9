import { createDecipheriv } from 'node:crypto';
import { readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;
const RESERVE = 80; // SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
const SALT = 16;

/**
 * Decrypts every page of a SQLCipher-4 file with a raw key, the way a forensic reader
 * would, so tests can search the plaintext of the whole file, free pages included.
 */
export function decryptPages(file: string, keyHex: string): Buffer {
  const raw = readFileSync(file);
  const key = Buffer.from(keyHex, 'hex');
  const pages: Buffer[] = [];
  for (let offset = 0; offset + PAGE_SIZE <= raw.length; offset += PAGE_SIZE) {
    const page = raw.subarray(offset, offset + PAGE_SIZE);
    const start = offset === 0 ? SALT : 0;
    const iv = page.subarray(PAGE_SIZE - RESERVE, PAGE_SIZE - RESERVE + 16);
    const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    const plain = Buffer.concat([
      decipher.update(page.subarray(start, PAGE_SIZE - RESERVE)),
      decipher.final(),
    ]);
    pages.push(
      offset === 0 ? Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), plain]) : plain,
    );
  }
  return Buffer.concat(pages);
}
