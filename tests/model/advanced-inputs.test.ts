// The advanced inputs: every model constant marked "design" in src/model/parameters.ts is an input
// "advanced.<parameter>" with bounds, a design range and its reason (status design), settable with
// --set, carried by overrides and share links, applied onto ModelParameters when resolved, and
// moved across its design range in the tornado.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/engine/batch';
import { createGame } from '../../src/engine/play';
import { parseScenario } from '../../src/engine/scenario';
import { inputRanges, sensitivity } from '../../src/engine/sensitivity';
import { ADVANCED_SPECS, advancedSourced, resolveParameters } from '../../src/model/advanced';
import { checkOverrides, findInput, INPUTS, sourcedAt } from '../../src/model/inputs';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { resolveInputs } from '../../src/model/resolve';
import { statusOf } from '../../src/model/status';
import type { Scenario } from '../../src/model/types';
import { main } from '../../src/cli/main';

const ROOT = join(__dirname, '../..');
function load(file: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(join(ROOT, file), 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 2)));
  return parsed.scenario;
}
const planners = load('scenarios/venezuela-planners.json');

/** The keys src/model/parameters.ts marks "design" (its comment after the value). */
function designKeys(): string[] {
  const text = readFileSync(join(ROOT, 'src/model/parameters.ts'), 'utf8');
  return [...text.matchAll(/^\s+(\w+): [^,]+, \/\/ design\b/gm)].map((m) => m[1]).sort();
}

describe('the advanced catalogue', () => {
  it('every parameter marked "design" is an advanced input, and nothing else is', () => {
    const keys = designKeys();
    expect(keys.length).toBeGreaterThanOrEqual(18);
    expect(keys).toContain('resistanceNoise');
    expect(ADVANCED_SPECS.map((s) => s.key).sort()).toEqual(keys);
    for (const key of keys) expect(findInput(`advanced.${key}`), key).toBeDefined();
    // Sourced constants stay fixed (their sources are in docs/model.md §7b).
    for (const fixed of ['crtSlope', 'loserAttrition', 'winnerAttrition', 'hostTarget', 'perResister']) expect(findInput(`advanced.${fixed}`)).toBeUndefined();
  });

  it('each has a label, symbol, unit, bounds, step, help, a design range holding its value and a reason; status design', () => {
    for (const spec of INPUTS.filter((s) => s.path.startsWith('advanced.'))) {
      const key = spec.path.slice('advanced.'.length) as keyof typeof DEFAULT_PARAMETERS;
      const value = DEFAULT_PARAMETERS[key] as number;
      expect(spec.status, spec.path).toBe('design');
      for (const text of [spec.label, spec.symbol, spec.unit, spec.help, spec.reason]) expect(text, spec.path).toMatch(/\S/);
      expect(spec.reason, spec.path).toMatch(/docs\/model\.md §\d/);
      const [low, high] = spec.designRange!;
      expect(spec.min <= low && low <= value && value <= high && high <= spec.max, `${spec.path}: ${spec.min} ≤ ${low} ≤ ${value} ≤ ${high} ≤ ${spec.max}`).toBe(true);
      expect(spec.step).toBeGreaterThan(0);
      // Every screen labels it through its Sourced record: a design choice with the reason and the range.
      const sourced = sourcedAt(planners, spec.path)!;
      expect(statusOf(sourced)).toBe('design');
      expect(sourced.value).toBe(value);
      expect(sourced.range).toEqual([low, high]);
      expect(sourced.source).toBe(`Design choice: ${spec.reason}`);
    }
    // Listed last, after the scenario's own inputs.
    const first = INPUTS.findIndex((s) => s.path.startsWith('advanced.'));
    expect(INPUTS.slice(first).every((s) => s.path.startsWith('advanced.'))).toBe(true);
  });
});

describe('resolving advanced overrides onto ModelParameters', () => {
  it('applies them, fitted to the bounds (whole numbers where whole); no override leaves the parameters untouched', () => {
    expect(resolveParameters({})).toBe(DEFAULT_PARAMETERS);
    expect(resolveParameters({ 'defender.cohesion': 0.5 })).toBe(DEFAULT_PARAMETERS);
    const p = resolveParameters({ 'advanced.resistanceNoise': 0.05, 'advanced.winsToEnter': 4.4, 'advanced.growthScale': 9 });
    expect(p.resistanceNoise).toBe(0.05);
    expect(p.winsToEnter).toBe(4);
    expect(p.growthScale).toBe(0.06);
    expect(p.crtSlope).toBe(DEFAULT_PARAMETERS.crtSlope);
    expect(resolveInputs(planners, { 'advanced.resistanceNoise': 0.05 }).params?.resistanceNoise).toBe(0.05);
    expect(resolveInputs(planners, {}).params).toBeUndefined();
    expect(checkOverrides({ 'advanced.resistanceNoise': 0.5 })).toHaveLength(1);
    expect(checkOverrides({ 'advanced.resistanceNoise': 0.2 })).toEqual([]);
  });

  it('a batch with an advanced override equals the batch run on parameters set directly (and differs from the default)', () => {
    const viaOverride = runBatch(planners, { runs: 300, seed: 'adv', overrides: { 'advanced.resistanceNoise': 0.2, 'advanced.stabilizedHoldMonths': 12 } });
    const direct = runBatch(planners, { runs: 300, seed: 'adv', params: { ...DEFAULT_PARAMETERS, resistanceNoise: 0.2, stabilizedHoldMonths: 12 } });
    expect(viaOverride).toEqual(direct);
    expect(viaOverride).not.toEqual(runBatch(planners, { runs: 300, seed: 'adv' }));
    // A shorter horizon draws fewer numbers; the run set still runs.
    const short = runBatch(planners, { runs: 50, seed: 'adv', overrides: { 'advanced.entryDays': 30, 'advanced.controlMonths': 24 } });
    expect(short.runs).toBe(50);
  });

  it('a game carries them: its parameters are the resolved ones', () => {
    const game = createGame(planners, { 'advanced.hostWeight': 0.75 }, 'adv');
    expect(game.params.hostWeight).toBe(0.75);
  });
});

describe('the CLI and the tornado', () => {
  function sim(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readFile: (path) => readFileSync(join(ROOT, path), 'utf8') });
    return { code, stdout, stderr };
  }

  it('--set advanced.resistanceNoise=0.2 gives the batch of that override; an out-of-bounds value is refused', () => {
    const out = sim(['scenarios/venezuela-planners.json', '--runs', '200', '--seed', 'cli', '--set', 'advanced.resistanceNoise=0.2', '--json']);
    expect(out.code, out.stderr).toBe(0);
    const tally = runBatch(planners, { runs: 200, seed: 'cli', overrides: { 'advanced.resistanceNoise': 0.2 } });
    expect(JSON.parse(out.stdout).successRate).toBe(tally.success / tally.runs);
    const bad = sim(['scenarios/venezuela-planners.json', '--set', 'advanced.resistanceNoise=5']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/advanced\.resistanceNoise: must be between 0 and 0\.3/);
  });

  it('the tornado moves every advanced input across its design range (a design range), and the bar is the batches at its ends', () => {
    const inputs = resolveInputs(planners, {});
    const ranges = new Map(inputRanges(planners, inputs, {}).map((r) => [r.spec.path, r]));
    for (const spec of ADVANCED_SPECS) {
      const range = ranges.get(`advanced.${spec.key}`);
      expect(range, spec.key).toBeDefined();
      expect([range!.low, range!.high]).toEqual(spec.range);
      expect(range!.rangeKind).toBe('design');
    }
    const bars = sensitivity(planners, { metric: 'successRate', runs: 150, seed: 'tornado-adv' });
    const sigma = bars.find((b) => b.path === 'advanced.resistanceNoise')!;
    const at = (s: number) => {
      const t = runBatch(planners, { runs: 150, seed: 'tornado-adv', overrides: { 'advanced.resistanceNoise': s } });
      return t.success / t.runs;
    };
    expect(sigma.metricAtLow).toBe(at(0));
    expect(sigma.metricAtHigh).toBe(at(0.2));
    expect(advancedSourced('advanced.resistanceNoise')?.range).toEqual([0, 0.2]);
  });
});
