// The one place that finds Chromium, for the browser tests (playwright.config.ts), the bench and the
// scripts: CHROMIUM_PATH if set, else CHROME_PATH, else the system's (Debian: apt-get install -y chromium).
// Playwright never downloads a browser.
import { existsSync } from 'node:fs';

/** Flags for a headless Chromium on a server or in CI: no sandbox, no GPU, no traffic of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium executable to run; throws, saying how to get one, when there is none.
 * @returns {string}
 */
export function chromiumPath() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian: apt-get install -y chromium) ' +
        'or set CHROMIUM_PATH to its executable.',
    );
  }
  return found;
}

/**
 * Playwright's launch options for that Chromium.
 * @returns {{ executablePath: string, args: string[] }}
 */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] };
}

/** Launches that Chromium with Playwright (for scripts; the tests get it from playwright.config.ts). */
export async function launchChromium() {
  const { chromium } = await import('@playwright/test');
  return chromium.launch(chromiumLaunchOptions());
}
