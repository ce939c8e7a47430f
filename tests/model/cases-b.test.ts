// The model-v3 back-tests of docs/model-v3-cases.md built from its cases 1, 2, 9 and 20 (Malaya 1948,
// Dominican Republic 1965, Cambodia 1992, Solomon Islands 2003): each file parses, is a one-region
// back-test with the shared design values, carries the research table's published figures, history's
// class and horizon (table 2.2), the model-v3 fields (outside support, reconcilable share, share gone to
// ground, host-force target) with an honest status, and every text of it has a Spanish entry.
import { describe, expect, it } from 'vitest';
import { sourceById } from '../../src/model/sources';
import { SOURCES_CASES_B } from '../../src/model/sources-cases-b';
import { ES } from '../../src/ui/locales/es';

import { type CaseFile, loadCase, type Rec } from './case-file';

const load = (id: string): CaseFile => loadCase(id);

/** The research table's figures for each case (docs/model-v3-cases.md §2.2, §3.2 and §4). */
const CASES = {
  'malaya-1948': { outcome: 'contested', horizon: '1951-06', population: 5_000_000, troops: 11_000, regulars: 0, militia: 8_000, host: 10_000, target: 70_000, support: 0, reconcilable: 0.34 },
  'dominican-republic-1965': { outcome: 'stabilized', horizon: '1968-04', population: 3_808_963, troops: 42_000, regulars: 5_000, militia: 0, host: 0, target: 15_236, support: 0, reconcilable: 0 },
  'cambodia-1992': { outcome: 'contested', horizon: '1995-03', population: 8_113_083, troops: 16_000, regulars: 0, militia: 25_000, host: 0, target: 32_452, support: 0.5, reconcilable: 0 },
  'solomon-islands-2003': { outcome: 'stabilized', horizon: '2006-07', population: 466_154, troops: 2_200, regulars: 0, militia: 0, host: 1_150, target: 1_865, support: 0, reconcilable: 0 },
} as const;
const IDS = Object.keys(CASES) as (keyof typeof CASES)[];

describe.each(IDS)('%s (model-v3 back-test)', (id) => {
  const s = load(id);
  const want = CASES[id];

  it('is a one-region back-test with the shared design values', () => {
    expect(s.id).toBe(id);
    expect(s.kind).toBe('back-test');
    expect(s.regions).toHaveLength(1);
    expect(s.population.hostility.value).toBe(0.1);
    expect(s.intervener.quality.value).toBe(3);
    expect(s.intervener.qualitySpread.value).toBe(0.25);
    expect(s.intervener.targetRatio.value).toBe(3);
    expect(s.intervener.sustainableForce.value).toBe(100_000);
    expect(s.intervener.rotationMonth.value).toBe(12);
    expect(s.defender.cohesion.value).toBe(1);
    expect(s.defender.capitalShare.value).toBe(0.3);
    expect(s.defender.posture.value).toBe(1.3);
    expect(s.defender.mastery.value).toBe(0);
  });

  it("carries the research table's figures", () => {
    expect(s.population.total.value).toBe(want.population);
    expect(s.intervener.troops.value).toBe(want.troops);
    expect(s.defender.regulars.value).toBe(want.regulars);
    expect(s.defender.militia.value).toBe(want.militia);
    expect(s.host.preWarForces.value).toBe(want.host);
    expect(s.intervener.troops.status).toBe('published');
    expect(s.population.total.status).toBe('published');
  });

  it('has the model-v3 fields, each with the status its evidence allows', () => {
    expect(s.defender.toGround?.value).toBe(0.02);
    expect(s.defender.toGround?.status).toBe('design');
    const target = s.host.target!;
    expect(target.value).toBe(want.target);
    expect(Number.isInteger(target.value)).toBe(true);
    expect(target.value).toBeGreaterThanOrEqual(s.host.preWarForces.value);
    // A published later size, or 4 per 1,000 of the population (Quinlivan 2003) when none is published.
    if (target.status === 'derived') {
      expect(target.value).toBe(Math.round((4 * s.population.total.value) / 1000));
      expect(target.cite).toContain('quinlivan-2003');
    } else expect(target.status).toBe('published');
    expect(s.resistance?.outsideSupport.value).toBe(want.support);
    expect(s.resistance?.outsideSupport.status).toBe('design');
    expect(s.resistance?.outsideSupport.cite).toBeUndefined();
    expect(s.resistance?.reconcilable.value).toBe(want.reconcilable);
    // A reconcilable share other than the design 0 is derived from published figures and cites them.
    if (s.resistance?.reconcilable.status !== 'design') expect(s.resistance?.reconcilable.cite?.length).toBeGreaterThan(0);
  });

  it("records history's class and horizon, and the frame claim tests that class", () => {
    expect(s.history.outcome).toBe(want.outcome);
    expect(s.history.horizon).toBe(want.horizon);
    const frame = s.claims.find((c) => c.id === s.frameClaim)!;
    expect(frame.checks).toHaveLength(1);
    expect(frame.checks[0]).toMatchObject({ metric: 'successRate', value: 0.5, op: want.outcome === 'stabilized' ? '>=' : '<=' });
  });

  it('cites only sources of the bibliography, and its new sources are in this case file’s list', () => {
    const ids = [...s.history.cite, ...s.claims.flatMap((c) => c.cite)];
    for (const id of ids) expect(sourceById(id), id).toBeDefined();
    const own = new Set(SOURCES_CASES_B.map((x) => x.id));
    expect(ids.some((i) => own.has(i))).toBe(true);
  });

  it('has a Spanish entry for every text', () => {
    const es: Readonly<Record<string, string>> = ES;
    const records = [s.population, s.intervener, s.defender, s.host, s.resistance ?? {}, ...s.regions.map((r) => ({ share: r.share }))].flatMap((g) => Object.values(g) as Rec[]);
    const texts = [
      s.title,
      s.question,
      s.assumes,
      ...s.regions.flatMap((r) => [r.name, r.terrainSource ?? '']),
      ...s.claims.flatMap((c) => [c.claim, c.who, ...c.checks.map((k) => k.why ?? '')]),
      s.history.summary,
      s.history.why,
      s.history.limit ?? '',
      s.history.source,
      ...records.flatMap((r) => [r.source.replace(/^\s*design choice\s*[:.,;-]?\s*/i, '').trim(), r.note ?? '']),
    ].filter(Boolean);
    expect(texts.filter((t) => !Object.hasOwn(es, t))).toEqual([]);
  });
});
