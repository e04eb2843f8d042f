// Draws the app icons from public/favicon.svg with the system Chromium, so the icons never drift from the
// favicon. Run once after changing the favicon, and commit the PNGs: node scripts/make-icons.mjs
//   public/icons/icon-192.png, icon-512.png    the favicon as it is (rounded corners, transparent outside)
//   public/icons/maskable-512.png              full bleed: the platform crops it to its own shape; the bars
//                                              stay inside the central circle every mask keeps (80% wide)
//   public/apple-touch-icon.png (180)          full bleed too: iOS rounds the corners and fills any
//                                              transparency with black
import { mkdirSync, readFileSync } from 'node:fs';
import { launchChromium } from './lib/chromium.mjs';

const favicon = readFileSync('public/favicon.svg', 'utf8');
const fullBleed = favicon.replace(/\srx="[^"]*"/, '');
if (fullBleed === favicon) throw new Error('public/favicon.svg has no rounded rect (rx) to square off.');

const icons = [
  { file: 'public/icons/icon-192.png', size: 192, svg: favicon },
  { file: 'public/icons/icon-512.png', size: 512, svg: favicon },
  { file: 'public/icons/maskable-512.png', size: 512, svg: fullBleed },
  { file: 'public/apple-touch-icon.png', size: 180, svg: fullBleed },
];

mkdirSync('public/icons', { recursive: true });
const browser = await launchChromium();
for (const { file, size, svg } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`,
  );
  await page.locator('img').evaluate((img) => /** @type {HTMLImageElement} */ (img).decode());
  await page.screenshot({
    path: file,
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
  await page.close();
  console.log(`${file} (${size}×${size})`);
}
await browser.close();
