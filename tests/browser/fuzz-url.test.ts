// URL fuzz in Chromium. The seeded links of tests/browser/fuzz-links.ts (valid set-ups, spoiled
// ones, script injection in every share-link parameter, in the page query and in the route, broken
// percent-encoding, huge and odd values) all go through the app's boot in node (bootState on the
// link's location.hash, which reads it with readShareLink; tests/app/share-link-fuzz.test.ts does the
// bulk, and this file boots its own links too, for the verdicts). A sample is opened here as real
// fresh loads: every 10th link, plus the first link of any outcome (decoded, fallback, no link) the
// every-10th sample lacks. Each is a new address before the fragment, so the page loads again and
// the app decodes the link at boot, with storage cleared first (a fresh visitor who has seen the
// walkthrough). For each: the app shows exactly the set-up node's boot gives (read back from its
// Share dialog) and exactly its messages in #notice, so the browser's outcome (fallback with a
// message, or not) is the node verdict; no script from the link ran (window.__pwned, alert dialogs,
// CSP violations, inline handlers or foreign <script> in the DOM); no console or page error; a
// screen is showing.
import { showsHiddenValue } from '../../src/app/share-link';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fuzzRuns, replayCommand } from '../tier';
import { shippedScenarios } from '../app/fixtures';
import { appBootText, appHash, checkIntended, decodeAtBoot, makeLinks, tally, type Outcome } from './fuzz-links';
import { baseUrl, openPage } from './browser';

const FILE = 'tests/browser/fuzz-url.test.ts';
const SAMPLE_EVERY = 10;
const scenarios = shippedScenarios();

interface Shown {
  hash: string;
  notice: string;
  screen: string | null;
  heading: string | null;
  pwned: unknown;
  violations: string[];
  foreign: string[];
}

/** What the freshly loaded page shows, and any trace of injected markup or script. */
async function readPage(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const foreign: string[] = [];
    for (const s of document.scripts) {
      const ok = s.src !== '' && new URL(s.src).origin === location.origin && (s.textContent ?? '').trim() === '';
      if (!ok) foreign.push(`script ${s.src || (s.textContent ?? '').slice(0, 60)}`);
    }
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) foreign.push(`<${el.tagName.toLowerCase()} ${a.name}=${a.value.slice(0, 60)}>`);
        if (/^\s*javascript:/i.test(a.value) && /^(href|src|action|formaction|xlink:href)$/i.test(a.name)) foreign.push(`<${el.tagName.toLowerCase()} ${a.name}=${a.value.slice(0, 60)}>`);
      }
      if (/^(IFRAME|OBJECT|EMBED|FRAME)$/.test(el.tagName)) foreign.push(`<${el.tagName.toLowerCase()}>`);
    }
    return {
      hash: location.hash,
      notice: document.getElementById('notice')?.textContent ?? '',
      screen: document.querySelector('#nav a[aria-current=page]')?.getAttribute('data-screen') ?? null,
      heading: document.querySelector('main h2')?.textContent ?? null,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      violations: (window as unknown as { __violations: string[] }).__violations ?? [],
      foreign,
    };
  });
}

/** The set-up the app opened, as its own Share dialog words it (the fragment of the share URL). */
async function sharedFragment(page: Page): Promise<string> {
  await page.locator('#share-button').click();
  const url = await page.locator('dialog.share-dialog #share-url').inputValue();
  await page.keyboard.press('Escape');
  await page.locator('dialog.share-dialog').waitFor({ state: 'detached' });
  return url.slice(url.indexOf('#'));
}

describe('URL fuzz', () => {
  for (const run of fuzzRuns('FUZZ_LINKS', 'url-fuzz-1', 150, 2000)) {
    const every = Math.ceil(run.size / SAMPLE_EVERY);
    it(
      `seed ${JSON.stringify(run.seed)}, ${run.size} links through the boot decoder, every ${SAMPLE_EVERY}th (${every}+) as a fresh page load`,
      async () => {
        console.log(`URL fuzz: seed ${JSON.stringify(run.seed)}, ${run.size} links, every ${SAMPLE_EVERY}th as a fresh load`);
        const replay = `replay: ${replayCommand(FILE, run, 'FUZZ_LINKS')}`;
        const started = Date.now();
        const links = makeLinks(run.seed, run.size, scenarios);

        // Every link through the app's boot, in node.
        const verdicts = links.map((link) => decodeAtBoot(appBootText(link.url, scenarios).text, scenarios));
        const nodeFailures = links.flatMap((link, i) => {
          const problems = [...verdicts[i].problems, ...checkIntended(link, verdicts[i])];
          return problems.length ? [`link ${i} (${link.mode}) ${JSON.stringify(link.url.slice(0, 300))}: ${problems.join('; ')}`] : [];
        });
        const counts = tally(verdicts);

        // The sample: every 10th link, and the first of each outcome that sample lacks.
        const sample = links.map((_, i) => i).filter((i) => i % SAMPLE_EVERY === 0);
        for (const outcome of ['decoded', 'fallback', 'none'] as Outcome[]) {
          const first = verdicts.findIndex((v) => v.outcome === outcome);
          if (first >= 0 && !sample.some((i) => verdicts[i].outcome === outcome)) sample.push(first);
        }

        const { page, errors, close } = await openPage('#/choose');
        const dialogs: string[] = [];
        const failedRequests: string[] = [];
        page.on('response', (r) => r.status() >= 400 && failedRequests.push(`${r.status()} ${r.url()}`));
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        await page.addInitScript(() => {
          (window as unknown as { __violations: string[] }).__violations = [];
          document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.sample}`));
          // A fresh visitor each load (nothing saved by the last link), who has seen the walkthrough.
          try {
            localStorage.clear();
            localStorage.setItem('threshold.walkthrough.seen', '1');
          } catch {
            /* storage unavailable: the walkthrough then covers the page and the Share check fails loudly */
          }
        });
        const base = baseUrl();
        const sampled: { index: number; outcome: Outcome }[] = [];
        let serverRetries = 0;
        try {
          for (let k = 0; k < sample.length; k++) {
            const i = sample[k];
            const link = links[i];
            const verdict = verdicts[i];
            const tag = `link ${i} (${link.mode}, node verdict ${verdict.outcome}) ${JSON.stringify(link.url.slice(0, 300))}; ${replay}`;
            const errorsBefore = errors.length;
            const failedBefore = failedRequests.length;
            // Other test runs rebuild the served folder now and then: retry a load the server refused.
            for (let attempt = 0; ; attempt++) {
              try {
                await page.goto(base + link.url, { waitUntil: 'domcontentloaded' });
                await page.waitForSelector('main h2', { timeout: 10_000 });
                break;
              } catch (err) {
                const refused = /ERR_HTTP_RESPONSE_CODE_FAILURE|ERR_CONNECTION|Timeout/.test(String(err)) && failedRequests.length > failedBefore;
                if (attempt >= 5 || !refused) throw new Error(`${tag}: ${String(err)}`);
                errors.splice(errorsBefore);
                serverRetries++;
                await page.waitForTimeout(1000);
              }
            }
            const shown = await readPage(page);
            // A 404 from our own server for the page or its assets is the rebuilt folder, not the app.
            const newErrors = errors.slice(errorsBefore);
            if (failedRequests.length > failedBefore && newErrors.length > 0 && newErrors.every((e) => /status of 404/.test(e)) && serverRetries < 20) {
              errors.splice(errorsBefore);
              serverRetries++;
              k--;
              await page.waitForTimeout(1000);
              continue;
            }
            // A link that shows a hidden input's value is replaced in the address by its student form
            // (src/app/main.ts showStudentAddress); any other link stays as the URL standard parses it.
            if (appBootText(link.url, scenarios).fromQuery) expect(shown.hash, `${tag}: a query link is removed from the address`).toMatch(/^#\/[a-z]+$/);
            else if (showsHiddenValue(appHash(link.url), verdict.setUp.teacher.hiddenInputs)) expect(showsHiddenValue(shown.hash, verdict.setUp.teacher.hiddenInputs), `${tag}: a hidden value in the address`).toBe(false);
            else expect(shown.hash, `${tag}: the browser's location.hash differs from the URL standard's, so the node verdict is for another string`).toBe(appHash(link.url));
            expect(shown.pwned, tag).toBeNull();
            expect(dialogs, tag).toEqual([]);
            expect(shown.violations, tag).toEqual([]);
            expect(shown.foreign, `${tag}: injected markup`).toEqual([]);
            expect(shown.screen, tag).toMatch(/^(choose|setup|play|debrief|analysis)$/);
            expect(shown.heading, tag).toBeTruthy();
            // The outcome: a fallback shows exactly the decoder's messages; a decoded link (or none) shows none.
            expect(shown.notice, `${tag}: #notice`).toBe(verdict.notice);
            expect(shown.notice !== '', `${tag}: the browser shows ${shown.notice !== '' ? 'a fallback message' : 'no message'}`).toBe(verdict.outcome === 'fallback');
            // And the set-up it opened is node's, to the last input, seed, language and teacher flag.
            expect(await sharedFragment(page), `${tag}: the set-up the app opened`).toBe(verdict.shareFragment);
            expect(errors, `${tag}; failed requests: ${failedRequests.slice(failedBefore).join(', ')}`).toEqual([]);
            sampled.push({ index: i, outcome: shown.notice !== '' ? 'fallback' : verdict.outcome });
          }
        } finally {
          const s = tally(sampled);
          console.log(
            `URL fuzz: node boot, ${run.size} links: ${counts.decoded} decoded, ${counts.fallback} fell back with a message, ${counts.none} held no share link; ` +
              `browser, ${sampled.length} fresh loads, each matching the node verdict: ${s.decoded} decoded, ${s.fallback} fell back, ${s.none} no link; ` +
              `${serverRetries} loads retried after a 404 from the rebuilt test server; ${((Date.now() - started) / 1000).toFixed(1)} s`,
          );
          await close();
        }
        expect(nodeFailures.slice(0, 20), `${nodeFailures.length} links failed in node; ${replay}`).toEqual([]);
        expect(sampled.length).toBe(sample.length);
        expect(counts.decoded, `no link decoded cleanly; ${replay}`).toBeGreaterThan(0);
        expect(counts.fallback, `no link fell back; ${replay}`).toBeGreaterThan(0);
        // The browser saw both: a link used whole (no message) and a fallback (its messages).
        const s = tally(sampled);
        expect(s.decoded, `no sampled link decoded cleanly; ${replay}`).toBeGreaterThan(0);
        expect(s.fallback, `no sampled link fell back; ${replay}`).toBeGreaterThan(0);
      },
      60_000 + every * 4_000,
    );
  }
});
