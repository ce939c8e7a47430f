// The analysis screen fits each scenario (issue "Lesson"): the troop axis covers the scenario's own
// troops, reference forces and claim levels, and no more than a round number twice the largest; the
// markers are the scenario's own reference forces (never Venezuela's on another country); the
// density rows are named by the scenario's own labels and levels; the typed troop number is parsed
// strictly. Every shipped scenario is checked.
import { describe, expect, it } from 'vitest';
import { AXIS_HEADROOM, MIN_AXIS_TROOPS, roundUp, scenarioLevels, troopAxisMax, troopTicks } from '../../src/ui/analysis/axis';
import { densityMax, densityRows } from '../../src/ui/analysis/density-chart';
import { claimTroops, markersFor } from '../../src/ui/analysis/markers';
import { curveQueries, inverseQueries } from '../../src/ui/analysis/queries';
import { parseTroops } from '../../src/ui/analysis/troop-field';
import { scenarioById, shippedScenarios } from '../app/fixtures';
import { WHY_MAX_TROOPS } from '../../src/analysis/why';
import { TARGET_MAX_TROOPS } from '../../src/cli/main';

const scenarios = shippedScenarios();

describe('the troop axis of every shipped scenario', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s: covers its troops, reference forces and claims; every marker and swept level lies on it', (_id, scenario) => {
    const max = troopAxisMax(scenario);
    const own = [scenario.intervener.troops.value, ...(scenario.referenceForces ?? []).map((r) => r.troops), ...scenario.claims.map((c) => claimTroops(c, scenario))];
    for (const level of own) expect(level, `level ${level}`).toBeLessThanOrEqual(max);
    // A round number no further than needed: at most the next round step above twice the largest level (or the minimum).
    expect(max).toBe(Math.max(MIN_AXIS_TROOPS, roundUp(Math.max(...own) * AXIS_HEADROOM)));
    for (const m of markersFor(scenario)) {
      expect(m.troops).toBeGreaterThanOrEqual(0);
      expect(m.troops).toBeLessThanOrEqual(max);
    }
    const curves = curveQueries({ scenario, overrides: {}, seed: 'axes' });
    for (const query of [curves.coarse, curves.refined, curves.refinedBand]) {
      expect(query.levels[0]).toBe(0);
      expect(query.levels[query.levels.length - 1]).toBe(max);
      for (const level of query.levels) expect(level).toBeLessThanOrEqual(max);
    }
    for (const m of markersFor(scenario)) expect(curves.refined.levels).toContain(m.troops);
    // The inverse search runs to the same top as the debrief's "why" panel and the CLI (one answer on
    // every screen), however short this scenario's axis: Afghanistan's 10,000 axis once cut it short.
    expect(inverseQueries({ scenario, overrides: {}, seed: 'axes' }, 0.5).central.max).toBe(Math.max(max, WHY_MAX_TROOPS));
    expect(WHY_MAX_TROOPS).toBe(TARGET_MAX_TROOPS);
    // A typed level beyond the search top stretches both.
    expect(inverseQueries({ scenario, overrides: { 'intervener.troops': 400_000 }, seed: 'axes' }, 0.5).central.max).toBe(troopAxisMax(scenario, 400_000));
    const ticks = troopTicks(max);
    expect(ticks[0]).toBe(0);
    expect(ticks[ticks.length - 1]).toBe(max);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(7);
  });

  it('fits the scale of each case: Grenada to 20,000, Panama to 60,000, Afghanistan to the 10,000 minimum, Venezuela to 300,000', () => {
    expect(troopAxisMax(scenarioById('grenada-1983'))).toBe(20_000);
    expect(troopAxisMax(scenarioById('panama-1989'))).toBe(60_000);
    expect(troopAxisMax(scenarioById('afghanistan-2001'))).toBe(10_000);
    expect(troopAxisMax(scenarioById('venezuela-2025-buildup'))).toBe(300_000);
    // The curve Grenada sweeps ends there, not at Venezuela's 300,000.
    const grenada = scenarioById('grenada-1983');
    expect(Math.max(...curveQueries({ scenario: grenada, overrides: {}, seed: 'g' }).refined.levels)).toBe(20_000);
  });

  it('a typed level beyond the axis stretches it (and the swept levels include it); a level inside keeps it', () => {
    const grenada = scenarioById('grenada-1983');
    expect(troopAxisMax(grenada, 15_000)).toBe(20_000);
    expect(troopAxisMax(grenada, 45_000)).toBeGreaterThanOrEqual(45_000);
    const setup = { scenario: grenada, overrides: { 'intervener.troops': 45_000 }, seed: 'g' };
    const levels = curveQueries(setup).refined.levels;
    expect(levels).toContain(45_000);
    expect(levels[levels.length - 1]).toBe(troopAxisMax(grenada, 45_000));
    expect(troopAxisMax(grenada, 5_000_000)).toBe(1_000_000);
  });
});

describe('markers and density rows belong to their scenario', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s: its markers are its own reference forces, and its density rows name only its own levels and labels', (_id, scenario) => {
    expect(markersFor(scenario)).toEqual(scenario.referenceForces ?? []);
    const troops = scenario.intervener.troops.value;
    const rows = densityRows(scenario.title, scenario.population.total.value, troops, markersFor(scenario));
    const here = rows.filter((r) => r.kind !== 'history');
    const labels = new Set((scenario.referenceForces ?? []).map((r) => r.label));
    const ownLevels = new Set(scenarioLevels(scenario));
    for (const row of here.filter((r) => r.kind === 'marker')) {
      expect(labels.has(row.label), row.label).toBe(true);
      // The note names this scenario's title and one of its own levels.
      expect(row.note.startsWith(scenario.title)).toBe(true);
      const level = Number(row.note.slice(scenario.title.length).replace(/[^0-9]/g, ''));
      expect(ownLevels.has(level), `${row.note}`).toBe(true);
    }
    // No label is cut from the title (the old "Back-test at 150,000").
    for (const row of here) expect(row.label).not.toMatch(/^Back-test/);
    expect(here.filter((r) => r.kind === 'marker')).toHaveLength((scenario.referenceForces ?? []).length);
  });

  it('no back-test is given the Venezuela markers', () => {
    const venezuelaIds = new Set(markersFor(scenarioById('venezuela-2025-buildup')).map((m) => m.id));
    for (const s of scenarios.filter((x) => !x.id.startsWith('venezuela'))) {
      for (const m of markersFor(s)) expect(venezuelaIds.has(m.id) && m.troops !== s.intervener.troops.value, `${s.id}: ${m.id}`).toBe(false);
    }
    expect(markersFor(scenarioById('grenada-1983'))).toEqual([]);
  });

  it('the density axis reaches every row, even for a small country at many troops (Grenada at 20,000: 211 per 1,000)', () => {
    const grenada = scenarioById('grenada-1983');
    const rows = densityRows(grenada.title, grenada.population.total.value, 20_000, markersFor(grenada));
    const max = densityMax(rows);
    expect(max).toBeGreaterThanOrEqual(Math.max(...rows.map((r) => r.high)));
    expect(max).toBe(1000);
    const venezuela = scenarioById('venezuela-2025-buildup');
    expect(densityMax(densityRows(venezuela.title, venezuela.population.total.value, 10_000, markersFor(venezuela)))).toBe(100);
  });
});

describe('the typed troop number', () => {
  it('accepts whole numbers with or without group separators, inside the bounds', () => {
    expect(parseTroops('12000', 0, 1_000_000)).toEqual({ ok: true, value: 12_000 });
    expect(parseTroops(' 12,000 ', 0, 1_000_000)).toEqual({ ok: true, value: 12_000 });
    expect(parseTroops('12.000', 0, 1_000_000)).toEqual({ ok: true, value: 12_000 });
    expect(parseTroops('12 000', 0, 1_000_000)).toEqual({ ok: true, value: 12_000 });
    expect(parseTroops('0', 0, 1_000_000)).toEqual({ ok: true, value: 0 });
  });
  it('refuses text, decimals and numbers outside the bounds, saying which', () => {
    for (const bad of ['', 'abc', '12k', '1e5', '12.5', '1,2', '--3', '12,00']) expect(parseTroops(bad, 0, 1_000_000), bad).toEqual({ ok: false, problem: { kind: 'not-number' } });
    expect(parseTroops('2000000', 0, 1_000_000)).toEqual({ ok: false, problem: { kind: 'out-of-range', value: 2_000_000 } });
    expect(parseTroops('-5', 0, 1_000_000)).toEqual({ ok: false, problem: { kind: 'out-of-range', value: -5 } });
  });
});
