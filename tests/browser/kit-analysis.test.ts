// The classroom kit on the analysis screen: CSV of each chart's data equals the table on screen (raw
// numbers behind the formatted text, also in Spanish),
// each chart saves as a non-blank PNG of the chart's size, and switching to Spanish re-renders the
// screen in Spanish with Spanish number formats (the generated sentences included).
import { readCsv } from '../csv-reader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { type Browser, type Download, type Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseUrl, sharedBrowser } from './browser';
import { colourVariety, skipWalkthrough } from './game-helpers';
import { SWEEP_H, SWEEP_W } from '../../src/ui/analysis/sweep-chart';

let browser: Browser;
let page: Page;
const errors: string[] = [];

/** A download's bytes (the browser is connected remotely, so it is saved to a local file first). */
async function downloaded(download: Download): Promise<Buffer> {
  const file = join(mkdtempSync(join(tmpdir(), 'threshold-download-')), download.suggestedFilename());
  await download.saveAs(file);
  return readFileSync(file);
}

async function settled(): Promise<void> {
  await page.waitForFunction(
    () => {
      const s = window.__thresholdAnalysis?.state();
      return !!s && s.pending === 0 && !!s.refined.central && s.refined.centralRuns === s.refined.runs && !!s.runSet;
    },
    null,
    { timeout: 120_000 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

interface ShownCell {
  text: string;
  value?: string;
  kind?: string;
}

/** The table as on screen: each cell's text and, where the chart gave one, its raw value. */
async function tableCells(selector: string): Promise<ShownCell[][]> {
  return page.$$eval(`${selector} table tr`, (trs) => trs.map((tr) => [...tr.querySelectorAll<HTMLElement>('th, td')].map((c) => ({ text: (c.textContent ?? '').trim(), value: c.dataset.value, kind: c.dataset.kind }))));
}

/**
 * A CSV field against the cell on screen: text cells as shown; number cells as a plain number (dot
 * decimal, no grouping) that the shown text rounds from ("42%" from 0.4213, "10,000" from 10000).
 */
function expectSameCell(field: string, cell: ShownCell): void {
  if (cell.value === undefined) return void expect(field).toBe(cell.text);
  if (cell.kind !== 'n') return void expect(field).toBe(cell.value);
  if (cell.value === '') return void expect(field).toBe('');
  expect(field).toMatch(/^-?\d+(\.\d+)?$/);
  const value = Number(field);
  expect(value).toBeCloseTo(Number(cell.value), 6);
  const digits = cell.text.replace(/[^\d.]/g, '');
  if (cell.text.endsWith('%')) expect(Math.abs(value * 100 - Number(digits))).toBeLessThanOrEqual(0.5 + 1e-9);
  else expect(Math.abs(value - Number(cell.text.replace(/,/g, '')))).toBeLessThan(0.5);
}

beforeAll(async () => {
  browser = await sharedBrowser();
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
  it('"Export CSV" of the sweep and of the run set equal the data tables on screen, as plain numbers', async () => {
    for (const id of ['an-sweep', 'an-runset']) {
      const shown = await tableCells(`#${id}`);
      expect(shown.length).toBeGreaterThan(1);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#${id} .an-export-csv`)]);
      expect(download.suggestedFilename()).toMatch(/^threshold-venezuela-2025-buildup-10000-seed-[a-z0-9-]+-(sweep|run-set)\.csv$/);
      const rows = readCsv((await downloaded(download)).toString('utf8'));
      expect(rows.length).toBe(shown.length);
      expect(rows[0]).toEqual(shown[0].map((c) => c.text));
      rows.slice(1).forEach((row, r) => {
        row.forEach((field, i) => {
          expectSameCell(field, shown[r + 1][i]);
        });
      });
    }
  });

  it('"Save chart as PNG" saves the sweep chart at twice its size, not blank', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#an-sweep .an-export-png')]);
    expect(download.suggestedFilename()).toMatch(/^threshold-venezuela-2025-buildup-10000-seed-[a-z0-9-]+-sweep\.png$/);
    const png = await downloaded(download);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const seen = await colourVariety(page, png);
    expect(seen.width).toBe(SWEEP_W * 2);
    expect(seen.height).toBe(SWEEP_H * 2);
    // Curves, band and text in several colours on a white ground.
    expect(seen.colours).toBeGreaterThan(4);
    expect(seen.dominantShare).toBeLessThan(0.97);
    for (const id of ['an-density', 'an-tornado', 'an-runset']) {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(`#${id} .an-export-png`)]);
      expect((await downloaded(d)).length).toBeGreaterThan(2000);
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
    // CSV in Spanish: Spanish headers, but numbers a spreadsheet reads in any locale (0.423, 10000).
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#an-sweep .an-export-csv')]);
    const rows = readCsv((await downloaded(download)).toString('utf8'));
    expect(rows[0][0]).toBe('Soldados');
    const shownEs = await tableCells('#an-sweep');
    expect(shownEs.some((row) => /\d\.\d{3}/.test(row[0].text))).toBe(true);
    expect(rows.slice(1).map((r) => r[0])).toContain('10000');
    for (const row of rows.slice(1)) {
      expect(row[0]).toMatch(/^\d+$/);
      expect(row[2]).toMatch(/^(0|1|0\.\d+)$/);
      expect(row[3]).toMatch(/^(0|1|0\.\d+)-(0|1|0\.\d+)$/);
      expect(row.join(' ')).not.toMatch(/%|\d,\d/);
    }
    await page.selectOption('#language', 'en');
    await page.waitForFunction(() => document.querySelector('#main h2')?.textContent?.startsWith('Analysis'));
    expect(errors).toEqual([]);
  });
});
