// URL fuzz: 2,000 seeded random and hostile links (script injection in every share-link parameter,
// in the page query and in the hash route, broken percent-encoding, huge and odd values) opened in
// one page. Some are full loads (the share link is read at start-up), the rest hash changes (the
// router). After each: no dialog, no injected script ran, no CSP violation (an injection that
// reached the DOM as markup), no console or page error, and a screen is showing.
import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { INPUTS } from '../../src/model/inputs';
import { baseUrl, openPage } from './browser';

const SEED = process.env.FUZZ_SEED ?? 'url-fuzz-1';
const LINKS = Number(process.env.FUZZ_LINKS ?? 2000);
/** Every this-many links is a full load; the others change only the hash. */
const FULL_LOAD_EVERY = 40;

const PWN = 'window.__pwned=1';
const HOSTILE = [
  `<script>${PWN}</script>`,
  `"><script>${PWN}</script>`,
  `'><img src=x onerror="${PWN}">`,
  `<img src=x onerror=${PWN}>`,
  `<svg onload=${PWN}>`,
  `javascript:${PWN}`,
  `" onmouseover="${PWN}`,
  `{{constructor.constructor('${PWN}')()}}`,
  `\${${PWN}}`,
  `</title><script>${PWN}</script>`,
  `<iframe src="javascript:${PWN}">`,
  `alert(1)`,
  `<script>alert(1)</script>`,
  `__proto__`,
  `constructor`,
  `prototype`,
  `toString`,
];
const ODD = ['', ' ', '0', '-1', '1e308', 'NaN', 'Infinity', '-0', '1e-320', '99999999999999999999', '0x10', '１２', 'null', 'undefined', 'true', '%', '%E0%A4%A', '%00', '%FF%FE', '\u0000', '\u202e', '😀', 'é', '\n', '#', '?', '&', '=', '..', '/', 'x'.repeat(5000)];
const KEYS = ['v', 'scenario', 'objective', 'seed', 'lang', 'lock', 'hide', 'hideOutcomes', 'predict', ...INPUTS.map((i) => `set.${i.path}`), 'set.unknown', 'set.__proto__', '__proto__', 'constructor'];
const SCREENS = ['choose', 'setup', 'play', 'debrief', 'analysis', '', 'nope', '<script>', 'constructor', '__proto__'];
const GOOD = { v: ['1', '2'], scenario: ['venezuela-2025-buildup', 'panama-1989', 'grenada-1983', 'venezuela-limited'], objective: ['capital', 'country', 'limited'], lang: ['en', 'es', 'fr'], lock: ['intervener.troops', 'defender.cohesion,defender.posture'] };

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function value(random: () => number, key: string): string {
  const roll = random();
  if (roll < 0.35) return pick(random, HOSTILE);
  if (roll < 0.6) return pick(random, ODD);
  if (roll < 0.8 && Object.hasOwn(GOOD, key)) return pick(random, GOOD[key as keyof typeof GOOD]);
  return String(Math.round((random() - 0.3) * 10 ** Math.floor(random() * 9)));
}

function encode(random: () => number, text: string): string {
  const roll = random();
  if (roll < 0.5) return encodeURIComponent(text);
  if (roll < 0.8) return text.replace(/[#&\s]/g, (c) => encodeURIComponent(c)); // raw markup, as a hostile link would
  return text; // entirely raw
}

/** One link: a fragment, and sometimes a page query too. */
function link(random: () => number): { query: string; hash: string } {
  const params: string[] = [];
  const n = Math.floor(random() * 8);
  for (let i = 0; i < n; i++) {
    const key = random() < 0.9 ? pick(random, KEYS) : pick(random, HOSTILE);
    params.push(`${encode(random, key)}=${encode(random, value(random, key))}`);
  }
  const screen = random() < 0.15 ? encode(random, pick(random, HOSTILE)) : pick(random, SCREENS);
  const roll = random();
  const hash = roll < 0.1 ? `#${encode(random, pick(random, HOSTILE))}` : roll < 0.15 ? '' : `#/${screen}${params.length ? '?' + params.join('&') : ''}`;
  const query = random() < 0.2 ? `?${params.join('&')}` : '';
  return { query, hash };
}

describe('URL fuzz', () => {
  it(`${LINKS} random and hostile links: clean fallback, no script, no error`, async () => {
    const { page, errors, close } = await openPage('#/choose');
    const dialogs: string[] = [];
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript(() => {
      (window as any).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as any).__violations.push(`${e.violatedDirective} ${e.sample}`));
      try {
        localStorage.setItem('threshold.walkthrough.seen', '1');
      } catch {
        /* ignore */
      }
    });
    const random = seedrandom(SEED);
    const base = baseUrl();
    let fullLoads = 0;
    let serverRetries = 0;
    let reloadNext = false;
    let pending: { query: string; hash: string } | null = null;
    const started = Date.now();
    try {
      for (let i = 0; i < LINKS; i++) {
        const next: { query: string; hash: string } = pending ?? link(random);
        const query: string = next.query;
        const hash: string = next.hash;
        pending = null;
        const tag = `seed ${SEED} link ${i}: ${(query + hash).slice(0, 300)}`;
        const failedBefore = failed.length;
        const errorsBefore = errors.length;
        if (i % FULL_LOAD_EVERY === 0 || reloadNext) {
          reloadNext = false;
          fullLoads++;
          const url = `${base}${query}${query ? '&' : '?'}n=${i}${hash}`;
          // Other test runs rebuild the served folder now and then: retry a load the server refused.
          for (let attempt = 0; ; attempt++) {
            try {
              await page.goto(url, { waitUntil: 'domcontentloaded' });
              break;
            } catch (err) {
              if (attempt >= 5 || !/ERR_HTTP_RESPONSE_CODE_FAILURE|ERR_CONNECTION/.test(String(err))) throw err;
              await page.waitForTimeout(1000);
            }
          }
          await page.waitForSelector('main h2', { timeout: 10_000 }).catch(() => undefined);
        } else {
          await page.evaluate((h) => {
            location.hash = h;
          }, hash || '#');
        }
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
        const state = await page.evaluate(() => ({
          pwned: (window as any).__pwned ?? null,
          violations: (window as any).__violations as string[],
          screen: document.querySelector('#nav a[aria-current=page]')?.getAttribute('data-screen') ?? null,
          heading: document.querySelector('main h2')?.textContent ?? null,
        }));
        // Other helpers' test runs rebuild the served folder: a 404 from our own server for the page
        // or its assets is the environment, not the app. Drop those errors and load the link again.
        const newErrors = errors.slice(errorsBefore);
        if (failed.length > failedBefore && newErrors.length > 0 && newErrors.every((e) => /Failed to load resource: the server responded with a status of 404/.test(e)) && serverRetries < 40) {
          errors.splice(errorsBefore);
          serverRetries++;
          reloadNext = true;
          pending = { query, hash };
          i--;
          await page.waitForTimeout(1500);
          continue;
        }
        expect(state.pwned, tag).toBeNull();
        expect(dialogs, tag).toEqual([]);
        expect(state.violations, tag).toEqual([]);
        expect(errors, `${tag}; failed requests: ${failed.join(', ')}`).toEqual([]);
        expect(state.screen, tag).toMatch(/^(choose|setup|play|debrief|analysis)$/);
        expect(state.heading, tag).toBeTruthy();
      }
    } finally {
      console.log(`URL fuzz: ${LINKS} links, ${fullLoads} full loads, ${serverRetries} retried after a 404 from the rebuilt test server, ${((Date.now() - started) / 1000).toFixed(1)} s`);
      await close();
    }
  }, 480_000);
});
