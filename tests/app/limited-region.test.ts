// The "limited" objective on a scenario that names no region: the app (store's played scenario) and
// the engine and CLI (withObjective) must target the same region. They did not: the app took the
// first non-capital region, the engine the least populated.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appReducer, initialState, selectPlayedScenario } from '../../src/app/store';
import { limitedObjectiveRegion, withObjective } from '../../src/engine/batch';
import { isScenarioFileName } from '../../src/model/scenario-schema';
import { parseScenario } from '../../src/model/scenario';
import { resolveInputs } from '../../src/model/resolve';
import type { Scenario } from '../../src/model/types';

const SHIPPED: Scenario[] = readdirSync('scenarios')
  .filter(isScenarioFileName)
  .map((file) => {
    const parsed = parseScenario(JSON.parse(readFileSync(`scenarios/${file}`, 'utf8')));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    return parsed.scenario;
  });

describe('the limited objective region', () => {
  it('is the least-populated region when the scenario names none (first of equals)', () => {
    const venezuela = SHIPPED.find((s) => s.id === 'venezuela-2025-buildup')!;
    const least = Math.min(...venezuela.regions.map((r) => r.share.value));
    expect(venezuela.regions.find((r) => r.id === limitedObjectiveRegion(venezuela))!.share.value).toBe(least);
    // The capital is never the least populated in the shipped Venezuela boards, so the old app rule
    // (first non-capital region) and this one differ there: the test below would have failed.
    expect(limitedObjectiveRegion(venezuela)).not.toBe(venezuela.regions.find((r) => !r.capital)!.id);
  });

  it('is the same region in the app and in the engine for every shipped scenario', () => {
    let checked = 0;
    for (const scenario of SHIPPED) {
      if (scenario.objective.kind === 'limited' || scenario.regions.length < 2) continue;
      let state = initialState(SHIPPED);
      state = appReducer(state, { type: 'scenario/select', id: scenario.id });
      state = appReducer(state, { type: 'selection/objective', kind: 'limited' });
      const played = selectPlayedScenario(state);
      expect(played.objective.kind).toBe('limited');
      const engine = withObjective(resolveInputs(scenario), 'limited', scenario);
      expect(played.objective.region, scenario.id).toBe(engine.regionIds[engine.keyRegion]);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });
});
