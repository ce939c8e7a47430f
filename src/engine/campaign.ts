// One run of the campaign (phases A and B with the automatic plan): the Monte Carlo inner loop.
// Order of operations (docs/implementation-notes.md): day-0 plan; each entry day d = 1…T_A: stop if
// nothing is contested, resolve the day, then (d < T_A) the rolling-entry moves; start of control;
// each month m = 1…T_B: the plan's allocation (water-fill, rotation cap), then measure q, check the
// objective, update resistance, grow host forces; finally classify. The state lives in a module-level
// Core reused across calls of the same region count, so a run allocates only its RunOutcome.
import { DEFAULT_PARAMETERS } from '../model/parameters';
import { resolveInputs } from '../model/resolve';
import type { ControlExplanation, EntryExplanation, ModelParameters, Overrides, ResolvedInputs, RunOutcome, RunRecord, Scenario } from '../model/types';
import type { Core } from './core';
import { createCore, initCore, REGION_CLASS_NAMES } from './core';
import { contestedCount, enteredCount } from './core-counts';
import { finishCampaign, monthRecord, resolveControlMonth, startControl } from './control';
import { resolveEntryDay } from './entry';
import { effectiveQuality } from './formulas';
import { planInitial, planMonth, planRolling } from './plan';
import { drawCount, drawsFor, normalAt } from './rng';

let scratch: Core | null = null;

function kernelCore(inputs: ResolvedInputs, params: ModelParameters): Core {
  const n = inputs.share.length;
  if (scratch === null || scratch.n !== n) scratch = createCore(n, inputs, params);
  return scratch;
}

/** The run's Q_eff from the quality pair at draws[0], draws[1]. */
export function runQuality(inputs: ResolvedInputs, params: ModelParameters, draws: ArrayLike<number>): number {
  return effectiveQuality(inputs, params, normalAt(draws, 0));
}

/** An empty record for runCampaign to fill. */
export function createRunRecord(): RunRecord {
  return { qualityEffective: 0, initialAllocation: [], days: [], entryDays: 0, months: [], timeline: [], sentHome: 0, regionClasses: [] };
}

/**
 * One run. `draws` is the run's full draw buffer (rng.fillDraws; length drawCount(regions, params)).
 * With `record`, every entry day, control month and the timeline are written into it. The run uses
 * the inputs' own parameters when they carry advanced overrides (inputs.params), else `params`.
 */
export function runCampaign(inputs: ResolvedInputs, baseParams: ModelParameters, draws: Float64Array, run: number, record?: RunRecord): RunOutcome {
  const params = inputs.params ?? baseParams;
  const n = inputs.share.length;
  if (draws.length < drawCount(n, params)) {
    throw new Error(`draw buffer too short: ${draws.length} < ${drawCount(n, params)} for ${n} regions`);
  }
  const core = kernelCore(inputs, params);
  initCore(core, inputs, params, runQuality(inputs, params, draws));
  planInitial(core);
  if (record) {
    record.qualityEffective = core.qualityEffective;
    record.initialAllocation = Array.from(core.troops);
  }
  const entryDays = params.entryDays;
  for (let day = 1; day <= entryDays; day++) {
    if (contestedCount(core) === 0) break;
    let sink: EntryExplanation[] | null = null;
    if (record) {
      sink = [];
      record.days.push(sink);
    }
    resolveEntryDay(core, day, draws, sink);
    if (day < entryDays) planRolling(core, day);
  }
  if (record) record.entryDays = core.day;
  startControl(core);
  // Nothing entered: control changes nothing the outcome reads, so an unrecorded run skips it.
  const months = record || enteredCount(core) > 0 ? params.controlMonths : 0;
  for (let month = 1; month <= months; month++) {
    planMonth(core, month);
    let sink: ControlExplanation[] | null = null;
    if (record) {
      sink = [];
      record.months.push(sink);
    }
    resolveControlMonth(core, month, draws, sink);
    if (record) record.timeline.push(monthRecord(core));
  }
  const outcome = finishCampaign(core, run);
  if (record) {
    record.sentHome = core.sentHome;
    record.regionClasses = Array.from(core.regionClass, (c) => REGION_CLASS_NAMES[c]);
  }
  return outcome;
}

/** Convenience: resolve a scenario with overrides, draw run `run` of `seed`, run it once. */
export function runOne(scenario: Scenario, overrides: Overrides, seed: string | number, run: number, params: ModelParameters = DEFAULT_PARAMETERS, record?: RunRecord): RunOutcome {
  const inputs = resolveInputs(scenario, overrides, params);
  const draws = drawsFor(seed, run, inputs.share.length, inputs.params ?? params);
  return runCampaign(inputs, params, draws, run, record);
}
