// Sensitivity (tornado): a metric at the low and high end of each input's range, all under common
// random numbers (every variant runs on the same draws), sorted by how far the metric swings.
// inputRanges is the one definition of an input's range: the tornado, the claims' drivers and the
// analysis screen's uncertainty band (its published ranges) all read it.
import { DEFAULT_PARAMETERS } from '../model/parameters';
import { INPUTS, sourcedAt, type InputSpec } from '../model/inputs';
import { resolveInputs } from '../model/resolve';
import { statusOf } from '../model/status';
import type { ClaimMetric, ModelParameters, ObjectiveKind, Overrides, ResolvedInputs, Scenario, SensitivityBar, Tally } from '../model/types';
import { withObjective } from './batch';
import { metricValue } from './metrics';
import { runVariants } from './sweep';

export interface SensitivityOptions {
  metric: ClaimMetric;
  runs: number;
  seed: string;
  firstRun?: number;
  overrides?: Overrides;
  params?: ModelParameters;
  /** Evaluate at this troop level (the current one by default). */
  troops?: number;
  objective?: ObjectiveKind;
  /** Include the troop level itself as a bar (off by default: it is the sweep's axis). */
  includeTroops?: boolean;
}

export interface InputRange {
  spec: InputSpec;
  low: number;
  high: number;
  base: number;
  rangeKind: SensitivityBar['rangeKind'];
}

function fitToSpec(spec: InputSpec, value: number): number {
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  // 0.6 × 1.5 is 0.8999…: show and run the decimal a person would type.
  return spec.integer ? Math.round(clamped) : Number(clamped.toPrecision(12));
}

/**
 * The range each input moves across: the scenario's declared Sourced.range (its kind is the value's
 * status: published, derived or design), or, where it has none, ±50% of the current value clamped to the input's physical bounds (marked as assumed).
 * Inputs the scenario lacks are skipped; so are the troop level (unless asked) and the months to
 * hold (unless the objective is "limited").
 */
export function inputRanges(scenario: Scenario, inputs: ResolvedInputs, overrides: Overrides, options: { includeTroops?: boolean } = {}): InputRange[] {
  const ranges: InputRange[] = [];
  for (const spec of INPUTS) {
    if (spec.path === 'intervener.troops' && !options.includeTroops) continue;
    if (spec.path === 'objective.holdMonths' && inputs.objective !== 'limited') continue;
    const sourced = sourcedAt(scenario, spec.path) ?? (spec.path === 'objective.holdMonths' ? scenario.objective.holdMonths : undefined);
    const base = Object.prototype.hasOwnProperty.call(overrides, spec.path) ? fitToSpec(spec, overrides[spec.path]) : (sourced?.value ?? (spec.path === 'objective.holdMonths' ? inputs.holdMonths : undefined));
    if (base === undefined) continue;
    if (sourced?.range) {
      const [a, b] = sourced.range;
      // The range is as sourced as its value: a design value's range is a design range.
      ranges.push({ spec, low: fitToSpec(spec, Math.min(a, b)), high: fitToSpec(spec, Math.max(a, b)), base, rangeKind: sourced ? statusOf(sourced) : 'published' });
    } else {
      ranges.push({ spec, low: fitToSpec(spec, base * 0.5), high: fitToSpec(spec, base * 1.5), base, rangeKind: 'assumed ±50%' });
    }
  }
  return ranges;
}

/** One input's range as a tornado shows it (plain data: it crosses to and from Web Workers): a bar without its metric. */
export type TornadoRange = Pick<SensitivityBar, 'path' | 'label' | 'symbol' | 'low' | 'high' | 'base' | 'rangeKind'>;

/** What a tornado runs: the base and the two ends of every input's range, as resolved inputs. */
export interface TornadoPlan {
  ranges: TornadoRange[];
  /** variants[0] is the base; variants[1 + 2i] and [2 + 2i] are range i's low and high end. */
  variants: ResolvedInputs[];
}

type TornadoOptions = Omit<SensitivityOptions, 'metric' | 'runs' | 'seed' | 'firstRun'>;

/** A tornado's base inputs and ranges, and how its variants resolve (each range's two ends). */
function tornadoBase(scenario: Scenario, options: TornadoOptions) {
  const params = options.params ?? DEFAULT_PARAMETERS;
  const overrides: Overrides = { ...(options.overrides ?? {}) };
  if (options.troops !== undefined) overrides['intervener.troops'] = options.troops;
  const resolve = (extra: Overrides) => withObjective(resolveInputs(scenario, { ...overrides, ...extra }, params), options.objective, scenario);
  const baseInputs = resolve({});
  return { resolve, baseInputs, ranges: inputRanges(scenario, baseInputs, overrides, options) };
}

/** How many variants tornadoPlan would run (the base and two per range), resolving only the base. */
export function tornadoVariantCount(scenario: Scenario, options: TornadoOptions): number {
  return 1 + 2 * tornadoBase(scenario, options).ranges.length;
}

/** The variants of a tornado (one definition of the ranges: inputRanges). */
export function tornadoPlan(scenario: Scenario, options: TornadoOptions): TornadoPlan {
  const { resolve, baseInputs, ranges } = tornadoBase(scenario, options);
  const variants: ResolvedInputs[] = [baseInputs];
  for (const range of ranges) {
    variants.push(resolve({ [range.spec.path]: range.low }), resolve({ [range.spec.path]: range.high }));
  }
  return {
    ranges: ranges.map(({ spec, low, high, base, rangeKind }) => ({ path: spec.path, label: spec.label, symbol: spec.symbol, low, high, base, rangeKind })),
    variants,
  };
}

/** The bars of a tornado from its variants' tallies (in tornadoPlan's order), largest swing first. */
export function tornadoBars(ranges: readonly TornadoRange[], tallies: readonly Tally[], metric: ClaimMetric): SensitivityBar[] {
  const metricAtBase = metricValue(tallies[0], metric);
  const bars = ranges.map((range, i): SensitivityBar => {
    const metricAtLow = metricValue(tallies[1 + 2 * i], metric);
    const metricAtHigh = metricValue(tallies[2 + 2 * i], metric);
    return {
      path: range.path,
      label: range.label,
      symbol: range.symbol,
      low: range.low,
      high: range.high,
      base: range.base,
      rangeKind: range.rangeKind,
      metricAtLow,
      metricAtHigh,
      metricAtBase,
      swing: Math.abs(metricAtHigh - metricAtLow),
    };
  });
  return bars.sort((a, b) => b.swing - a.swing || a.path.localeCompare(b.path));
}

/** The bar that moves a figure most, or null when no input moves it. */
export function topBar(bars: readonly SensitivityBar[]): SensitivityBar | null {
  return bars.length > 0 && bars[0].swing > 0 ? bars[0] : null;
}

export function sensitivity(scenario: Scenario, options: SensitivityOptions): SensitivityBar[] {
  const plan = tornadoPlan(scenario, options);
  const tallies = runVariants(plan.variants, options.params ?? DEFAULT_PARAMETERS, options);
  return tornadoBars(plan.ranges, tallies, options.metric);
}
