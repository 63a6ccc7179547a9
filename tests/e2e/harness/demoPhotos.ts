import { crc32, deflateSync } from 'node:zlib';

/** A simple portrait drawn in code (background, shoulders, face, hair), as PNG bytes. */
interface Look {
  background: [number, number, number];
  shirt: [number, number, number];
  skin: [number, number, number];
  hair: [number, number, number];
  /** Long hair falls past the ears. */
  long?: boolean;
}

const SIDE = 160;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function pixel(look: Look, x: number, y: number): [number, number, number] {
  const c = SIDE / 2;
  const inside = (cx: number, cy: number, rx: number, ry: number) =>
    ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
  if (inside(c, 62, 36, 36) && y < 58) return look.hair;
  if (look.long && inside(c, 78, 42, 46) && !inside(c, 70, 30, 38)) return look.hair;
  if (inside(c, 70, 30, 38)) {
    if (inside(c - 11, 68, 3, 3.5) || inside(c + 11, 68, 3, 3.5)) return [40, 40, 40];
    if (inside(c, 88, 8, 2.2)) return [190, 90, 90];
    return look.skin;
  }
  if (inside(c, SIDE + 10, 62, 58)) return look.shirt;
  if (y > 100 && Math.abs(x - c) < 10 && y < 118) return look.skin; // the neck
  return look.background;
}

export function portraitPng(look: Look): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < SIDE; y++) {
    const row = Buffer.alloc(1 + SIDE * 3);
    for (let x = 0; x < SIDE; x++) row.set(pixel(look, x, y), 1 + x * 3);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIDE, 0);
  ihdr.writeUInt32BE(SIDE, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const pngDataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

const SKIN: [number, number, number][] = [
  [241, 204, 170],
  [226, 183, 146],
  [205, 160, 120],
];
const HAIR: [number, number, number] = [38, 32, 30];

/** Portraits for the demo's members by card number; the rest have none yet. */
export const DEMO_PORTRAITS: Record<string, Look> = {
  'VIP-0001': { background: [208, 228, 250], shirt: [52, 58, 64], skin: SKIN[1]!, hair: HAIR },
  'M-1001': {
    background: [250, 225, 230],
    shirt: [230, 73, 128],
    skin: SKIN[0]!,
    hair: HAIR,
    long: true,
  },
  'M-1003': {
    background: [230, 252, 245],
    shirt: [18, 184, 134],
    skin: SKIN[0]!,
    hair: [92, 60, 40],
    long: true,
  },
  'M-1007': {
    background: [255, 243, 191],
    shirt: [250, 176, 5],
    skin: SKIN[1]!,
    hair: HAIR,
    long: true,
  },
  'M-1008': { background: [229, 219, 255], shirt: [112, 72, 232], skin: SKIN[2]!, hair: HAIR },
  'M-1012': { background: [211, 249, 216], shirt: [47, 158, 68], skin: SKIN[1]!, hair: HAIR },
  'M-1014': { background: [255, 232, 204], shirt: [232, 89, 12], skin: SKIN[2]!, hair: HAIR },
};
