// Shared Chromium harness for browser tests. One browser serves the whole run: global-setup.ts
// starts it (`launchServer`) and every test file connects to it once; each page gets a fresh
// browser context (its own storage, cookies and service workers), so tests stay independent
// without paying for a new Chromium each time. Console and page errors are recorded per page.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { inject } from 'vitest';
import { chromiumPath } from '../../scripts/find-browser.mjs';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface OpenedPage {
  /** The shared browser: never close it; close() closes this page's context. */
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

export function baseUrl(): string {
  return inject('baseUrl');
}

let shared: Promise<Browser> | null = null;

/** The run's shared browser (connected once per test file); a private one when run without global setup. */
export function sharedBrowser(): Promise<Browser> {
  if (!shared) {
    const endpoint = inject('browserEndpoint') as string | undefined;
    shared = endpoint ? chromium.connect(endpoint) : chromium.launch({ executablePath: chromiumPath() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  }
  return shared;
}

/** A fresh context (empty storage) in the shared browser. */
export async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const browser = await sharedBrowser();
  return browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
}

/** Record console errors and uncaught page errors of `page` into `errors`. */
export function recordErrors(page: Page, errors: string[] = []): string[] {
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page: ${err.message}`));
  return errors;
}

export async function openPage(path = '', viewport = { width: 1280, height: 720 }, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const browser = await sharedBrowser();
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const errors = recordErrors(page);
  await page.goto(baseUrl() + path);
  return { browser, context, page, errors, close: () => context.close() };
}

/** Save a screenshot under test-output/screenshots and return its bytes. */
export async function screenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync('test-output/screenshots', { recursive: true });
  return page.screenshot({ path: `test-output/screenshots/${name}.png` });
}
