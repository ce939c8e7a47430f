// A claim's verdict across the declared ranges of its inputs, and the input that moves it most.
//
// A point verdict (all checks hold at the current inputs, or not) hides how sure it is: a claim that
// agrees at hostility 0.30 may disagree at 0.25. So every claim is also evaluated with each input
// moved to the two ends of its range, one input at a time, all on the same runs (common random
// numbers: the tornado of each condition the claim's checks run at, src/engine/sensitivity.ts).
//   - agrees / disagrees: the verdict is the same at both ends of every declared range;
//   - depends: at an end of some declared range the verdict differs; the card names each such input,
//     the verdict at each end, and an estimate of the value where it changes (linear between the
//     evaluated points on the check's margin; an estimate, said so wherever it is shown);
//   - not-testable: the claim card says the model cannot test its quote (testable: false).
// Only declared ranges (published or design ranges written in the scenario or the model's parameter
// catalogue) decide "depends"; the ±50% ranges the tornado assumes where none is declared only rank
// the inputs (the driver), as the tornado does.
import type { CheckResult, ClaimCheck, ClaimFlip, ClaimRange, SensitivityBar, Tally, Verdict } from '../model/types';
import { metricValue } from './metrics';
import type { TornadoRange } from './sensitivity';

/** The tornado of one claim condition (troops, objective): its ranges and its variants' tallies (base, then low/high per range). */
export interface ConditionTornado {
  ranges: readonly TornadoRange[];
  tallies: readonly Tally[];
}

/** Is a range declared (published or design) rather than assumed by the tornado? */
export const isDeclared = (range: Pick<TornadoRange, 'rangeKind'>): boolean => range.rangeKind !== 'assumed ±50%';

export function checkHolds(measured: number, op: ClaimCheck['op'], threshold: number): boolean {
  switch (op) {
    case '<':
      return measured < threshold;
    case '<=':
      return measured <= threshold;
    case '>':
      return measured > threshold;
    case '>=':
      return measured >= threshold;
  }
}

interface CheckAtRange {
  check: CheckResult;
  low: number;
  high: number;
  base: number;
}

const verdictOf = (holds: readonly boolean[]): Verdict => (holds.every(Boolean) ? 'agrees' : 'disagrees');

/** Signed distance of a measured figure from a check's threshold: positive when the check holds. */
function margin(check: CheckResult, measured: number): number {
  const d = measured - check.threshold;
  if (check.op === '<' || check.op === '<=') return -d + (check.op === '<' && d === 0 ? -Number.EPSILON : 0);
  return d + (check.op === '>' && d === 0 ? -Number.EPSILON : 0);
}

/** Where, between the base value and an end, a check changes from holding to not (or back). */
function crossing(at: CheckAtRange, baseValue: number, endValue: number, endMeasured: number): number | null {
  const m0 = margin(at.check, at.base);
  const m1 = margin(at.check, endMeasured);
  if (m0 >= 0 === m1 >= 0 || m0 === m1) return null;
  return baseValue + ((endValue - baseValue) * m0) / (m0 - m1);
}

/**
 * The claim's figures with each input at its two ends. `tornadoOf(check)` gives the tornado of the
 * check's condition. Returns, per input path, the checks' figures at that input's ends.
 */
function figuresByInput(checks: readonly CheckResult[], tornadoOf: (check: CheckResult) => ConditionTornado | undefined) {
  const byPath = new Map<string, { range: TornadoRange; at: CheckAtRange[] }>();
  for (const check of checks) {
    const tornado = tornadoOf(check);
    if (!tornado) continue;
    tornado.ranges.forEach((range, i) => {
      const entry = byPath.get(range.path) ?? { range, at: [] };
      entry.at.push({
        check,
        base: metricValue(tornado.tallies[0], check.metric),
        low: metricValue(tornado.tallies[1 + 2 * i], check.metric),
        high: metricValue(tornado.tallies[2 + 2 * i], check.metric),
      });
      byPath.set(range.path, entry);
    });
  }
  return byPath;
}

/** The verdict with one input at an end: checks the input does not reach keep their point figure. */
function verdictAtEnd(checks: readonly CheckResult[], at: readonly CheckAtRange[], end: 'low' | 'high'): Verdict {
  return verdictOf(
    checks.map((check) => {
      const moved = at.find((a) => a.check === check);
      return checkHolds(moved ? moved[end] : check.measured, check.op, check.threshold);
    }),
  );
}

/** The value nearest the base where some check changes on the way to `end`, or the base itself. */
function flipValue(range: TornadoRange, at: readonly CheckAtRange[], end: 'low' | 'high'): number {
  const endValue = range[end];
  const candidates = at.map((a) => crossing(a, range.base, endValue, a[end])).filter((v): v is number => v !== null);
  if (candidates.length === 0) return range.base;
  const nearest = candidates.reduce((best, v) => (Math.abs(v - range.base) < Math.abs(best - range.base) ? v : best));
  return Number(nearest.toPrecision(3));
}

export interface ClaimRangeAnswer {
  range: ClaimRange;
  /** The input that moves the claim's figures most (largest swing over its checks), as a tornado bar of that check's metric. */
  driver: SensitivityBar | null;
}

/** Evaluate a claim's checks across the ranges (see the header). `point` is the verdict at the current inputs. */
export function claimRange(checks: readonly CheckResult[], point: Verdict, tornadoOf: (check: CheckResult) => ConditionTornado | undefined, runs: number): ClaimRangeAnswer {
  const byPath = figuresByInput(checks, tornadoOf);
  const flips: ClaimFlip[] = [];
  const examined: ClaimRange['examined'] = [];
  let driver: SensitivityBar | null = null;
  const entries = [...byPath.values()].sort((a, b) => a.range.path.localeCompare(b.range.path));
  for (const { range, at } of entries) {
    // The swing of the claim's figure: the largest over its checks (the same figures a tornado of that check shows).
    const widest = at.reduce((best, a) => (Math.abs(a.high - a.low) > Math.abs(best.high - best.low) ? a : best));
    const swing = Math.abs(widest.high - widest.low);
    if (swing > 0 && (!driver || swing > driver.swing)) {
      driver = { ...range, metricAtLow: widest.low, metricAtHigh: widest.high, metricAtBase: widest.base, swing };
    }
    if (!isDeclared(range)) continue;
    examined.push({ path: range.path, label: range.label, symbol: range.symbol, low: range.low, high: range.high, rangeKind: range.rangeKind });
    const atLow = verdictAtEnd(checks, at, 'low');
    const atHigh = verdictAtEnd(checks, at, 'high');
    if (atLow === point && atHigh === point) continue;
    const end = atLow !== point ? 'low' : 'high';
    flips.push({ path: range.path, label: range.label, symbol: range.symbol, low: range.low, high: range.high, base: range.base, rangeKind: range.rangeKind, atLow, atHigh, flipsAt: flipValue(range, at, end), swing });
  }
  flips.sort((a, b) => b.swing - a.swing || a.path.localeCompare(b.path));
  return { range: { runs, examined, flips, verdict: flips.length > 0 ? 'depends' : point }, driver };
}
