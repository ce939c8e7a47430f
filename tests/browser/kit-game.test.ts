// Classroom kit in real Chromium: share links reproduce the debrief, hostile links fall back without
// running anything, scenario files round-trip and broken ones show field errors, custom scenarios
// and the theme survive a reload, the language switch changes words and number format, teacher
// lock/hide/hide-outcomes and predict-then-reveal work, and the print stylesheet hides the chrome.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runSummary } from '../../src/engine/batch';
import { scorePrediction } from '../../src/app/teacher';
import { openFresh, shippedScenario } from './game-helpers';

const VENEZUELA = 'venezuela-2025-buildup';

async function setNumber(page: Page, path: string, value: string) {
  const field = page.locator(`.num-field[data-path="${path}"]`);
  await field.fill(value);
  await field.press('Enter');
  await field.dispatchEvent('change');
}

async function debriefFigures(page: Page): Promise<{ success: string; table: string }> {
  await page.evaluate(() => (location.hash = '#/debrief'));
  await page.waitForSelector('#success-figure', { timeout: 20_000 });
  return { success: (await page.locator('#success-figure').textContent()) ?? '', table: (await page.locator('#dist-table').textContent()) ?? '' };
}

describe('classroom kit', () => {
  it('a share link made by the Share dialog reproduces the debrief figures in a fresh page', async () => {
    const a = await openFresh('#/setup');
    let url = '';
    let first: { success: string; table: string };
    try {
      await setNumber(a.page, 'intervener.troops', '60000');
      await a.page.locator('#seed').fill('class-7');
      await a.page.locator('#seed').dispatchEvent('change');
      await a.page.click('#share-button');
      await a.page.waitForSelector('dialog.share-dialog #share-qr svg');
      url = await a.page.locator('#share-url').inputValue();
      expect(url).toContain('set.intervener.troops=60000');
      expect(url).toContain('seed=class-7');
      // The QR code is large enough to scan from a projector (≥ 300 CSS pixels).
      const box = await a.page.locator('#share-qr svg').boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(300);
      await a.page.keyboard.press('Escape');
      first = await debriefFigures(a.page);
      expect(a.errors).toEqual([]);
    } finally {
      await a.close();
    }
    const b = await openFresh(url.slice(url.indexOf('#')));
    try {
      await b.page.waitForSelector('.num-field[data-path="intervener.troops"]');
      await expect(b.page.locator('.num-field[data-path="intervener.troops"]').inputValue()).resolves.toMatch(/^60,?000$/);
      const second = await debriefFigures(b.page);
      expect(second).toEqual(first);
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('malformed and script-injection links fall back with a message, run nothing and log no error', async () => {
    const hostile =
      '#/setup?v=1&scenario=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E&seed=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E' +
      '&set.intervener.troops=javascript:alert(1)&set.constructor=1&lang=%22%3E%3Csvg%20onload%3Dwindow.__pwned%3D1%3E';
    for (const link of [hostile, '#/setup?v=999&scenario=&&&set.=%E0%A4%A', '#/setup?' + 'x'.repeat(6000)]) {
      const { page, errors, close } = await openFresh(link);
      try {
        await page.waitForSelector('.num-field[data-path="intervener.troops"]');
        const notice = (await page.locator('#notice').textContent()) ?? '';
        expect(notice.length, link.slice(0, 40)).toBeGreaterThan(10);
        await expect(page.locator('#notice *').count()).resolves.toBe(0);
        await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
        await expect(page.locator('img, script:not([type=module]):not([src])').count()).resolves.toBe(0);
        // The fallback is a working set-up: the published troop figure of the default scenario.
        await expect(page.locator('h2').textContent()).resolves.toContain(shippedScenario(VENEZUELA).title);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  it('export then import round-trips a set-up; the custom scenario survives a reload and can be removed', async () => {
    const { page, errors, close } = await openFresh('#/setup');
    try {
      await setNumber(page, 'intervener.troops', '45000');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-scenario')]);
      // The run's browser is shared over a connection, so the file is read through a stream, not a path.
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      const exported = JSON.parse(text) as { id: string; title: string; intervener: { troops: { value: number } } };
      expect(exported.intervener.troops.value).toBe(45000);
      await page.setInputFiles('#import-file', { name: 'set-up.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.waitForSelector(`#custom-scenarios [data-scenario="${exported.id}"]`);
      await page.reload();
      await page.waitForSelector(`#custom-scenarios [data-scenario="${exported.id}"]`);
      await expect(page.locator(`[data-scenario="${exported.id}"] .card-force`).textContent()).resolves.toContain('45,000');
      await page.click(`[data-scenario="${exported.id}"] .remove-custom`);
      await expect(page.locator(`[data-scenario="${exported.id}"]`).count()).resolves.toBe(0);
      await page.reload();
      await page.waitForSelector('.scenario-card');
      await expect(page.locator(`[data-scenario="${exported.id}"]`).count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a broken file dropped on the page lists the parser’s field errors and imports nothing', async () => {
    const { page, errors, close } = await openFresh('#/setup');
    try {
      await page.waitForSelector('#import-zone');
      const broken = JSON.stringify({ schema: 'threshold-scenario/1', id: 'Bad Id!', title: 5, intervener: { troops: { value: -3 } } });
      await page.evaluate((body) => {
        const data = new DataTransfer();
        data.items.add(new File([body], 'broken.json', { type: 'application/json' }));
        document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
      }, broken);
      await page.waitForSelector('#import-errors li');
      const items = await page.locator('#import-errors li').allTextContents();
      expect(items.length).toBeGreaterThan(1);
      for (const item of items) expect(item).toMatch(/^[^:]+: .+/);
      expect(items.some((i) => i.startsWith('id'))).toBe(true);
      // Not JSON at all: one error for the file.
      await page.setInputFiles('#import-file', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{not json') });
      await page.waitForFunction(() => document.querySelector('#import-errors li')?.textContent?.startsWith('(file)'));
      await page.evaluate(() => (location.hash = '#/choose'));
      await expect(page.locator('#custom-scenarios').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the language switch changes words and number format at run time, and is remembered', async () => {
    const { page, errors, close } = await openFresh('#/choose');
    try {
      const card = page.locator(`[data-scenario="${VENEZUELA}"] .card-force strong`);
      await expect(card.textContent()).resolves.toBe('10,000');
      await page.selectOption('#language', 'es');
      await expect(page.locator('main h2').textContent()).resolves.toBe('Elige un escenario');
      await expect(card.textContent()).resolves.toBe('10.000');
      await expect(page.locator('#nav a[data-screen="setup"]').textContent()).resolves.toBe('Preparar');
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
      await page.reload();
      await page.waitForSelector('.scenario-card');
      await expect(page.locator('main h2').textContent()).resolves.toBe('Elige un escenario');
      // Spanish number fields show and read "20.000" as twenty thousand, and "0,5" as a half.
      await page.evaluate(() => (location.hash = '#/setup'));
      await expect(page.locator('.num-field[data-path="intervener.troops"]').inputValue()).resolves.toBe('10.000');
      await setNumber(page, 'intervener.troops', '20.000');
      await expect(page.locator('input[type=range][data-path="intervener.troops"]').inputValue()).resolves.toBe('20000');
      await setNumber(page, 'defender.cohesion', '0,5');
      await expect(page.locator('input[type=range][data-path="defender.cohesion"]').inputValue()).resolves.toBe('0.5');
      await page.evaluate(() => (location.hash = '#/choose'));
      await page.waitForSelector('.scenario-card');
      await page.selectOption('#language', 'en');
      await expect(page.locator('main h2').textContent()).resolves.toBe('Choose a scenario');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('teacher mode locks and hides inputs, hides outcomes until revealed, and survives a reload', async () => {
    const { page, errors, close } = await openFresh('#/setup');
    try {
      await page.click('#teacher-button');
      await page.selectOption('dialog.teacher-dialog select[data-path="intervener.troops"]', 'locked');
      await page.selectOption('dialog.teacher-dialog select[data-path="intervener.quality"]', 'hidden');
      await page.check('#teacher-hide-outcomes');
      await page.click('#teacher-save');
      await expect(page.locator('.num-field[data-path="intervener.troops"]').isDisabled()).resolves.toBe(true);
      await expect(page.locator('input[type=range][data-path="intervener.troops"]').isDisabled()).resolves.toBe(true);
      await expect(page.locator('.input-row[data-path="intervener.troops"] .locked-note').count()).resolves.toBe(1);
      await expect(page.locator('[data-path="intervener.quality"]').count()).resolves.toBe(0);
      await expect(page.locator('.num-field[data-path="defender.cohesion"]').isDisabled()).resolves.toBe(false);
      await page.reload();
      await page.waitForSelector('.num-field[data-path="intervener.troops"]');
      await expect(page.locator('.num-field[data-path="intervener.troops"]').isDisabled()).resolves.toBe(true);
      await page.evaluate(() => (location.hash = '#/debrief'));
      await page.waitForSelector('#outcomes-hidden');
      await expect(page.locator('#distribution, #success-figure, .claims').count()).resolves.toBe(0);
      await page.click('#reveal-outcomes');
      await page.waitForSelector('#success-figure', { timeout: 20_000 });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('predict, then reveal: results wait for a forecast, which is then scored against the model', async () => {
    const { page, errors, close } = await openFresh('#/setup');
    try {
      await page.click('#teacher-button');
      await page.check('#teacher-predict');
      await page.click('#teacher-save');
      await page.waitForSelector('#forecast-panel');
      await page.evaluate(() => (location.hash = '#/debrief'));
      await page.waitForSelector('#debrief-forecast');
      await expect(page.locator('#success-figure').count()).resolves.toBe(0);
      await page.fill('#debrief-forecast', 'abc');
      await page.click('#forecast-submit');
      await expect(page.locator('#success-figure').count()).resolves.toBe(0);
      await page.fill('#debrief-forecast', '40');
      await page.click('#forecast-submit');
      await page.waitForSelector('#forecast-score[data-points]', { timeout: 20_000 });
      const summary = runSummary(shippedScenario(VENEZUELA), { runs: 1000, seed: '42', overrides: {} });
      const expected = scorePrediction(0.4, summary.successRate);
      await expect(page.locator('#forecast-score').getAttribute('data-points')).resolves.toBe(String(expected.points));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the printed handout: no navigation, buttons or screen-only parts; set-up, outcome and questions on A4 or Letter as chosen', async () => {
    const { page, errors, close } = await openFresh('#/debrief');
    try {
      await page.waitForSelector('#success-figure', { timeout: 20_000 });
      await expect(page.locator('#discussion').isVisible()).resolves.toBe(false);
      await expect(page.locator('#print-debrief').isVisible()).resolves.toBe(true);
      // The paper chooser sits beside "Print handout"; this browser's language (en-US) defaults to Letter.
      await expect(page.locator('#paper-size').isVisible()).resolves.toBe(true);
      await expect(page.locator('#paper-size').inputValue()).resolves.toBe(await page.evaluate(() => (/-(US|CA|MX)$/i.test(navigator.languages[0] ?? '') ? 'letter' : 'a4')));
      await page.waitForSelector('.claims[data-done]', { timeout: 30_000 });
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('#nav').isVisible()).resolves.toBe(false);
      await expect(page.locator('#print-debrief').isVisible()).resolves.toBe(false);
      await expect(page.locator('#paper-size').isVisible()).resolves.toBe(false);
      await expect(page.locator('#discussion').isVisible()).resolves.toBe(true);
      await expect(page.locator('#discussion li').count()).resolves.toBeGreaterThanOrEqual(3);
      await expect(page.locator('#print-setup').isVisible()).resolves.toBe(true);
      await expect(page.locator('#success-figure').isVisible()).resolves.toBe(true);
      await expect(page.locator('.claim-card').first().isVisible()).resolves.toBe(true);
      // Screen-only: the reasons behind each check level and the result code.
      await expect(page.locator('.check-why').first().isVisible()).resolves.toBe(false);
      await expect(page.locator('#result-code-panel').isVisible()).resolves.toBe(false);
      // The page size follows the chooser (the stylesheet's @page, not the printer's default). The
      // handout of this scenario (the default one, with the most claim cards) is at most two pages on
      // either paper: in print the check reasons and the result code are left out, and Letter (18 mm
      // shorter) prints slightly smaller charts and text. Measured: one page on both papers before the
      // debrief's "Why?" panel arrived, two with it; the teacher guide says "at most two pages".
      const sizes: Record<string, { width: number; height: number; pages: number }> = {};
      for (const paper of ['a4', 'letter'] as const) {
        await page.evaluate((choice) => {
          const select = document.getElementById('paper-size') as HTMLSelectElement;
          select.value = choice;
          select.dispatchEvent(new Event('change'));
        }, paper);
        const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
        const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
        expect(box, 'the PDF has a page box').not.toBeNull();
        sizes[paper] = { width: Number(box![1]), height: Number(box![2]), pages: pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0 };
      }
      // A4 is 210 × 297 mm (595.3 × 841.9 pt); Letter 8.5 × 11 in (612 × 792 pt).
      expect(sizes.a4.width).toBeCloseTo(595.3, 0);
      expect(sizes.a4.height).toBeCloseTo(841.9, 0);
      expect(sizes.letter.width).toBeCloseTo(612, 0);
      expect(sizes.letter.height).toBeCloseTo(792, 0);
      console.log(`printed handout: ${sizes.a4.pages} A4 page(s), ${sizes.letter.pages} Letter page(s)`);
      for (const paper of ['a4', 'letter']) {
        expect(sizes[paper].pages, paper).toBeGreaterThanOrEqual(1);
        expect(sizes[paper].pages, paper).toBeLessThanOrEqual(2);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the board has a text description that follows the game and the language', async () => {
    const { page, errors, close } = await openFresh('#/play');
    try {
      await page.waitForSelector('#board-description:not(:empty)');
      const scenario = shippedScenario(VENEZUELA);
      const before = (await page.locator('#board-description').textContent()) ?? '';
      expect(before).toContain(`${scenario.regions.length} region group`);
      for (const region of scenario.regions) expect(before).toContain(region.name);
      expect(before).toContain('Reserve: 100% of the force');
      await page.keyboard.press('p');
      await page.waitForFunction((text) => document.getElementById('board-description')?.textContent !== text, before);
      await expect(page.locator('#board-description').textContent()).resolves.not.toContain('Reserve: 100%');
      await page.selectOption('#language', 'es');
      await expect(page.locator('#board-description').textContent()).resolves.toContain('El tablero muestra');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the high-contrast theme toggles and persists across a reload', async () => {
    const { page, errors, close } = await openFresh('#/choose');
    try {
      // Every header control shows a visible focus ring when reached with the keyboard.
      await page.locator('.skip-link').focus();
      const rings: Record<string, string> = {};
      for (let i = 0; i < 14; i += 1) {
        await page.keyboard.press('Tab');
        const seen = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return { id: el.id || el.textContent || el.tagName, ring: `${style.outlineStyle} ${style.outlineWidth}` };
        });
        rings[seen.id] = seen.ring;
      }
      for (const id of ['share-button', 'teacher-button', 'theme-toggle', 'language', 'help']) {
        expect(rings[id], id).toBeDefined();
        expect(rings[id], id).toMatch(/^solid [1-9]/);
      }
      const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim());
      const before = await bg();
      await page.click('#theme-toggle');
      await expect(page.locator('#theme-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
      expect(await bg()).not.toBe(before);
      await page.reload();
      await page.waitForSelector('.scenario-card');
      await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('high-contrast');
      await expect(page.locator('#theme-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
