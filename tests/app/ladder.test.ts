// The guided ladder's pure logic (src/ui/ladder): the rungs from the shipped scenarios, the queries
// each rung asks (the debrief's, so the same verdict and distribution), prediction scoring, the "what
// changed" sentence from the why figures, the size comparison's sourced figures, and the stored
// progress, validated on load (bad data dropped, never a crash).
import { afterEach, describe, expect, it } from 'vitest';
import { runQuery } from '../../src/analysis/service';
import { planDayOne, whyFigures } from '../../src/analysis/why';
import { sourceById } from '../../src/model/sources';
import { setLocale } from '../../src/ui/i18n';
import { debriefQueries } from '../../src/ui/debrief/queries';
import { emptyProgress, LADDER_KEY, loadProgress, readProgress, saveProgress, writeProgress } from '../../src/ui/ladder/progress';
import { choiceFor, frameClaimOf, ladderRungs, LADDER_RUNS, rungFigures, rungQueries, scorePrediction, whatChanged, type RungFigures } from '../../src/ui/ladder/rungs';
import { AREAS, countrySizes, squareSide } from '../../src/ui/ladder/sizes';
import { changeSentence, scoreSentence } from '../../src/ui/ladder/words';
import { scenarioById, shippedScenarios } from './fixtures';

afterEach(() => setLocale('en'));

describe('the rungs', () => {
  it('are the four Venezuela scenarios by force size, each with its own frame quote', () => {
    const rungs = ladderRungs(shippedScenarios());
    expect(rungs.map((r) => [r.index, r.scenario.id, r.troops])).toEqual([
      [1, 'venezuela-2025-buildup', 10_000],
      [2, 'venezuela-panama-scale', 30_000],
      [3, 'venezuela-minimum', 50_000],
      [4, 'venezuela-planners', 150_000],
    ]);
    expect(rungs.map((r) => frameClaimOf(r.scenario)?.id)).toEqual(['ft-not-enough', 'ft-panama-comparison', 'cancian-minimum', 'cancian-planners']);
  });

  it('leave out a missing scenario instead of failing', () => {
    const some = shippedScenarios().filter((s) => s.id !== 'venezuela-minimum');
    expect(ladderRungs(some).map((r) => r.troops)).toEqual([10_000, 30_000, 150_000]);
  });

  it('ask the debrief’s own queries (its runs, seed and claim settings), the claims for the frame quote only', () => {
    const scenario = scenarioById('venezuela-minimum');
    const ladder = rungQueries(scenario, 'lesson');
    const debrief = debriefQueries({ played: scenario, scenario, overrides: {}, seed: 'lesson' });
    expect(ladder.summary).toEqual(debrief.summary);
    expect(LADDER_RUNS).toBe(debrief.summary.runs);
    expect(ladder.claims).toEqual({ ...debrief.claims, claims: [frameClaimOf(scenario)] });
  });

  it('show the verdict the debrief shows for the same scenario and seed', () => {
    const scenario = scenarioById('venezuela-2025-buildup');
    const ladder = runQuery(rungQueries(scenario, '42').claims!);
    const debrief = runQuery(debriefQueries({ played: scenario, scenario, overrides: {}, seed: '42' }).claims);
    const i = scenario.claims.findIndex((c) => c.id === scenario.frameClaim);
    expect(ladder.verdicts[0]).toEqual(debrief.verdicts[i]);
  });
});

describe('predictions', () => {
  it('put a share in the band that holds it (bands meet at 5%, 50% and 90%)', () => {
    expect([0, 0.049, 0.05, 0.499, 0.5, 0.899, 0.9, 1].map(choiceFor)).toEqual(['almost-never', 'almost-never', 'sometimes', 'sometimes', 'usually', 'usually', 'almost-always', 'almost-always']);
  });

  it('score a hit, a prediction too low and one too high', () => {
    expect(scorePrediction('almost-never', 0)).toEqual({ actual: 'almost-never', hit: true, off: 0 });
    expect(scorePrediction('sometimes', 0.965)).toEqual({ actual: 'almost-always', hit: false, off: 2 });
    expect(scorePrediction('usually', 0.01)).toEqual({ actual: 'almost-never', hit: false, off: -2 });
    expect(scoreSentence('sometimes', scorePrediction('sometimes', 0.965), 0.965)).toBe('Your prediction: Sometimes (5% to 50%). The model: 96.5%, in the band Almost always (90% or more): more often than you expected.');
    expect(scoreSentence('almost-never', scorePrediction('almost-never', 0), 0)).toBe('Your prediction: Almost never (under 5%). The model: 0.0%, so your prediction was right.');
  });
});

describe('what changed', () => {
  const figures = (id: string, success: number | null) => rungFigures(scenarioById(id), '42', {}, success);

  it('takes the capital’s ratio and the density from the debrief’s why figures', () => {
    const scenario = scenarioById('venezuela-panama-scale');
    const why = whyFigures(planDayOne(scenario, {}, '42'), null);
    expect(rungFigures(scenario, '42')).toEqual({ troops: 30_000, ratio: why.ratio.had, target: why.ratio.target, density: why.density.had, required: why.density.required, success: null });
  });

  it('words the first rung as the starting point, with its ratio and density against what they need', () => {
    const first = figures('venezuela-2025-buildup', 0);
    const sentence = changeSentence(whatChanged(null, first));
    expect(sentence).toMatch(/^The starting point: 10,000 troops\. At the capital the force ratio on day 1 is /);
    expect(sentence).toContain(`the force is ${first.density.toFixed(2)} troops per 1,000 inhabitants (this hostility requires about ${first.required.toFixed(2)})`);
  });

  it('words a step with the troop factor, both figures against their needs and the success before and after', () => {
    const from: RungFigures = { troops: 50_000, ratio: 1.5, target: 3, density: 1.76, required: 4.31, success: 0 };
    const to: RungFigures = { troops: 150_000, ratio: 4.5, target: 3, density: 5.28, required: 4.31, success: 0.965 };
    const change = whatChanged(from, to);
    expect(change).toMatchObject({ kind: 'step', troopFactor: 3, ratioMet: true, densityMet: true, successMove: 'up' });
    expect(changeSentence(change)).toBe(
      'From 50,000 to 150,000 troops (3.0 times as many). At the capital the force ratio on day 1 is 4.50:1 (the plan aims for 3.00:1); the force is 5.28 troops per 1,000 inhabitants (this hostility requires about 4.31). Both now meet what they need. The objective is reached in 96.5% of runs instead of 0.0%.',
    );
    expect(changeSentence(whatChanged({ ...from, success: null }, to))).not.toContain('The objective is reached');
    expect(changeSentence(whatChanged(from, { ...to, ratio: 2, density: 1 }))).toContain('Both still fall short.');
    expect(whatChanged(from, { ...to, success: 0 }).successMove).toBe('same');
  });

  it('grows the density with the force across the four rungs (derived from the shipped scenarios)', () => {
    const all = ['venezuela-2025-buildup', 'venezuela-panama-scale', 'venezuela-minimum', 'venezuela-planners'].map((id) => figures(id, null));
    for (let i = 1; i < all.length; i++) expect(all[i].density).toBeGreaterThan(all[i - 1].density);
  });

  it('is worded in Spanish too', () => {
    setLocale('es');
    expect(changeSentence(whatChanged(null, figures('venezuela-2025-buildup', null)))).toMatch(/^El punto de partida: 10\.000 tropas\./);
  });
});

describe('the size comparison', () => {
  it('takes people from the scenario files and areas from the bibliography', () => {
    const sizes = countrySizes(shippedScenarios())!;
    expect(sizes.map((c) => [c.name, c.people, c.year, c.areaKm2])).toEqual([
      ['Venezuela', scenarioById('venezuela-2025-buildup').population.total.value, '2024', 912_050],
      ['Panama', 2_403_820, '1989', 75_420],
      ['Grenada', 94_948, '1983', 344],
    ]);
    for (const c of sizes) {
      expect(sourceById(c.areaCite), c.areaCite).toBeDefined();
      expect(sourceById(c.peopleCite), c.peopleCite).toBeDefined();
    }
    for (const { cite, km2 } of Object.values(AREAS)) if (cite !== 'cia-factbook-venezuela') expect(sourceById(cite)?.note).toContain(km2.toLocaleString('en-US'));
  });

  it('draws squares whose areas are proportional to the figures', () => {
    const side = squareSide(75_420, 912_050, 150);
    expect((side / 150) ** 2).toBeCloseTo(75_420 / 912_050, 10);
    expect(squareSide(0, 0, 150)).toBe(0);
  });
});

describe('stored progress', () => {
  const full = { predictions: { 'venezuela-2025-buildup': 'almost-never', 'venezuela-panama-scale': 'sometimes' }, revealed: ['venezuela-2025-buildup', 'venezuela-panama-scale'], sandboxTroops: 120_000 } as const;

  it('reads back what it wrote', () => {
    expect(readProgress(writeProgress({ ...full, predictions: { ...full.predictions }, revealed: [...full.revealed] }))).toEqual(full);
  });

  it('drops bad data instead of failing', () => {
    for (const text of [null, '', '{', 'null', '[]', '42', '{"version":2,"predictions":{}}']) expect(readProgress(text)).toEqual(emptyProgress());
    const stored = JSON.stringify({
      version: 1,
      predictions: { 'venezuela-2025-buildup': 'maybe', 'venezuela-panama-scale': 'usually', 'not-a-rung': 'usually', __proto__: 'x' },
      // A rung is revealed only with its prediction and after every rung before it.
      revealed: ['venezuela-panama-scale', 'venezuela-minimum', 7],
      sandboxTroops: 1e9,
    });
    expect(readProgress(stored)).toEqual({ predictions: { 'venezuela-panama-scale': 'usually' }, revealed: [], sandboxTroops: null });
    expect(readProgress(JSON.stringify({ version: 1, predictions: 'x', revealed: 'x', sandboxTroops: 12.5 }))).toEqual(emptyProgress());
  });

  it('goes on without storage, or with storage that throws', () => {
    const throwing = {
      getItem(): string | null {
        throw new Error('blocked');
      },
      setItem() {
        throw new Error('full');
      },
    };
    expect(loadProgress(throwing)).toEqual(emptyProgress());
    expect(saveProgress(throwing, emptyProgress())).toBe(false);
    expect(loadProgress(null)).toEqual(emptyProgress());
    const map = new Map<string, string>();
    const memory = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    expect(saveProgress(memory, { ...emptyProgress(), sandboxTroops: 80_000 })).toBe(true);
    expect(map.has(LADDER_KEY)).toBe(true);
    expect(loadProgress(memory).sandboxTroops).toBe(80_000);
  });
});
