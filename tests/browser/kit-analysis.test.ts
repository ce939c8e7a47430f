// The classroom kit on the analysis screen: CSV of each chart's data equals the table on screen,
// each chart saves as a non-blank PNG of the chart's size, and switching to Spanish re-renders the
// screen in Spanish with Spanish number formats (the generated sentences included).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { baseUrl, CHROMIUM_ARGS } from './browser';
import { colourVariety, skipWalkthrough } from './game-helpers';
import { SWEEP_H, SWEEP_W } from '../../src/ui/analysis/sweep-chart';

let browser: Browser;
let page: Page;
const errors: string[] = [];

async function settled(): Promise<void> {
  await page.waitForFunction(() => {
    const s = window.__thresholdAnalysis?.state();
    return !!s && s.pending === 0 && !!s.refined.central && s.refined.centralRuns === s.refined.runs && !!s.runSet;
  }, null, { timeout: 120_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Parse CSV written by src/app/export.ts (quoted fields with doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  return rows;
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (err) => errors.push(err.message));
  await skipWalkthrough(page);
  await page.goto(baseUrl() + '#/analysis');
  await settled();
});

afterAll(async () => {
  await browser?.close();
});

describe('exports on the analysis screen', () => {
  it('"Export CSV" of the sweep and of the run set equal the data tables on screen', async () => {
    for (const id of ['an-sweep', 'an-runset']) {
      const shown = await page.$$eval(`#${id} table tr`, (trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
      expect(shown.length).toBeGreaterThan(1);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#${id} .an-export-csv`)]);
      expect(download.suggestedFilename()).toMatch(/^threshold-.*\.csv$/);
      const rows = parseCsv(readFileSync((await download.path())!, 'utf8'));
      expect(rows).toEqual(shown);
    }
  });

  it('"Save chart as PNG" saves the sweep chart at twice its size, not blank', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#an-sweep .an-export-png')]);
    expect(download.suggestedFilename()).toBe('threshold-sweep.png');
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const seen = await colourVariety(page, png);
    expect(seen.width).toBe(SWEEP_W * 2);
    expect(seen.height).toBe(SWEEP_H * 2);
    // Curves, band and text in several colours on a white ground.
    expect(seen.colours).toBeGreaterThan(4);
    expect(seen.dominantShare).toBeLessThan(0.97);
    for (const id of ['an-density', 'an-tornado', 'an-runset']) {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(`#${id} .an-export-png`)]);
      expect(readFileSync((await d.path())!).length).toBeGreaterThan(2000);
    }
  });
});

describe('the analysis screen in Spanish', () => {
  it('re-renders in Spanish with Spanish numbers when the language changes', async () => {
    const englishStatus = await page.textContent('#an-status');
    expect(englishStatus).toMatch(/All done: [\d,]+ runs per troop level/);
    await page.selectOption('#language', 'es');
    await page.waitForFunction(() => document.querySelector('#main h2')?.textContent?.startsWith('Análisis'));
    await settled();
    expect(await page.textContent('#main h2')).toBe('Análisis: todos los niveles de tropas a la vez');
    expect(await page.textContent('#an-status')).toMatch(/^Terminado: .* partidas por nivel de tropas/);
    expect(await page.textContent('.an-controls legend')).toBe('Supuestos');
    expect(await page.textContent('#an-sweep .an-export-csv')).toBe('Exportar CSV');
    expect(await page.textContent('#an-sweep .an-export-png')).toBe('Guardar gráfico como PNG');
    // Spanish percentages carry a space before the sign; the answer names thousands with a dot.
    const answer = (await page.textContent('#an-inverse-answer')) ?? '';
    expect(answer).toMatch(/^Un éxito del 50\s%/);
    expect(answer).toMatch(/\d\.\d{3}/);
    await page.selectOption('#language', 'en');
    await page.waitForFunction(() => document.querySelector('#main h2')?.textContent?.startsWith('Analysis'));
    expect(errors).toEqual([]);
  });
});
