/**
 * npm run icons: draws the app icons in public/icons/ from the favicon's design (a white page with lines on red).
 * "any" icons keep the favicon's rounded square; "maskable" ones fill the square with red and keep the page inside
 * the central 80 % circle that launchers may crop to. Run it again after changing the design; the PNGs are committed.
 */
import sharp from 'sharp';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../../public/icons/', import.meta.url));
const page = '<path d="M9 8h10l4 4v12H9z" fill="#fff"/><path d="M12 15h8M12 19h8M12 23h5" stroke="#b91c1c" stroke-width="2"/>';
const any = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#b91c1c"/>${page}</svg>`;
// The page drawing spans 9..23 × 8..24 (centre 16,16); its corners are 10.6 units from the centre, so scaled by 1.1 it stays inside the safe circle (radius 12.8).
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#b91c1c"/><g transform="translate(16 16) scale(1.1) translate(-16 -16)">${page}</g></svg>`;

mkdirSync(out, { recursive: true });
const icons: [string, string, number][] = [
  ['icon-192.png', any, 192],
  ['icon-512.png', any, 512],
  ['maskable-192.png', maskable, 192],
  ['maskable-512.png', maskable, 512],
  ['apple-touch-icon.png', maskable, 180],
];
for (const [name, svg, size] of icons) {
  await sharp(Buffer.from(svg), { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toFile(out + name);
  console.log(`public/icons/${name} (${size}×${size})`);
}
