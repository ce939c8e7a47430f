// Independent support for the claims of model v3's ten back-test cases (docs/model-v3-cases.md), in
// the terms of tests/engine/claim-support.ts. Every case is one region with no allied forces; the
// hold arithmetic uses what the file gives: troops N, host forces at start κ·H_pre and their ceiling
// max(κ·H_pre, target), and the need max(d_pop(g)·P/1000, 10·I₀) with I₀ = ω·c·D + 0.05·M.
import { expect } from 'vitest';
import type { Scenario } from '../../src/model/types';
import { atMost, check, type ClaimSupport, hostilityPerThousand, keyEntryOracle } from './claim-support';

const troops = (s: Scenario) => s.intervener.troops.value;
const hostStart = (s: Scenario) => s.host.retained.value * s.host.preWarForces.value;
const hostCeiling = (s: Scenario) => Math.max(hostStart(s), s.host.target?.value ?? 0.004 * s.population.total.value);
/** Security at the start of control and at most over the campaign (troops never grow; host forces only toward their ceiling). */
const holdAtStart = (s: Scenario) => troops(s) + 0.5 * hostStart(s);
const holdAtMost = (s: Scenario) => troops(s) + 0.5 * hostCeiling(s);
const need = (s: Scenario) => {
  const resisters = (s.defender.toGround?.value ?? 0.02) * s.defender.cohesion.value * s.defender.regulars.value + 0.05 * s.defender.militia.value;
  return Math.max(hostilityPerThousand(s.population.hostility.value) * (s.population.total.value / 1000), 10 * resisters);
};
const success = (v: Parameters<ClaimSupport['check']>[0], s: Scenario) => check(v, 'successRate', troops(s), 'country');

/** An unopposed entry that covers the need from the start: the model stabilizes the country. */
const coveredFromStart = (history: string, margin: number, verdictWords: string): ClaimSupport => ({
  why: `History: ${history}. Entry: no defending regulars. Hold: troops plus half the host forces at the start exceed the need (the larger of hostility's and ten per resister) at least ${margin}-fold, so q > 1 from month 1 and the model stabilizes the country; ${verdictWords}`,
  kinds: ['history', 'hold'],
  check(v, s) {
    expect(s.defender.regulars.value).toBe(0);
    expect(holdAtStart(s)).toBeGreaterThan(margin * need(s));
    expect(success(v, s).measured).toBeGreaterThan(0.5);
  },
});

/** A force that can never reach the need, even with the host forces at their ceiling: success is impossible. */
const neverCovered = (history: string, verdictWords: string): ClaimSupport => ({
  why: `History: ${history}. Floor: troops plus half the host forces at their ceiling stay below the need from the start, and hostility and resistance only raise it, so coverage never reaches 1 and no run can succeed; ${verdictWords}`,
  kinds: ['history', 'floor'],
  check(v, s) {
    expect(holdAtMost(s)).toBeLessThan(need(s));
    expect(success(v, s).measured).toBe(0);
  },
});

/** Security within 15% of the need at the start: the declared ranges flip the verdict. */
const knifeEdge = (history: string, drivers: string): ClaimSupport => ({
  why: `History: ${history}. Hold: troops plus half the host forces at the start are within 15% of the need, so inputs moved across their declared ranges (${drivers}) put the country on either side: the verdict depends.`,
  kinds: ['history', 'hold', 'model'],
  check(v, s) {
    expect(Math.abs(holdAtStart(s) / need(s) - 1)).toBeLessThan(0.15);
    const c = success(v, s);
    expect(c.measured).toBeGreaterThanOrEqual(0);
  },
});

export const V3_CASES_SUPPORT: Record<string, ClaimSupport> = {
  'dominican-republic-1965-outcome': {
    why:
      'History: a ceasefire, then the 1966 election; stabilized. Entry: 42,000·3/(5,000·1.3·1.3) ≈ 15, entered in practically every run. ' +
      'Hold: survivors of a walk of at most 10 lost days (≥ 0.96^10·42,000 ≈ 28,000) against 3.8 million at 2 per 1,000 ≈ 7,600: success follows entry.',
    kinds: ['history', 'entry', 'hold'],
    check(v, s) {
      expect(keyEntryOracle(s, troops(s), 'country')).toBeGreaterThan(0.99);
      expect(0.96 ** 10 * troops(s)).toBeGreaterThan(3 * need(s));
      expect(success(v, s).measured).toBeGreaterThan(0.5);
    },
  },
  'solomon-islands-2003-outcome': coveredFromStart('the mission is recorded as the stabilisation of the islands', 2, 'the model agrees.'),
  'malaya-1948-outcome': coveredFromStart('the insurgency was still active in 1951; contested', 1.5, 'the check (stabilized in at most half the runs) fails: the model misses, for the reason its history record names.'),
  'northern-ireland-1969-outcome': coveredFromStart(
    'the armed resistance grew far past three times its 1969 level; failed by the model’s rule',
    2,
    'the check (stabilized in at most half the runs) fails: the model misses, for the reason its history record names.',
  ),
  'haiti-2004-outcome': neverCovered('armed gangs held out until early 2007; contested', 'the check (stabilized in at most half the runs) holds: the model agrees.'),
  'liberia-2003-outcome': neverCovered(
    'the factions disarmed and an elected government took office; stabilized',
    'the check (stabilized in at least half the runs) fails: the model misses, for the reason its history record names (one troop number where the force grew fourfold).',
  ),
  'cambodia-1992-outcome': knifeEdge('the Khmer Rouge stayed out of the settlement and fought on; contested', 'the militia’s share μ, the hostility response ζ, outside support'),
  'sierra-leone-2000-outcome': coveredFromStart('the war was declared over in January 2002; stabilized', 1, 'the model agrees, narrowly (8,900 troops against a need of about 8,850).'),
  'lebanon-1982-outcome': {
    why:
      'History: the force left before the horizon as resistance grew; failed. Hold: 2,285 troops against 3.05 million at 2 per 1,000 ≈ 6,100 ' +
      'need: not covered at the start, but host forces at their target (12,220) would cover it. Whether they get there in time is set by ' +
      'how fast they grow, T_H: at the shipped two years they do and the model stabilizes the country (the check fails); at the 150 months ' +
      'of published host-force paths they do not. The verdict depends.',
    kinds: ['history', 'hold', 'model'],
    check(v, s) {
      expect(holdAtStart(s)).toBeLessThan(need(s));
      expect(holdAtMost(s)).toBeGreaterThan(need(s));
      expect(success(v, s).measured).toBeGreaterThan(0.5);
    },
  },
  'iraq-2003-outcome': {
    why:
      'History: the insurgency grew fourfold by 2005; failed. Entry: with every one of 375,000 regulars fighting (cohesion 1, the back-tests’ ' +
      'conservative default), 173,000·3/(375,000·1.3·1.3) ≈ 0.8 and the dynamic program enters the capital in under half the runs, so success ' +
      '(no likelier than entry) stays under half: the check holds, for the wrong reason the history record names (the army did not fight as a whole).',
    kinds: ['history', 'entry'],
    check(v, s) {
      const c = success(v, s);
      const oracle = keyEntryOracle(s, troops(s), 'country');
      expect(oracle).toBeLessThan(0.45);
      atMost(c.measured, oracle, c.runs, `${v.id} success ≤ entry`);
    },
  },
};
