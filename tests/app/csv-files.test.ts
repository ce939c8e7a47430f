// Every CSV file the app writes starts with a UTF-8 byte-order mark (without it Excel reads the file
// in the computer's legacy code page and shows "Ã‰xito" for "Éxito") and keeps raw numbers (dot
// decimal, no grouping, whatever the page's language). The class of defect: a download of type
// text/csv anywhere in src must take its text from a writer that adds the mark, and each of those
// writers is checked here. The CLI's --csv prints to a terminal and has none.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, debriefCsv, inputsToCsv, summaryToCsv, sweepToCsv, toCsvFile, withBom } from '../../src/app/export';
import { encodeResultCode } from '../../src/app/result-code';
import { poolCodes, poolCsv } from '../../src/app/result-pool';
import { runSummary } from '../../src/engine/batch';
import { sweep } from '../../src/engine/sweep';
import { readCsv } from '../csv-reader';
import { shippedScenarios } from './fixtures';
import { fakeRecord, rngOf } from './result-fixtures';

const SCENARIOS = shippedScenarios();
const venezuela = SCENARIOS.find((s) => s.id === 'venezuela-minimum')!;

/** The writers whose text a text/csv download may carry: each adds the byte-order mark. */
const FILE_WRITERS = ['toCsvFile(', 'summaryToCsv(', 'debriefCsv(', 'inputsToCsv(', 'poolCsv('];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** One BOM, then text whose first character is not another BOM. */
function expectOneBom(text: string): void {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  expect(text.charCodeAt(1)).not.toBe(0xfeff);
  expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
}

describe('CSV files teachers open in a spreadsheet', () => {
  it('every text/csv download in src takes its text from a writer that adds the byte-order mark', () => {
    const sites: string[] = [];
    for (const file of sourceFiles('src')) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!line.includes("'text/csv")) return;
        sites.push(`${file}:${i + 1}`);
        // The download's text is built on the same line (a Blob or downloadText call).
        expect(
          FILE_WRITERS.some((writer) => line.includes(writer)),
          `${file}:${i + 1} writes CSV without the byte-order mark: ${line.trim()}`,
        ).toBe(true);
      });
    }
    // The debrief, timeline, analysis, set-up inputs and Class downloads: all found.
    expect(sites.length).toBeGreaterThanOrEqual(5);
  });

  it('each writer starts with exactly one byte-order mark and keeps raw numbers', () => {
    const summary = runSummary(venezuela, { runs: 200, seed: 'bom' });
    const debrief = summaryToCsv(summary, { scenario: venezuela.id });
    expectOneBom(debrief);
    const [header, row] = readCsv(debrief);
    expect(header[0]).toBe('scenario');
    expect(row[header.indexOf('success_rate')]).toBe(String(Number(summary.successRate.toFixed(6))));
    expect(row[header.indexOf('troops')]).toMatch(/^\d+$/);

    // The debrief's file: the batch, then the changed inputs (one byte-order mark for the whole file).
    expectOneBom(debriefCsv(summary, { scenario: venezuela.id }, venezuela, { 'intervener.troops': 12345 }));

    const inputs = inputsToCsv(venezuela, { 'intervener.troops': 12345 });
    expectOneBom(inputs);
    expect(inputs).toContain('12345');
    expect(inputs).not.toContain('12,345');

    const table = toCsvFile([
      ['Tropas', 'Éxito'],
      [10000, 0.423],
    ]);
    expect(table).toBe('\uFEFFTropas,Éxito\r\n10000,0.423\r\n');

    const rng = rngOf('bom');
    const codes = Array.from({ length: 3 }, () => encodeResultCode(fakeRecord(rng, venezuela)));
    const pooled = poolCsv(poolCodes(codes.join('\n'), SCENARIOS).accepted);
    expectOneBom(pooled);
    expect(withBom(pooled)).toBe(pooled);
  });

  it('the CLI prints its sweep without a byte-order mark (a terminal, not a file)', () => {
    const points = sweep(venezuela, { troops: [0, 10000], runs: 20, seed: 'cli' });
    expect(sweepToCsv(points).startsWith('scenario,')).toBe(true);
  });
});
