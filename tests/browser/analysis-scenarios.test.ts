// Analysis fits each scenario and exports keep their context (issue "Lesson"), in real Chromium:
// Grenada's troop axis ends at 20,000 (not Venezuela's 300,000) and Venezuela's at 300,000; no bar,
// line or label of any chart leaves its SVG box; a troop number typed beside the slider moves the
// slider and the results (and a bad one is refused with a message, the slider kept); the debrief CSV
// lists the changed inputs and its file name carries scenario, troops and seed; the printed handout
// has lines for names and the forecast; an imported set-up never calls a changed number "published".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { screenshot, type OpenedPage } from './browser';
import { analysisReady, openFresh, shippedScenario } from './game-helpers';
import { readCsv } from '../csv-reader';
import { scenarioToJson } from '../../src/engine/scenario';

let opened: OpenedPage;
let page: Page;

async function downloaded(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The analysis state once the screen shows `id` with every job done. */
async function showing(id: string, troops?: number) {
  await page.waitForFunction(
    ([want, level]) => {
      const s = window.__thresholdAnalysis?.state();
      return !!s && s.scenario.id === want && (level === null || s.troops === level) && s.pending === 0 && !!s.refined.central && !!s.tornado && !!s.runSet;
    },
    [id, troops ?? null] as const,
    { timeout: 120_000 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => {
    const s = window.__thresholdAnalysis!.state()!;
    return { axisMax: s.axisMax, troops: s.troops, runSetTroops: s.runSet!.troops, levels: s.refined.levels };
  });
}

/** Elements of each chart whose box leaves the chart's SVG box (more than 1 px), as "chart: tag text". */
async function overflowing(): Promise<string[]> {
  return page.$$eval('.an-figure svg', (svgs) =>
    svgs.flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) return [];
      return [...svg.querySelectorAll('text, rect, line, path, circle, polygon')].flatMap((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) return [];
        const out = r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
        return out ? [`${svg.closest('figure')?.id}: ${el.tagName} ${el.textContent ?? ''} [${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)}]`] : [];
      });
    }),
  );
}

async function sweepTicks(): Promise<string[]> {
  return page.$$eval('#an-sweep svg .an-axes text.an-tick', (ts) => ts.map((t) => t.textContent ?? ''));
}

beforeAll(async () => {
  opened = await openFresh('#/analysis');
  page = opened.page;
  await analysisReady(page);
}, 180_000);

afterAll(async () => {
  await opened?.close();
});

describe('analysis fits each scenario', () => {
  it('Grenada: the axis ends at 20,000, no marker of another scenario, nothing overflows its chart', async () => {
    await page.selectOption('#an-scenario', 'grenada-1983');
    const state = await showing('grenada-1983');
    expect(state.axisMax).toBe(20_000);
    expect(Math.max(...state.levels)).toBe(20_000);
    expect(await sweepTicks()).toContain('20k');
    expect(await sweepTicks()).not.toContain('300k');
    await expect(page.locator('#an-sweep .an-marker-line').count()).resolves.toBe(0);
    await expect(page.locator('#an-troops-slider-max').count()).resolves.toBe(0);
    expect(await page.getAttribute('#an-in-intervener-troops', 'max')).toBe('20000');
    // The density rows name no level or label of Venezuela's and nothing cut from the title.
    const density = (await page.locator('#an-density table').textContent()) ?? '';
    expect(density).not.toMatch(/Back-test at|150,000/);
    // The density sentence places the scenario's own troop level, not Venezuela's 10,000.
    await expect(page.locator('#an-density-sentence').textContent()).resolves.toMatch(/^About 7,653 troops are 80\.6 per 1,000/);
    expect(await overflowing()).toEqual([]);
    await page.locator('#an-sweep').scrollIntoViewIfNeeded();
    await screenshot(page, 'analysis-grenada');
  });

  it('a typed troop number moves the slider and the results; a bad one is refused with a message and the slider kept', async () => {
    const field = page.locator('#an-in-intervener-troops-typed');
    await field.fill('12000');
    await field.press('Enter');
    let state = await showing('grenada-1983', 12_000);
    expect(state.runSetTroops).toBe(12_000);
    expect(await page.inputValue('#an-in-intervener-troops')).toBe('12000');
    await expect(page.locator('#an-sweep .an-current-label').textContent()).resolves.toContain('12k');
    // A changed value is labelled changed, never "published".
    await expect(page.locator('#an-in-intervener-troops-pub').textContent()).resolves.toMatch(/^changed \(derived: 7,653\)/);

    await field.fill('lots');
    await field.press('Enter');
    await expect(page.locator('#an-in-intervener-troops-typed-msg').textContent()).resolves.toMatch(/Not a whole number/);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue()).toBe('12,000');
    expect(await page.inputValue('#an-in-intervener-troops')).toBe('12000');
    await field.fill('2000000');
    await field.press('Enter');
    await expect(page.locator('#an-in-intervener-troops-typed-msg').textContent()).resolves.toMatch(/out of range/);

    // Beyond the axis: the axis stretches to a round number above it, and the slider with it.
    await field.fill('30,000');
    await field.press('Enter');
    state = await showing('grenada-1983', 30_000);
    expect(state.axisMax).toBe(40_000);
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    expect(await page.getAttribute('#an-in-intervener-troops', 'max')).toBe('40000');
    expect(await overflowing()).toEqual([]);

    // The slider, moved by keyboard, writes the field.
    await page.focus('#an-in-intervener-troops');
    await page.keyboard.press('ArrowLeft');
    state = await showing('grenada-1983', 29_000);
    expect(await field.inputValue()).toBe('29,000');
  });

  it('Venezuela and Panama: their own axis end and markers, nothing overflows', async () => {
    await page.selectOption('#an-scenario', 'venezuela-2025-buildup');
    const venezuela = await showing('venezuela-2025-buildup');
    expect(venezuela.axisMax).toBe(300_000);
    await expect(page.locator('#an-sweep .an-marker-line').count()).resolves.toBe(5);
    expect(await overflowing()).toEqual([]);
    await page.selectOption('#an-scenario', 'panama-1989');
    const panama = await showing('panama-1989');
    expect(panama.axisMax).toBe(60_000);
    await expect(page.locator('#an-sweep .an-marker-line').count()).resolves.toBe(1);
    expect(await overflowing()).toEqual([]);
  });
});

describe('exports keep their context', () => {
  it('the debrief CSV lists the changed inputs, its name carries scenario, troops and seed; the handout has lines for names and forecast', async () => {
    await page.selectOption('#an-scenario', 'venezuela-2025-buildup');
    await showing('venezuela-2025-buildup');
    const field = page.locator('#an-in-intervener-troops-typed');
    await field.fill('12000');
    await field.press('Enter');
    await showing('venezuela-2025-buildup', 12_000);
    const seed = await page.evaluate(() => window.__thresholdAnalysis!.state()!.seed);
    await page.evaluate(() => (location.hash = '#/debrief'));
    await page.waitForSelector('#distribution[aria-busy=false]', { timeout: 120_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^threshold-venezuela-2025-buildup-12000-seed-${seed.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-results\\.csv$`));
    const rows = readCsv(await downloaded(download));
    const header = rows.findIndex((r) => r[0] === 'changed_input');
    expect(header).toBeGreaterThan(1);
    expect(rows[header]).toEqual(['changed_input', 'label', 'file_value', 'used_value', 'status', 'file_status']);
    expect(rows.slice(header + 1)).toEqual([['intervener.troops', 'Intervention troops', '10000', '12000', 'changed', 'published']]);

    // The handout's lines: hidden on screen, printed.
    await expect(page.locator('#handout-lines').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    try {
      await expect(page.locator('#handout-lines').isVisible()).resolves.toBe(true);
      await expect(page.locator('#handout-names .handout-line').count()).resolves.toBe(2);
      await expect(page.locator('#handout-forecast .handout-line').count()).resolves.toBe(1);
      await expect(page.locator('#handout-forecast').textContent()).resolves.toContain('forecast');
      const border = await page.$eval('#handout-forecast .handout-line', (el) => getComputedStyle(el).borderBottomStyle);
      expect(border).toBe('solid');
      await page.locator('#handout-lines').screenshot({ path: 'test-output/screenshots/debrief-handout-lines-print.png' });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('an imported set-up whose number differs from the published file is not called published', async () => {
    const base = shippedScenario('venezuela-2025-buildup');
    const edited = JSON.parse(scenarioToJson(base));
    edited.id = 'venezuela-edited';
    edited.title = 'Venezuela, edited by hand';
    edited.defender.regulars.value = 110_000; // inside the published range (90,000-123,000), as the parser requires
    expect(edited.defender.regulars.status).toBe('published');
    await page.evaluate(() => (location.hash = '#/setup'));
    await page.waitForSelector('#import-file', { state: 'attached' });
    await page.setInputFiles('#import-file', { name: 'set-up.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) });
    await page.waitForSelector('[data-scenario="venezuela-edited"]');
    await page.evaluate(() => (location.hash = '#/setup'));
    const line = page.locator('.input-row[data-path="defender.regulars"] .published-line');
    await line.waitFor();
    expect(await line.getAttribute('data-status')).toBe('design');
    expect((await line.textContent()) ?? '').not.toMatch(/^published/);
    // An input the file did not change keeps its published status.
    expect(await page.getAttribute('.input-row[data-path="population.total"] .published-line', 'data-status')).toBe('published');
  });
});
