// Installable (issue 14): the built app links a web app manifest that Chromium parses without errors
// and sees as installable (CDP Page.getInstallabilityErrors is empty); its icons load at the sizes the
// manifest states; and the service worker precaches the manifest and the icons, so the installed app
// starts offline. Chromium never offers to install from an incognito profile ("in-incognito"), which
// every context of the shared browser is, so this file launches its own Chromium with a profile on disk.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/find-browser.mjs';
import { baseUrl, CHROMIUM_ARGS, recordErrors } from './browser';

const profile = mkdtempSync(join(tmpdir(), 'threshold-install-'));
let opened: { context: BrowserContext; page: Page; errors: string[] };

beforeAll(async () => {
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1280, height: 720 } });
  const page = context.pages()[0] ?? (await context.newPage());
  opened = { context, page, errors: recordErrors(page) };
  await page.goto(baseUrl() + '#/choose');
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 60_000 });
});

afterAll(async () => {
  await opened?.context.close();
  rmSync(profile, { recursive: true, force: true });
});

interface Icon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

describe('the installable app', () => {
  it('has a manifest Chromium parses and finds installable', async () => {
    const { page, context } = opened;
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[]; data?: string };
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data ?? '{}') as Record<string, unknown> & { icons: Icon[] };
    expect(data.short_name).toBe('Threshold');
    expect(data.name).toMatch(/^Threshold/);
    expect(data.start_url).toBe('./');
    expect(data.display).toBe('standalone');
    expect(data.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(data.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(data.icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors).toEqual([]);
    // The page's theme colour agrees with the manifest's.
    expect(await page.getAttribute('meta[name="theme-color"]', 'content')).toBe(data.theme_color);
    await cdp.detach();
  });

  it('loads every icon at its stated size, from the offline cache too', async () => {
    const { page, errors } = opened;
    const manifestUrl = await page.evaluate(() => (document.querySelector('link[rel=manifest]') as HTMLLinkElement).href);
    const icons = await page.evaluate(async (url) => {
      const manifest = (await (await fetch(url)).json()) as { icons: { src: string; sizes: string }[] };
      const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('threshold-'))!);
      return Promise.all(
        manifest.icons.map(async (icon) => {
          const src = new URL(icon.src, url).href;
          const bitmap = await createImageBitmap(await (await fetch(src)).blob());
          return { sizes: icon.sizes, drawn: `${bitmap.width}x${bitmap.height}`, cached: (await cache.match(src)) !== undefined };
        }),
      );
    }, manifestUrl);
    expect(icons).toHaveLength(3);
    for (const icon of icons) expect(icon).toEqual({ sizes: icon.sizes, drawn: icon.sizes, cached: true });
    const manifestCached = await page.evaluate(async (url) => {
      const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('threshold-'))!);
      return (await cache.match(url)) !== undefined;
    }, manifestUrl);
    expect(manifestCached).toBe(true);
    expect(errors).toEqual([]);
  });
});
