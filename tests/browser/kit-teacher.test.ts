// Classroom kit gaps in real Chromium: teacher mode on the Analysis screen (hidden outcomes show no
// figure and no export until revealed; predict-first asks for a forecast; locked inputs disabled,
// hidden ones absent and kept), and the debrief timeline and distribution exports (CSV equal to the
// table, PNG valid, twice the chart's size, not blank).
import { readCsv } from '../csv-reader';
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { runOne } from '../../src/engine/campaign';
import { TIMELINE_H, TIMELINE_LEGEND_H, TIMELINE_W } from '../../src/ui/debrief/timeline';
import { screenshot } from './browser';
import { colourVariety, openFresh, shippedScenario, finishGame } from './game-helpers';

/** A download's bytes, read through a stream: the run's browser is shared over a connection, so there is no local path. */
async function downloaded(download: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function teacher(page: Page, set: { lock?: string[]; hide?: string[]; hideOutcomes?: boolean; predict?: boolean }) {
  await page.click('#teacher-button');
  for (const path of set.lock ?? []) await page.selectOption(`dialog.teacher-dialog select[data-path="${path}"]`, 'locked');
  for (const path of set.hide ?? []) await page.selectOption(`dialog.teacher-dialog select[data-path="${path}"]`, 'hidden');
  if (set.hideOutcomes) await page.check('#teacher-hide-outcomes');
  if (set.predict) await page.check('#teacher-predict');
  await page.click('#teacher-save');
}

async function sweepTableFilled(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll('#an-sweep table tbody tr').length > 5, null, { timeout: 120_000 });
}

describe('teacher mode on the analysis screen', () => {
  it('hidden outcomes: no figure, table, verdict or export until revealed; locked input disabled, hidden input absent and kept', async () => {
    const { page, errors, close } = await openFresh('#/setup');
    try {
      // The class value of the input the teacher will hide: it must survive on Analysis.
      const cohesion = page.locator('.num-field[data-path="defender.cohesion"]');
      await cohesion.fill('0.4');
      await cohesion.press('Enter');
      await cohesion.dispatchEvent('change');
      await teacher(page, { lock: ['intervener.troops'], hide: ['defender.cohesion'], hideOutcomes: true });
      await page.evaluate(() => (location.hash = '#/analysis'));
      await page.waitForSelector('#outcomes-hidden');
      const main = page.locator('#main');
      await expect(page.locator('#reveal-outcomes').textContent()).resolves.toBe('Reveal outcomes (teacher)');
      await expect(main.locator('.an-figure, .an-export-csv, .an-export-png, table, .quote-card, #an-inverse-answer').count()).resolves.toBe(0);
      // No percentage anywhere on the screen, and no worker job started.
      expect((await main.textContent()) ?? '').not.toMatch(/\d\s?%/);
      expect(await page.evaluate(() => window.__thresholdAnalysis === undefined)).toBe(true);
      // Locked: shown, disabled, with the set-up screen's words; hidden: not on the page.
      await expect(page.locator('#an-in-intervener-troops').isDisabled()).resolves.toBe(true);
      await expect(page.locator('.an-slider.locked .locked-note').textContent()).resolves.toBe('Locked by the teacher.');
      await expect(page.locator('[data-path="defender.cohesion"]').count()).resolves.toBe(0);
      await expect(page.locator('#an-in-host-retained').isDisabled()).resolves.toBe(false);
      await screenshot(page, 'kit-teacher-analysis-hidden');

      await page.click('#reveal-outcomes');
      await sweepTableFilled(page);
      await expect(page.locator('#outcomes-hidden').count()).resolves.toBe(0);
      await expect(page.locator('.an-export-csv').count()).resolves.toBe(4);
      expect((await page.locator('#an-sweep table').textContent()) ?? '').toMatch(/\d%/);
      await expect(page.locator('#an-in-intervener-troops').isDisabled()).resolves.toBe(true);
      await expect(page.locator('[data-path="defender.cohesion"]').count()).resolves.toBe(0);
      // "Reset to published values" leaves the teacher's hidden and locked inputs as they are.
      await page.locator('#an-in-host-retained').fill('0.9');
      await page.locator('#an-in-host-retained').dispatchEvent('input');
      await page.click('.an-reset');
      await page.waitForFunction(() => JSON.stringify(window.__thresholdAnalysis?.state()?.overrides) === '{"defender.cohesion":0.4}', null, { timeout: 10_000 });
      await screenshot(page, 'kit-teacher-analysis-revealed');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('predict-first: Analysis asks for the forecast before any figure, then shows the charts', async () => {
    const { page, errors, close } = await openFresh('#/setup');
    try {
      await teacher(page, { predict: true });
      await page.evaluate(() => (location.hash = '#/analysis'));
      await page.waitForSelector('#debrief-forecast');
      await expect(page.locator('#outcomes-hidden').count()).resolves.toBe(0);
      await expect(page.locator('.an-figure, .an-export-csv').count()).resolves.toBe(0);
      await page.fill('#debrief-forecast', '35');
      await page.click('#forecast-submit');
      await sweepTableFilled(page);
      await expect(page.locator('#debrief-forecast').count()).resolves.toBe(0);
      await expect(page.locator('.an-export-png').count()).resolves.toBe(4);
      // A new set-up has no forecast yet: the screen asks again rather than showing its outcomes.
      await page.locator('#an-in-host-retained').fill('0.9');
      await page.locator('#an-in-host-retained').dispatchEvent('input');
      await page.waitForSelector('#debrief-forecast');
      await expect(page.locator('.an-figure').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('debrief exports', () => {
  it('timeline CSV equals its table; timeline and distribution save as valid, non-blank PNGs', async () => {
    const panama = shippedScenario('panama-1989');
    const seed = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].find((s) => runOne(panama, {}, s, 0).success);
    expect(seed, 'a seed where Panama succeeds').toBeDefined();
    const { page, errors, close } = await openFresh('#/choose');
    try {
      await page.click('[data-scenario="panama-1989"] button:has-text("Set up")');
      await page.waitForSelector('#seed');
      await page.fill('#seed', seed!);
      await page.press('#seed', 'Enter');
      await page.locator('#seed').blur();
      await page.click('#start-play');
      await page.waitForFunction(() => window.__thresholdPlay?.boardReady() === true, undefined, { timeout: 20_000 });
      await page.locator('#main').focus();
      await finishGame(page);
      await page.click('#to-debrief');
      await page.waitForSelector('#timeline-table', { state: 'attached' });

      const table = await page.$$eval('#timeline-table tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => ({ text: (c.textContent ?? '').trim(), value: (c as HTMLElement).dataset.value }))));
      expect(table.length).toBeGreaterThan(2);
      const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#timeline-csv')]);
      expect(csvDownload.suggestedFilename()).toBe(`threshold-panama-1989-27684-seed-${seed}-timeline.csv`);
      const csv = readCsv((await downloaded(csvDownload)).toString('utf8'));
      expect(csv[0]).toEqual(table[0].map((c) => c.text));
      expect(csv.length).toBe(table.length);
      csv.slice(1).forEach((row, i) => {
        const shown = table[i + 1];
        expect(row[0]).toBe(shown[0].text);
        // Plain numbers that round to what the table shows: "42%" ↔ 0.42…, "0.37" ↔ 0.3712…
        const share = Number(row[1]);
        expect(row[1]).toMatch(/^(0|1|0\.\d+)$/);
        expect(`${Math.round(share * 100)}%`).toBe(shown[1].text);
        expect(row[2]).toMatch(/^\d+(\.\d+)?$/);
        expect(Number(Number(row[2]).toFixed(2))).toBe(Number(shown[2].text));
      });

      const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('#timeline-png')]);
      expect(pngDownload.suggestedFilename()).toBe(`threshold-panama-1989-27684-seed-${seed}-timeline.png`);
      const png = await downloaded(pngDownload);
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      mkdirSync('test-output/screenshots', { recursive: true });
      writeFileSync('test-output/screenshots/kit-teacher-timeline-export.png', png);
      const seen = await colourVariety(page, png);
      const box = await page.$eval('#timeline-table', (t) => {
        const vb = (t.closest('.chart')!.querySelector('svg') as SVGSVGElement).viewBox.baseVal;
        return { width: vb.width, height: vb.height };
      });
      expect(box).toEqual({ width: TIMELINE_W, height: TIMELINE_H });
      // Twice the chart's size, with a legend line added under the chart.
      expect(seen.width).toBe(TIMELINE_W * 2);
      expect(seen.height).toBe((TIMELINE_H + TIMELINE_LEGEND_H) * 2);
      await expect(page.locator('.chart [aria-hidden="true"] svg').count()).resolves.toBe(0);
      expect(seen.colours).toBeGreaterThan(3);
      expect(seen.dominantShare).toBeLessThan(0.98);

      // In Spanish: the buttons' words change, the picture keeps its size (legend in Spanish).
      await page.selectOption('#language', 'es');
      await page.waitForFunction(() => document.querySelector('#timeline-png')?.textContent === 'Guardar la cronología como PNG');
      const [esDownload] = await Promise.all([page.waitForEvent('download'), page.click('#timeline-png')]);
      const esPng = await downloaded(esDownload);
      writeFileSync('test-output/screenshots/kit-teacher-timeline-export-es.png', esPng);
      const esSeen = await colourVariety(page, esPng);
      expect([esSeen.width, esSeen.height]).toEqual([seen.width, seen.height]);
      await page.selectOption('#language', 'en');
      await page.waitForFunction(() => document.querySelector('#timeline-png')?.textContent === 'Save the timeline as PNG');

      await page.waitForSelector('#distribution-png', { timeout: 20_000 });
      const [distDownload] = await Promise.all([page.waitForEvent('download'), page.click('#distribution-png')]);
      expect(distDownload.suggestedFilename()).toBe(`threshold-panama-1989-27684-seed-${seed}-distribution.png`);
      const dist = await downloaded(distDownload);
      expect(dist.subarray(1, 4).toString('latin1')).toBe('PNG');
      writeFileSync('test-output/screenshots/kit-teacher-distribution-export.png', dist);
      const distSeen = await colourVariety(page, dist);
      expect(distSeen.width).toBe(1280);
      expect(distSeen.colours).toBeGreaterThan(3);
      expect(distSeen.dominantShare).toBeLessThan(0.95);
      // The off-screen drawing surface is gone again.
      await expect(page.locator('body > div[aria-hidden="true"] svg').count()).resolves.toBe(0);
      await screenshot(page, 'kit-teacher-debrief-exports');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
