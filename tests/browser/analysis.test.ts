// The analysis screen in real Chromium: the curve follows the sliders, the inverse answer sits where
// the curve crosses the target, every text alternative carries the chart's own numbers, and what the
// page computed in Web Workers equals what node computes with the same engine code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openPage, screenshot, type OpenedPage } from './browser';
import { parseScenario } from '../../src/engine/scenario';
import { sweepTallies } from '../../src/engine/sweep';
import { tallySweep } from '../../src/ui/analysis/jobs';
import type { AnalysisState } from '../../src/ui/analysis/controller';
import type { Tally } from '../../src/model/types';
import { MAX_TROOPS } from '../../src/ui/analysis/curve';
import { SWEEP_H, SWEEP_W } from '../../src/ui/analysis/sweep-chart';

let opened: OpenedPage;
let page: Page;

async function settled(): Promise<AnalysisState> {
  await page.waitForFunction(() => {
    const s = window.__thresholdAnalysis?.state();
    return !!s && s.pending === 0 && !!s.refined.central && s.refined.centralRuns === s.refined.runs && !!s.refined.pessimistic;
  }, null, { timeout: 120_000 });
  // One more frame so the last results are drawn.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => window.__thresholdAnalysis!.state()!);
}

/** The sweep table as rendered: [troops, success %, entry %] per row, parsed from the cells. */
async function sweepTable(): Promise<{ troops: number; success: string; entry: string; runs: number }[]> {
  return page.$$eval('#an-sweep table tbody tr', (rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
      return { troops: Number(cells[0].replace(/,/g, '')), success: cells[2], entry: cells[4], runs: Number(cells[7].replace(/,/g, '')) };
    }),
  );
}

function pct(share: number): string {
  const p = share * 100;
  if (p !== 0 && Math.abs(p) < 1) return `${p.toFixed(1)}%`;
  return `${Math.round(p)}%`;
}

/** Plot coordinates of the sweep chart (the same margins as sweep-chart.ts). */
const X = (troops: number) => 62 + (troops / MAX_TROOPS) * (SWEEP_W - 24 - 62);
const Y = (rate: number) => SWEEP_H - 56 - rate * (SWEEP_H - 56 - 58);

function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

beforeAll(async () => {
  opened = await openPage('#/analysis');
  page = opened.page;
  await page.evaluate(() => localStorage.setItem('threshold.walkthrough.seen', '1'));
  await page.reload();
  await page.waitForSelector('#an-sweep svg');
});

afterAll(async () => {
  await opened?.close();
});

describe('analysis screen', () => {
  it('draws the sweep, the band, markers and every chart with its text alternative, without errors', async () => {
    const state = await settled();
    expect(state.refined.central!.length).toBe(state.refined.levels.length);
    for (const id of ['an-sweep', 'an-density', 'an-tornado', 'an-runset']) {
      const svg = page.locator(`#${id} svg`);
      await expect(svg.getAttribute('role')).resolves.toBe('img');
      const sentence = await page.locator(`#${id}-sentence`).textContent();
      expect(sentence!.length, id).toBeGreaterThan(40);
      expect(sentence).not.toMatch(/Computing/);
      expect(await page.locator(`#${id} table tbody tr`).count(), id).toBeGreaterThan(0);
    }
    expect(await page.locator('#an-sweep [data-series="band"]').count()).toBe(1);
    expect(await page.locator('.an-marker-btn').count()).toBe(5);
    await screenshot(page, 'analysis-top');
    await page.locator('#an-sweep').screenshot({ path: 'test-output/screenshots/analysis-sweep.png' });
    await page.locator('#an-density').screenshot({ path: 'test-output/screenshots/analysis-density.png' });
    await page.locator('#an-tornado').screenshot({ path: 'test-output/screenshots/analysis-tornado.png' });
    await page.locator('#an-runset').screenshot({ path: 'test-output/screenshots/analysis-runset.png' });
    expect(opened.errors).toEqual([]);
  });

  it('the text alternative carries the same numbers as the chart', async () => {
    const state = await settled();
    const central = state.refined.central!;
    const rows = await sweepTable();
    expect(rows.map((r) => r.troops)).toEqual(central.map((t) => t.troops));
    rows.forEach((row, i) => {
      expect(row.success).toBe(pct(central[i].success / central[i].runs));
      expect(row.entry).toBe(pct(central[i].entered / central[i].runs));
      expect(row.runs).toBe(central[i].runs);
    });
    // The drawn success path goes through exactly these points.
    const d = await page.locator('#an-sweep [data-series="success"]').getAttribute('d');
    const points = pathPoints(d!);
    expect(points.length).toBe(central.length);
    points.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(X(central[i].troops), 1);
      expect(y).toBeCloseTo(Y(central[i].success / central[i].runs), 1);
    });
    // The sentence quotes the table's values at the published force sizes.
    const sentence = (await page.locator('#an-sweep-sentence').textContent())!;
    for (const troops of [10_000, 50_000, 150_000]) {
      const row = rows.find((r) => r.troops === troops)!;
      expect(sentence).toContain(`${row.success} at ${troops.toLocaleString('en-GB')}`);
    }
    // Run set: the histogram table sums to the runs that entered the capital, and the sentence says N and seed.
    const runSet = state.runSet!;
    const dayRows = await page.$$eval('#an-runset table tbody tr', (trs) => trs.map((tr) => Number(tr.querySelector('td')!.textContent!.replace(/,/g, ''))));
    expect(dayRows.reduce((a, b) => a + b, 0)).toBe(runSet.capitalDayCounts.reduce((a, b) => a + b, 0));
    expect(await page.locator('#an-runset-sentence').textContent()).toContain(`${runSet.runs.toLocaleString('en-GB')} runs with seed "${state.seed}"`);
    expect(await page.locator('#an-runset rect.an-hist').count()).toBe(runSet.capitalDayCounts.filter((c) => c > 0).length);
    // Tornado: one table row per ranged input, its rates equal to the tallies.
    const tornadoRows = await page.$$eval('#an-tornado table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent)));
    expect(tornadoRows.length).toBe(state.tornado.length);
    for (const bar of state.tornado) {
      const row = tornadoRows.find((r) => r[0] === bar.input.label)!;
      expect(row[2]).toBe(pct(bar.low!.success / bar.low!.runs));
      expect(row[4]).toBe(pct(bar.high!.success / bar.high!.runs));
    }
  });

  it('the data tables are reachable from the keyboard', async () => {
    const summary = page.locator('#an-sweep details summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#an-sweep details').getAttribute('open')).resolves.not.toBeNull();
    expect(await page.locator('#an-sweep table').isVisible()).toBe(true);
    // A marker button takes focus to its quote card.
    await page.locator('.an-marker-btn').nth(3).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('an-quote-fifty');
  });

  it('the inverse answer lies where the curve crosses the target', async () => {
    for (const target of [50, 30]) {
      await page.fill('#an-target', String(target));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const state = await settled();
      const central = state.refined.central!;
      const rates = central.map((t) => t.success / t.runs);
      const answer = await page.locator('#an-inverse-answer').getAttribute('data-troops');
      const first = rates.findIndex((r) => r >= target / 100);
      if (first < 0) {
        expect(answer).toBe('');
        continue;
      }
      const troops = Number(answer);
      expect(first).toBeGreaterThan(0);
      expect(troops).toBeGreaterThanOrEqual(central[first - 1].troops);
      expect(troops).toBeLessThanOrEqual(central[first].troops);
      // Linear interpolation: the curve's value at the answer is the target.
      const t = (troops - central[first - 1].troops) / (central[first].troops - central[first - 1].troops);
      expect(rates[first - 1] + t * (rates[first] - rates[first - 1])).toBeCloseTo(target / 100, 6);
      // Drawn on the chart at that troop level and that height.
      const dot = page.locator('#an-sweep .an-answer-dot');
      expect(Number(await dot.getAttribute('cx'))).toBeCloseTo(X(troops), 3);
      expect(Number(await dot.getAttribute('cy'))).toBeCloseTo(Y(target / 100), 3);
      expect(await page.locator('#an-inverse-answer').textContent()).toContain(`${target}% success takes about`);
    }
    // A target the curve never reaches is said plainly.
    await page.fill('#an-target', '99');
    const state = await settled();
    const max = Math.max(...state.refined.central!.map((t) => t.success / t.runs));
    if (max < 0.99) await expect(page.locator('#an-inverse-answer').textContent()).resolves.toContain('not reached below 300,000');
    await page.fill('#an-target', '50');
  });

  it('moving a slider updates the curve, and the workers agree with node exactly', async () => {
    const before = await settled();
    const rowsBefore = await sweepTable();
    const pathBefore = await page.locator('#an-sweep [data-series="success"]').getAttribute('d');
    const slider = page.locator('#an-in-population-hostility');
    await slider.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    await expect(slider.inputValue()).resolves.toBe('0.22');
    const after = await settled();
    expect(after.overrides['population.hostility']).toBeCloseTo(0.22, 10);
    const rowsAfter = await sweepTable();
    const pathAfter = await page.locator('#an-sweep [data-series="success"]').getAttribute('d');
    expect(pathAfter).not.toBe(pathBefore);
    expect(rowsAfter).not.toEqual(rowsBefore);
    // Lower hostility: the requirement falls, so success at 150,000 rises (same runs under CRN).
    const at = (s: AnalysisState, troops: number) => s.refined.central!.find((t) => t.troops === troops)!;
    expect(at(after, 150_000).success).toBeGreaterThan(at(before, 150_000).success);
    await screenshot(page, 'analysis-after-slider');

    // The page's scenario is the shipped file.
    const file = JSON.parse(readFileSync(`scenarios/${after.scenario.id}.json`, 'utf8'));
    const parsed = parseScenario(file);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(after.scenario).toEqual(parsed.scenario);

    // Node, one call over the whole run range, with the engine's own sweep and with the page's task code.
    const levels = after.refined.levels;
    const node = sweepTallies(after.scenario, { troops: levels, runs: after.refined.runs, seed: after.seed, overrides: after.overrides });
    expect(after.refined.central).toEqual(node);
    const task = { scenario: after.scenario, seed: after.seed, levels, firstRun: 0 };
    // The band at the published force sizes (each level's tally depends only on its own inputs and runs).
    const sample = [10_000, 50_000, 150_000, 300_000];
    const pick = (tallies: Tally[]) => tallies.filter((t) => sample.includes(t.troops));
    const bandTask = { ...task, levels: sample, runs: after.refined.runs };
    expect(pick(after.refined.pessimistic!)).toEqual(tallySweep({ ...bandTask, overrides: after.band.pessimistic }));
    expect(pick(after.refined.optimistic!)).toEqual(tallySweep({ ...bandTask, overrides: after.band.optimistic }));
    const runSet: Tally[] = tallySweep({ ...task, levels: [after.troops], overrides: after.overrides, runs: after.runSet!.runs });
    expect(after.runSet).toEqual(runSet[0]);
    for (const bar of after.tornado) {
      const [low] = tallySweep({ ...task, levels: [after.troops], overrides: { ...after.overrides, [bar.input.path]: bar.input.range[0] }, runs: bar.low!.runs });
      expect(bar.low).toEqual(low);
    }
    // Claim cards: each check's tally equals node's, and the verdict shown follows from it.
    const shown = Object.fromEntries(await page.$$eval('.an-verdict', (els) => els.map((e) => [e.getAttribute('data-claim'), e.getAttribute('data-verdict')])));
    for (const claim of after.scenario.claims) {
      let agrees = true;
      for (const check of claim.checks) {
        const objective = check.objective ?? after.scenario.objective.kind;
        const troops = check.troops ?? after.scenario.intervener.troops.value;
        const [tally] = tallySweep({ ...task, levels: [troops], objective, overrides: after.overrides, runs: after.claims[`${objective}|${troops}`].runs });
        expect(after.claims[`${objective}|${troops}`]).toEqual(tally);
        const value = (check.metric === 'successRate' ? tally.success : check.metric === 'entryRate' ? tally.entered : NaN) / tally.runs;
        if (Number.isNaN(value)) continue;
        const ok = check.op === '<' ? value < check.value : check.op === '<=' ? value <= check.value : check.op === '>' ? value > check.value : value >= check.value;
        agrees &&= ok;
      }
      if (claim.checks.every((c) => c.metric === 'successRate' || c.metric === 'entryRate')) expect(shown[claim.id]).toBe(agrees ? 'agrees' : 'disagrees');
    }
    expect(opened.errors).toEqual([]);
  });

  it('moving the troop level keeps the curves and recomputes the run set there', async () => {
    const before = await settled();
    const slider = page.locator('#an-in-intervener-troops');
    await slider.focus();
    await page.keyboard.press('End');
    const after = await settled();
    expect(after.troops).toBe(300_000);
    expect(after.refined.central).toEqual(before.refined.central);
    expect(after.runSet!.troops).toBe(300_000);
    const x = Number(await page.locator('#an-sweep .an-current').getAttribute('x1'));
    expect(x).toBeCloseTo(X(300_000), 3);
    expect(await page.locator('#an-runset-sentence').textContent()).toContain('at 300,000 troops');
    expect(opened.errors).toEqual([]);
  });

  it('choosing another objective recomputes the curve for it', async () => {
    const before = await settled();
    expect(before.scenario.objective.kind).toBe('country');
    await page.selectOption('#an-objective', 'capital');
    await page.waitForFunction(() => window.__thresholdAnalysis?.state()?.scenario.objective.kind === 'capital');
    const after = await settled();
    expect(await page.locator('#an-sweep-sentence').textContent()).toContain('The capital objective succeeds');
    // Seizing the capital is easier than holding the country: never less success at any level (same runs).
    after.refined.central!.forEach((t, i) => expect(t.success).toBeGreaterThanOrEqual(before.refined.central![i].success));
    const node = sweepTallies(after.scenario, { troops: after.refined.levels, runs: after.refined.runs, seed: after.seed, overrides: after.overrides });
    expect(after.refined.central).toEqual(node);
    await page.selectOption('#an-objective', 'country');
    await settled();
  });

  it('every shipped scenario draws its curve and density comparison', async () => {
    const ids = await page.$$eval('#an-scenario option', (options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) {
      await page.selectOption('#an-scenario', id);
      await page.waitForFunction((want) => {
        const s = window.__thresholdAnalysis?.state();
        return !!s && s.scenario.id === want && !!s.coarse.central && s.timings.coarseDrawnAt !== undefined;
      }, id, { timeout: 60_000 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.locator('#an-sweep-sentence').textContent()).toMatch(/objective succeeds in/);
      expect(await page.locator('#an-density-sentence').textContent()).toMatch(/per 1,000 inhabitants here/);
      expect(await page.locator('#an-sweep [data-series="success"]').count()).toBe(1);
      await page.locator('#an-sweep').screenshot({ path: `test-output/screenshots/analysis-sweep-${id}.png` });
    }
    expect(opened.errors).toEqual([]);
  });
});
