/**
 * Draws the toolbar/store icons (public/icon/{16,32,48,128}.png) without any image library:
 * shapes as signed distances, 4×4 supersampling, PNG written with node's zlib.
 * Run: `npx tsx test/e2e/tools/draw-icons.ts` (the PNGs are committed; rerun only to redesign).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

type Rgba = [number, number, number, number];
const BLUE: Rgba = [0, 0, 145, 255]; // French administration blue (#000091)
const WHITE: Rgba = [255, 255, 255, 255];
const RED: Rgba = [225, 0, 15, 255]; // #E1000F

// Shapes in a unit square (0..1), y downwards; each returns a signed distance (< 0 inside).
const roundedSquare = (x: number, y: number): number => {
  const r = 0.2;
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (x: number, y: number, ax: number, ay: number, bx: number, by: number, w: number): number => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - w;
};
// The letter P: a stem and a bowl (right half of a ring joined by two bars).
const letterP = (x: number, y: number): number => {
  const w = 0.065;
  const stem = segment(x, y, 0.33, 0.2, 0.33, 0.7, w);
  const top = segment(x, y, 0.33, 0.2, 0.5, 0.2, w);
  const bottom = segment(x, y, 0.33, 0.48, 0.5, 0.48, w);
  const cx = 0.5, cy = 0.34, r = 0.14;
  const ring = x >= cx ? Math.abs(Math.hypot(x - cx, y - cy) - r) - w : Infinity;
  return Math.min(stem, top, bottom, ring);
};
// The flourish under the initial that makes it a "paraphe": a sine stroke.
const flourish = (x: number, y: number): number => {
  if (x < 0.2 || x > 0.8) return Infinity;
  const curve = 0.8 + 0.04 * Math.sin((x - 0.2) * 2 * Math.PI * 1.2);
  return Math.abs(y - curve) - 0.04;
};

function pixel(x: number, y: number, size: number): Rgba {
  const layers: [(x: number, y: number) => number, Rgba][] = [
    [roundedSquare, BLUE],
    [letterP, WHITE],
    [size >= 32 ? flourish : () => Infinity, RED],
  ];
  const n = 4;
  const acc = [0, 0, 0, 0];
  for (let sy = 0; sy < n; sy++) {
    for (let sx = 0; sx < n; sx++) {
      const u = (x + (sx + 0.5) / n) / size;
      const v = (y + (sy + 0.5) / n) / size;
      let colour: Rgba = [0, 0, 0, 0];
      for (const [shape, c] of layers) if (shape(u, v) < 0) colour = c;
      for (let i = 0; i < 4; i++) acc[i]! += colour[i]! / (n * n);
    }
  }
  return acc.map((c) => Math.round(c)) as Rgba;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer): number => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer): Buffer => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

export function drawIcon(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const px = pixel(x, y, size);
      raw.set(px, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('../../../public/icon/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  for (const size of [16, 32, 48, 128]) writeFileSync(`${dir}${size}.png`, drawIcon(size));
  console.log(`icons written to ${dir}`);
}
