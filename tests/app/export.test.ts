// Export: a class set-up written as a scenario file passes the parser, resolves to the same inputs
// and runs to the same results as the original with its overrides; changed values say where they
// came from. CSV: RFC 4180 quoting, formula-safe text, numbers that read back exactly.
import seedrandom from 'seedrandom';
import { readCsv } from '../csv-reader';
import { describe, expect, it } from 'vitest';
import { csvField, scenarioFileText, scenarioWithOverrides, summaryToCsv, sweepToCsv, toCsv } from '../../src/app/export';
import { runSummary } from '../../src/engine/batch';
import { parseScenario, scenarioToJson } from '../../src/engine/scenario';
import { sweep } from '../../src/engine/sweep';
import { INPUTS, publishedValue, sourcedAt } from '../../src/model/inputs';
import { MODEL_VERSION } from '../../src/model/parameters';
import { resolveInputs } from '../../src/model/resolve';
import { statusOf } from '../../src/model/status';
import type { Overrides, Scenario } from '../../src/model/types';
import { shippedScenarios } from './fixtures';

const scenarios = shippedScenarios();
const byId = (id: string) => scenarios.find((s) => s.id === id)!;
const STATUS_TEXT = { published: 'published', derived: 'derived', design: 'design choice' } as const;

function randomOverrides(rng: () => number, scenario: Scenario): Overrides {
  const out: Overrides = {};
  for (const spec of INPUTS) {
    // Model constants (advanced.*) are not scenario values: a file cannot carry them.
    if (spec.path.startsWith('advanced.')) continue;
    if (rng() < 0.35) {
      // Any value in bounds, not rounded to a step: export must keep what resolve would use.
      out[spec.path] = spec.min + rng() * (spec.max - spec.min);
    }
  }
  // Mostly realistic changes too, near the published values.
  const troops = publishedValue(scenario, 'intervener.troops')!;
  if (rng() < 0.5) out['intervener.troops'] = Math.round(troops * (0.5 + rng()));
  return out;
}

describe('scenarioWithOverrides', () => {
  it('round-trips through the file format and resolves to the same inputs (400 seeded set-ups)', () => {
    const rng = seedrandom('export-round-trip');
    for (let i = 0; i < 400; i++) {
      const scenario = scenarios[i % scenarios.length];
      const overrides = randomOverrides(rng, scenario);
      const exported = scenarioWithOverrides(scenario, overrides, `Class ${i}`, { date: '2026-03-12' });
      const parsed = parseScenario(JSON.parse(scenarioToJson(exported)));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      expect(parsed.scenario).toEqual(exported);
      expect(resolveInputs(exported)).toEqual(resolveInputs(scenario, overrides));
    }
  });

  it('runs to exactly the same results as the original with the overrides', () => {
    const scenario = byId('venezuela-minimum');
    const overrides = { 'intervener.troops': 80000, 'defender.cohesion': 0.7, 'population.hostility': 0.25 };
    const exported = scenarioWithOverrides(scenario, overrides, 'period 2');
    const a = runSummary(scenario, { runs: 300, seed: 'export', overrides });
    const b = runSummary(exported, { runs: 300, seed: 'export' });
    expect(b).toEqual(a);
  });

  it('marks each changed value with the class label, the published value, its date and source', () => {
    const scenario = byId('venezuela-2025-buildup');
    const original = sourcedAt(scenario, 'intervener.troops')!;
    const exported = scenarioWithOverrides(scenario, { 'intervener.troops': 50000, 'defender.cohesion': 0.5 }, 'Period 3, Ms Ruiz', { date: '2026-03-12' });
    const troops = exported.intervener.troops;
    expect(troops.value).toBe(50000);
    expect(troops.asOf).toBe('2026-03-12');
    expect(troops.source).toBe(`Design choice, changed in class (Period 3, Ms Ruiz): the scenario's ${STATUS_TEXT[statusOf(original)]} value ${original.value} (${original.asOf}) from: ${original.source}`);
    // Cohesion 1 is a design choice in the file: the export says so, never "published".
    expect(exported.defender.cohesion.source).toMatch(/^Design choice, changed in class \(Period 3, Ms Ruiz\): the scenario's design choice value 1 /);
    // A class's value is the class's choice: an app that imports the file never calls it published.
    expect(statusOf(troops)).toBe('design');
    expect(statusOf(exported.defender.cohesion)).toBe('design');
    // Unchanged values are untouched, and the file says what changed in its "assumes".
    expect(exported.defender.regulars).toEqual(scenario.defender.regulars);
    expect(exported.population).toEqual(scenario.population);
    expect(exported.assumes).toContain('Changed in class (Period 3, Ms Ruiz): Intervention troops (N) 10000 → 50000; Cohesion (c) 1 → 0.5.');
    expect(exported.id).toBe('venezuela-2025-buildup-period-3-ms-ruiz');
    expect(exported.title).toBe(`${scenario.title} (Period 3, Ms Ruiz)`);
  });

  it('a "change" equal to the published value is not marked as changed', () => {
    const scenario = byId('panama-1989');
    const exported = scenarioWithOverrides(scenario, { 'intervener.troops': scenario.intervener.troops.value }, 'x');
    expect(exported.intervener.troops).toEqual(scenario.intervener.troops);
    expect(exported.assumes).toBe(scenario.assumes);
  });

  it('keeps the published range when the class value is inside it, and notes it when outside', () => {
    const scenario = byId('venezuela-2025-buildup');
    const range = scenario.defender.regulars.range!;
    // The published range (Cancian 90,000 to IISS 123,000; docs/model.md §7a).
    expect(range).toEqual([90_000, 123_000]);
    const inside = scenarioWithOverrides(scenario, { 'defender.regulars': (range[0] + range[1]) / 2 }, 'a');
    expect(inside.defender.regulars.range).toEqual(range);
    const outside = scenarioWithOverrides(scenario, { 'defender.regulars': range[1] * 3 }, 'b');
    expect(outside.defender.regulars.range).toBeUndefined();
    expect(outside.defender.regulars.note).toBe(`The published range was ${range[0]} to ${range[1]}; the class value lies outside it.`);
    expect(parseScenario(JSON.parse(scenarioToJson(outside))).ok).toBe(true);
  });

  it('rounds and clamps exactly as resolveInputs does', () => {
    const scenario = byId('panama-1989');
    const exported = scenarioWithOverrides(scenario, { 'intervener.troops': 12345.6, 'intervener.rotationMonth': 7.4 }, 'r');
    expect(exported.intervener.troops.value).toBe(12346);
    expect(exported.intervener.rotationMonth.value).toBe(7);
  });

  it('a national hostility change replaces regional hostility values, as resolveInputs does', () => {
    const base = byId('panama-1989');
    const withRegional: Scenario = {
      ...base,
      regions: base.regions.map((r) => ({ ...r, hostility: { value: 0.05, source: 'Test: regional value', asOf: '1989' } })),
    };
    expect(parseScenario(JSON.parse(scenarioToJson(withRegional))).ok).toBe(true);
    const exported = scenarioWithOverrides(withRegional, { 'population.hostility': 0.4 }, 'g');
    expect(exported.regions.every((r) => r.hostility === undefined)).toBe(true);
    expect(resolveInputs(exported)).toEqual(resolveInputs(withRegional, { 'population.hostility': 0.4 }));
    expect(exported.assumes).toMatch(/regional hostility values replaced by the national value/);
  });

  it('adds holding months to a scenario that had none, with the model default as the published value', () => {
    const scenario = byId('venezuela-planners');
    expect(scenario.objective.holdMonths).toBeUndefined();
    const exported = scenarioWithOverrides(scenario, { 'objective.holdMonths': 4 }, 'h');
    expect(exported.objective.holdMonths?.value).toBe(4);
    expect(exported.objective.holdMonths?.source).toMatch(/no published value; the model's default is 2/);
    expect(resolveInputs(exported).holdMonths).toBe(4);
  });

  it('never changes the scenario it was given', () => {
    const scenario = byId('venezuela-limited');
    const before = scenarioToJson(scenario);
    scenarioWithOverrides(scenario, { 'intervener.troops': 1, 'population.hostility': 0.9 }, 'z');
    expect(scenarioToJson(scenario)).toBe(before);
  });

  it('a hostile or huge label still gives a valid file (kebab id, bounded title)', () => {
    const scenario = byId('grenada-1983');
    for (const label of ['<script>alert(1)</script>', '   ', 'ñandú ÉTÉ 2026', 'x'.repeat(5000), '"; DROP TABLE; --']) {
      const exported = scenarioWithOverrides(scenario, { 'intervener.troops': 9000 }, label);
      const parsed = parseScenario(JSON.parse(scenarioFileText(scenario, { 'intervener.troops': 9000 }, label)));
      if (!parsed.ok) throw new Error(`${label.slice(0, 20)}: ${JSON.stringify(parsed.errors)}`);
      expect(exported.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(exported.title.length).toBeLessThanOrEqual(200);
    }
  });

  it('refuses overrides the catalogue rejects', () => {
    const scenario = byId('grenada-1983');
    expect(() => scenarioWithOverrides(scenario, { 'defender.tanks': 3 }, 'x')).toThrow(/unknown input/);
    expect(() => scenarioWithOverrides(scenario, { 'defender.cohesion': 3 }, 'x')).toThrow(/between 0 and 1/);
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks; neutralises formulas in text', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(0.1 + 0.2)).toBe('0.3');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
    expect(
      toCsv([
        ['a', 'b'],
        [1, 'x,y'],
      ]),
    ).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('guards formulas behind leading blanks and tabs, and leaves ordinary text alone', () => {
    expect(csvField('  =1+1')).toBe("'  =1+1");
    expect(csvField(' @cmd')).toBe("' @cmd");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r\n-2')).toBe(`"'\r\n-2"`);
    expect(csvField('a = b')).toBe('a = b');
    expect(csvField('Éxito 42 %')).toBe('Éxito 42 %');
    expect(csvField("it's")).toBe("it's");
  });

  it('writes numbers plainly: dot decimal, no grouping, at most six decimals', () => {
    expect(csvField(10000)).toBe('10000');
    expect(csvField(1234567)).toBe('1234567');
    expect(csvField(0.423)).toBe('0.423');
    expect(csvField(0.42345678)).toBe('0.423457');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField(Number.POSITIVE_INFINITY)).toBe('');
    expect(
      toCsv([
        ['Tropas', 'Éxito'],
        [10000, 0.423],
        [null, 'a"b'],
      ]),
    ).toBe('Tropas,Éxito\r\n10000,0.423\r\n,"a""b"\r\n');
  });

  it('a batch summary reads back: header names and every value', () => {
    const scenario = byId('venezuela-minimum');
    const summary = runSummary(scenario, { runs: 400, seed: 'csv, "quoted"' });
    const rows = readCsv(summaryToCsv(summary, { scenario: scenario.title }));
    expect(rows).toHaveLength(2);
    const [header, row] = rows;
    expect(header.length).toBe(row.length);
    const get = (name: string) => row[header.indexOf(name)];
    expect(get('scenario')).toBe(scenario.title);
    expect(get('seed')).toBe('csv, "quoted"');
    expect(Number(get('model_version'))).toBe(MODEL_VERSION);
    expect(Number(get('runs'))).toBe(400);
    expect(Number(get('troops'))).toBe(summary.troops);
    expect(Number(get('success_rate'))).toBeCloseTo(summary.successRate, 6);
    expect(Number(get('success_low_95'))).toBeCloseTo(summary.successInterval[0], 6);
    const shares = ['share_entry_failed', 'share_failed', 'share_contested', 'share_stabilized'].map((n) => Number(get(n)));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(Number(get('share_failed'))).toBeCloseTo(summary.outcomeShares.failed, 6);
    // 50,000 enter the capital in most runs (entry oracle ≈ 94%), so the capital-day columns are filled.
    expect(summary.capitalDays).not.toBeNull();
    expect(Number(get('capital_day_median'))).toBe(summary.capitalDays!.median);
  });

  it('capital-day columns are empty when no run entered the capital', () => {
    const scenario = byId('venezuela-2025-buildup');
    const summary = runSummary(scenario, { runs: 50, seed: 'none', overrides: { 'intervener.troops': 0 } });
    expect(summary.capitalDays).toBeNull();
    const [header, row] = readCsv(summaryToCsv(summary));
    expect(row[header.indexOf('capital_day_median')]).toBe('');
    expect(row[header.indexOf('scenario')]).toBe('');
  });

  it('a sweep gives one row per troop level with troops per 1,000', () => {
    const scenario = byId('venezuela-2025-buildup');
    const points = sweep(scenario, { troops: [10000, 50000, 150000], runs: 100, seed: 's' });
    const rows = readCsv(sweepToCsv(points, { scenario: scenario.id }));
    expect(rows).toHaveLength(4);
    const header = rows[0];
    expect(header.slice(0, 6)).toEqual(['scenario', 'model_version', 'seed', 'runs', 'troops', 'troops_per_thousand']);
    rows.slice(1).forEach((row, i) => {
      expect(row.length).toBe(header.length);
      expect(Number(row[4])).toBe(points[i].troops);
      expect(Number(row[5])).toBeCloseTo(points[i].troopsPerThousand, 6);
      expect(Number(row[header.indexOf('success_rate')])).toBeCloseTo(points[i].successRate, 6);
    });
    // The objective the figures are under, when given, in the last column.
    expect(header[header.length - 1]).toBe('objective');
    expect(readCsv(sweepToCsv(points, { objective: 'country' }))[1].at(-1)).toBe('country');
    // 10,000 among 28.4 million people is about 0.35 per 1,000 (docs/model.md).
    expect(Number(rows[1][5])).toBeCloseTo(10000 / (scenario.population.total.value / 1000), 6);
  });
});
