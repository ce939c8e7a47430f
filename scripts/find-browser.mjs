// Finds a Chromium or Chrome for the browser tests, in this order: $CHROME_PATH or $CHROMIUM_PATH,
// Playwright's browser cache, Debian's /usr/bin/chromium, then an installed Chrome. Returns null when
// none exists; scripts/test.mjs then prints one line on how to get one (`npm run setup:browser`).
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

function playwrightCache() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return [];
  const found = [];
  for (const dir of readdirSync(root)
    .filter((d) => /^chromium(_headless_shell)?-\d+$/.test(d))
    .sort()
    .reverse()) {
    for (const rel of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-headless-shell-linux64/chrome-headless-shell', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium']) {
      found.push(join(root, dir, rel));
    }
  }
  return found;
}

/** Every place looked at, in order. */
export function browserCandidates() {
  return [
    process.env.CHROME_PATH,
    process.env.CHROMIUM_PATH,
    ...playwrightCache(),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter((p) => typeof p === 'string' && p.length > 0);
}

/** The first browser that exists, or null. */
export function chromiumPath() {
  return browserCandidates().find((p) => existsSync(p)) ?? null;
}

export const NO_BROWSER_HINT =
  "No Chromium found (looked at $CHROME_PATH, Playwright's cache, /usr/bin/chromium, Chrome): run `npm run setup:browser` (Debian/Ubuntu, installs chromium with apt-get) or set CHROME_PATH to a Chrome or Chromium binary.";
