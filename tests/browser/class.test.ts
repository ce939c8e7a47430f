// A class's results pooled without a server, in real Chromium: the debrief offers a result code (text,
// QR code, Copy that falls back to a selection where the clipboard is refused, a .txt download) that
// decodes to the game's own values; the teacher's Class screen, reached from the teacher panel, pools
// 27 fabricated codes (encoded in node with the app's own module) and refuses 2 bad and 2 duplicate
// ones with a message naming the line, fills its tables with the figures node computes from the same
// codes, exports CSV (with a byte-order mark) and the chart as PNG, and reads in Spanish.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runSummary } from '../../src/engine/batch';
import { decodeResultCode, encodeResultCode } from '../../src/app/result-code';
import { changedInputs, outcomeTable, poolCodes } from '../../src/app/result-pool';
import { screenshot } from './browser';
import { finishGame, openFresh, shippedScenario } from './game-helpers';
import { shippedScenarios } from '../app/fixtures';
import { fakeRecord, rngOf } from '../app/result-fixtures';

const VENEZUELA = 'venezuela-2025-buildup';
/** A download's bytes (the browser runs apart from the test, so there is no local path to read). */
async function downloaded(download: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious, critical and WCAG 2.x A/AA violations on the page as it is. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate((source) => new Function(source)(), AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string | null; tags: string[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.tags.some((t) => /^wcag2a{1,2}$|^wcag21a{1,2}$/.test(t))).map((v) => v.id);
  });
}

describe('result codes and the Class screen', () => {
  it('the debrief offers a result code that decodes to the game, the forecast and the batch', async () => {
    const { page, errors, close } = await openFresh('#/setup');
    try {
      await page.click('#teacher-button');
      await page.check('#teacher-predict');
      await page.click('#teacher-save');
      // Predict-first holds on Play: the group's forecast comes before the board.
      await page.evaluate(() => (location.hash = '#/play'));
      await page.waitForSelector('#debrief-forecast');
      await page.fill('#debrief-forecast', '37');
      await page.click('#forecast-submit');
      await page.waitForFunction(() => window.__thresholdPlay?.phase() === 'entry', null, { timeout: 20_000 });
      await finishGame(page);
      await page.evaluate(() => (location.hash = '#/debrief'));
      await page.waitForSelector('#result-code-panel', { timeout: 60_000 });
      const code = await page.locator('#result-code').inputValue();
      const decoded = decodeResultCode(code);
      if (!decoded.ok) throw new Error(`the debrief's code does not decode: ${decoded.problem}`);
      const { record } = decoded;
      const summary = runSummary(shippedScenario(VENEZUELA), { runs: 1000, seed: '42', overrides: {} });
      expect(record.scenarioId).toBe(VENEZUELA);
      expect(record.seed).toBe('42');
      expect(record.overrides).toEqual({});
      expect(record.forecast).toBe(0.37);
      expect(record.batch.runs).toBe(1000);
      expect(record.batch.successRate).toBeCloseTo(summary.successRate, 4);
      expect(record.batch.entryRate).toBeCloseTo(summary.entryRate, 4);
      expect(record.batch.outcomeShares.stabilized).toBeCloseTo(summary.outcomeShares.stabilized, 4);
      const shown = await page.locator('#player-outcome').getAttribute('data-outcome');
      expect(record.game?.outcome).toBe(shown);
      // The same code is accepted by the pool (same model, same scenario content in node and browser).
      expect(poolCodes(code, shippedScenarios()).accepted).toHaveLength(1);
      // The QR code is drawn; the text is in a read-only field; a typical code's length.
      await expect(page.locator('#result-code-qr svg path').count()).resolves.toBe(1);
      await expect(page.locator('#result-code').getAttribute('readonly')).resolves.not.toBeNull();
      console.log(`result code: ${code.length} characters`);
      expect(await axeViolations(page)).toEqual([]);
      mkdirSync('test-output/screenshots', { recursive: true });
      await page.locator('#result-code-panel').screenshot({ path: 'test-output/screenshots/debrief-result-code.png' });
      // Copy where the clipboard is refused: the code is selected and the student told how to copy it.
      await page.evaluate(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('blocked')) }, configurable: true });
      });
      await page.click('#result-code-copy');
      await page.waitForFunction(() => document.getElementById('result-code-status')?.textContent?.includes('Ctrl+C'));
      const selected = await page.evaluate(() => {
        const field = document.getElementById('result-code') as HTMLTextAreaElement;
        return field.value.slice(field.selectionStart, field.selectionEnd);
      });
      expect(selected).toBe(code);
      // Download .txt: the code alone.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#result-code-download')]);
      expect(download.suggestedFilename()).toBe(`threshold-${VENEZUELA}-10000-seed-42-result-code.txt`);
      expect((await downloaded(download)).toString('utf8').trim()).toBe(code);
      // Spanish, in place: the same field with the same code, the panel's words re-worded.
      await page.evaluate(() => ((document.getElementById('result-code') as HTMLElement & { __kept?: boolean }).__kept = true));
      await page.selectOption('#language', 'es');
      await page.waitForFunction(() => document.getElementById('result-code-h')?.textContent === 'Tu código de resultado para el docente');
      expect(await page.evaluate(() => (document.getElementById('result-code') as HTMLElement & { __kept?: boolean }).__kept)).toBe(true);
      await expect(page.locator('#result-code').inputValue()).resolves.toBe(code);
      await expect(page.locator('#result-code-copy').textContent()).resolves.toBe('Copiar el código');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('pools a class of 27 codes, refuses 2 bad and 2 duplicates by line, and exports CSV and PNG', async () => {
    const scenarios = shippedScenarios();
    const rng = rngOf('class-of-27');
    const records = Array.from({ length: 27 }, () => fakeRecord(rng, scenarios[Math.floor(rng() * scenarios.length)]));
    const codes = records.map(encodeResultCode);
    const corrupt = codes[5].slice(0, 12) + (codes[5][12] === 'A' ? 'B' : 'A') + codes[5].slice(13);
    // Lines 1-27 the class; 28 a changed character; 29 a duplicate of line 4; 30 not a code; 31 a duplicate of line 10.
    const text = [...codes, corrupt, codes[3], 'hello-teacher', codes[9]].join('\n');
    const expected = poolCodes(text, scenarios);
    expect(expected.accepted).toHaveLength(27);

    const { page, errors, close } = await openFresh('#/setup');
    try {
      // Reached from the teacher panel; not in the students' navigation until it is open.
      await expect(page.locator('#nav a[data-screen="class"]').isVisible()).resolves.toBe(false);
      // The teacher hides one input from students: the projected table does not show its values.
      await page.click('#teacher-button');
      await page.selectOption('dialog.teacher-dialog select[data-path="intervener.quality"]', 'hidden');
      await page.click('#teacher-save');
      await page.click('#teacher-button');
      await page.click('#teacher-class-link');
      await page.waitForSelector('#class-paste');
      expect(page.url()).toContain('#/class');
      await expect(page.locator('#nav a[data-screen="class"]').getAttribute('aria-current')).resolves.toBe('page');
      await page.fill('#class-paste', text);
      await page.click('#class-add');
      await page.waitForSelector('#class-calibration');
      await expect(page.locator('#class-status').getAttribute('data-pooled')).resolves.toBe('27');
      expect(await page.locator('#class-status').textContent()).toContain('27 codes pooled. Last added: 27 accepted, 4 refused.');
      const refused = await page.locator('#class-refused li').evaluateAll((items) => items.map((li) => [li.getAttribute('data-line'), li.getAttribute('data-problem'), li.textContent]));
      expect(refused.map(([line, problem]) => [line, problem])).toEqual([
        ['28', 'checksum'],
        ['29', 'duplicate'],
        ['30', 'not-a-code'],
        ['31', 'duplicate'],
      ]);
      expect(refused[0][2]).toMatch(/^Line 28 \(“TH1-.*”\): the checksum does not match/);
      expect(refused[1][2]).toMatch(/^Line 29 .*: a duplicate of line 4; it counts once\.$/);
      // The calibration table: one row per group, forecasts and the model's rates as raw values.
      await expect(page.locator('#class-calibration tbody tr').count()).resolves.toBe(27);
      await expect(page.locator('#class-calibration tbody th[scope="row"]').count()).resolves.toBe(27);
      const first = page.locator('#class-calibration tbody tr[data-line="1"] td');
      await expect(first.nth(3).getAttribute('data-value')).resolves.toBe(String(records[0].batch.successRate));
      const dots = records.filter((r) => r.forecast !== null).length;
      await expect(page.locator('#class-chart circle.class-dot').count()).resolves.toBe(dots);
      expect(dots).toBeGreaterThan(10);
      // The outcome table against node's figures for the same codes.
      const outcomes = outcomeTable(expected.accepted);
      for (const row of outcomes.rows) {
        const cells = page.locator(`#class-outcomes tbody tr[data-outcome="${row.outcome}"] td`);
        await expect(cells.nth(0).getAttribute('data-value')).resolves.toBe(String(row.games));
        expect(Number(await cells.nth(1).getAttribute('data-value'))).toBeCloseTo(row.expected, 9);
      }
      expect(new Set(outcomes.rows.filter((r) => r.games > 0).map((r) => r.outcome)).size).toBeGreaterThanOrEqual(3);
      // The inputs table: one row per changed path.
      const changed = changedInputs(expected.accepted);
      await expect(page.locator('#class-inputs tbody tr').count()).resolves.toBe(changed.length);
      await expect(page.locator(`#class-inputs tbody tr[data-path="${changed[0].path}"] td`).nth(1).textContent()).resolves.toBe(String(changed[0].groups));
      const quality = changed.find((c) => c.path === 'intervener.quality');
      expect(quality?.groups).toBeGreaterThan(0);
      await expect(page.locator('#class-inputs tbody tr[data-path="intervener.quality"] td').nth(2).textContent()).resolves.toBe('hidden by the teacher');
      await screenshot(page, 'class-top');
      mkdirSync('test-output/screenshots', { recursive: true });
      await page.screenshot({ path: 'test-output/screenshots/class.png', fullPage: true });
      // CSV: UTF-8 with a byte-order mark, raw numbers, one row per group.
      const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#class-csv')]);
      const bytes = await downloaded(csv);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
      expect(lines).toHaveLength(28);
      expect(lines[1].startsWith(`1,${records[0].scenarioId},`)).toBe(true);
      expect(lines[1]).toContain(`,${records[0].batch.successRate},`);
      // PNG of the chart.
      const [png] = await Promise.all([page.waitForEvent('download'), page.click('#class-png')]);
      expect(png.suggestedFilename()).toBe('threshold-class-forecasts.png');
      expect([...(await downloaded(png)).subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
      // A second paste of codes already pooled: all duplicates, the class unchanged.
      await page.fill('#class-paste', codes.slice(0, 2).join(' '));
      await page.click('#class-add');
      await expect(page.locator('#class-status').getAttribute('data-pooled')).resolves.toBe('27');
      await expect(page.locator('#class-refused li[data-problem="duplicate"]').count()).resolves.toBe(2);
      expect(await page.locator('#class-refused li').first().textContent()).toContain('a duplicate of a code already pooled');
      // A .txt file of codes (as the debrief downloads them): one new, one already pooled.
      const extra = encodeResultCode(fakeRecord(rng, scenarios[0]));
      await page.setInputFiles('#class-file', { name: 'group-28.txt', mimeType: 'text/plain', buffer: Buffer.from(`${extra}\r\n${codes[0]}\r\n`) });
      await page.waitForFunction(() => document.getElementById('class-status')?.dataset.pooled === '28');
      await expect(page.locator('#class-refused li').evaluateAll((items) => items.map((li) => `${li.getAttribute('data-line')} ${li.getAttribute('data-problem')}`))).resolves.toEqual(['2 duplicate']);
      await expect(page.locator('#class-calibration tbody tr').count()).resolves.toBe(28);
      // axe: no serious, critical or WCAG A/AA violation on the filled screen.
      expect(await axeViolations(page)).toEqual([]);
      // Spanish: the pooled class stays (memory of this page) and the screen reads in Spanish.
      await page.selectOption('#language', 'es');
      await page.waitForFunction(() => document.querySelector('main h2')?.textContent === 'Resultados de la clase');
      await expect(page.locator('#class-calibration tbody tr').count()).resolves.toBe(28);
      expect(await page.locator('#class-outcomes caption').textContent()).toContain('Las partidas de los grupos');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
