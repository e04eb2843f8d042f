// Takes screenshots of pages of a running site at phone, laptop and projector sizes, for people to look at.
// Usage: node scripts/screenshots.mjs http://127.0.0.1:4329 /assess/coaching-conditions/ [more paths]
// Writes PNGs to screenshots/ (ignored by git). Set SETUP to a JS snippet to run before each capture.
import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/chromium.mjs';

const [origin, ...paths] = process.argv.slice(2);
const sizes = { phone: [390, 844], laptop: [1366, 768], projector: [1920, 1080] };
mkdirSync('screenshots', { recursive: true });
const browser = await launchChromium();
for (const path of paths) {
  for (const [name, [width, height]] of Object.entries(sizes)) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(origin + path);
    if (process.env.SETUP) {
      await page.evaluate(process.env.SETUP);
      await page.reload();
    }
    await page.waitForTimeout(300);
    const file = `screenshots/${path.replace(/\W+/g, '_')}${name}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
