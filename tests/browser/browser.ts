// Shared Chromium harness for browser tests: Debian's /usr/bin/chromium through playwright-core,
// with the flags that work on a closed network, and a record of console and page errors.
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { inject } from 'vitest';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface OpenedPage {
  browser: Browser;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function openPage(path = '', viewport = { width: 1280, height: 720 }): Promise<OpenedPage> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page: ${err.message}`));
  await page.goto(baseUrl() + path);
  return { browser, page, errors, close: () => browser.close() };
}

/** Save a screenshot under test-output/screenshots and return its bytes. */
export async function screenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync('test-output/screenshots', { recursive: true });
  return page.screenshot({ path: `test-output/screenshots/${name}.png` });
}
