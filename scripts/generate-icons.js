/**
 * Renders the app icons of the web app manifest from public/favicon.svg with Chromium (there is
 * no image library in the toolchain): `node scripts/generate-icons.js`. Re-run it after changing
 * the favicon; the PNGs are committed in public/.
 *
 * - icon-192.png, icon-512.png: the favicon as it is (transparent background, "any").
 * - icon-maskable-512.png: full-bleed background, the mark inside the 80 % safe circle.
 * - apple-touch-icon.png (180×180): opaque (iOS fills transparency with black), small margin.
 *
 * The browser: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const publicDir = path.join(root, 'public');
const svg = readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');

/** theme.css --bg (light): the background of the opaque icons. */
const BACKGROUND = '#f4f6fa';

/**
 * The icons: file, size in px, and the share of the edge the mark takes (1 = as drawn). The
 * maskable mark (28/32 of its box is the grid) at 0.62 puts the grid's corners at
 * 0.62 × 28/32 × √2 / 2 ≈ 0.38 of the size from the centre: inside the 0.4 safe radius.
 */
const ICONS = [
  { file: 'icon-192.png', size: 192, scale: 1, background: null },
  { file: 'icon-512.png', size: 512, scale: 1, background: null },
  { file: 'icon-maskable-512.png', size: 512, scale: 0.62, background: BACKGROUND },
  { file: 'apple-touch-icon.png', size: 180, scale: 0.86, background: BACKGROUND },
];

/** The page that draws one icon: the SVG centred at `scale` of the square. */
function iconPage({ size, scale, background }) {
  const mark = Math.round(size * scale);
  return `<!doctype html><html><head><style>
    html, body { margin: 0; width: ${size}px; height: ${size}px; overflow: hidden;
      background: ${background ?? 'transparent'}; }
    body { display: grid; place-items: center; }
    img { width: ${mark}px; height: ${mark}px; display: block; }
  </style></head><body><img alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`;
}

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({
      viewport: { width: icon.size, height: icon.size },
      deviceScaleFactor: 1,
    });
    await page.setContent(iconPage(icon));
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({
      path: path.join(publicDir, icon.file),
      omitBackground: icon.background === null,
    });
    await page.close();
    console.log(`public/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
