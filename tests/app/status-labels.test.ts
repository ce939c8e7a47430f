// One status label everywhere (issue 11): every input of every shipped scenario is labelled by the
// model's statusOf (published, derived or design choice), in both languages, on the set-up's label,
// the tornado's range kind and the input exports; a changed value says "changed (<status>: <value>)";
// and a set-up exported and imported again never calls a changed value published.
import { afterEach, describe, expect, it } from 'vitest';
import { inputRecords, inputsToCsv, inputsToJson, scenarioFileText } from '../../src/app/export';
import { parseScenario } from '../../src/engine/scenario';
import { INPUTS, sourcedAt } from '../../src/model/inputs';
import { statusOf } from '../../src/model/status';
import { num } from '../../src/ui/format';
import { setLocale } from '../../src/ui/i18n';
import { rangeWord, statusDetail, statusLabel, statusNow, statusWord } from '../../src/ui/kit/status-label';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { constantRows } from '../../src/ui/about/constants';
import { readCsv } from '../csv-reader';
import { scenarioById, shippedScenarios } from './fixtures';

afterEach(() => setLocale('en'));

const scenarios = shippedScenarios();
const every = scenarios.flatMap((scenario) => INPUTS.flatMap((spec) => (sourcedAt(scenario, spec.path) ? [{ scenario, spec, sourced: sourcedAt(scenario, spec.path)! }] : [])));

describe('the status label of every input of every shipped scenario', () => {
  it('covers many inputs, with design choices among them', () => {
    expect(every.length).toBeGreaterThan(50);
    expect(every.some((e) => statusOf(e.sourced) === 'design')).toBe(true);
    expect(every.some((e) => statusOf(e.sourced) === 'published')).toBe(true);
  });

  for (const locale of ['en', 'es'] as const) {
    it(`matches statusOf, in ${locale}`, () => {
      setLocale(locale);
      const wrong = every.flatMap(({ scenario, spec, sourced }) => {
        const label = statusLabel(sourced, undefined, spec.step);
        const expected = `${statusWord(statusOf(sourced))} ${num(sourced.value, spec.step)}`;
        return label === expected && statusNow(sourced, sourced.value, spec.step) === statusWord(statusOf(sourced)) ? [] : [`${scenario.id} ${spec.path}: "${label}", expected "${expected}"`];
      });
      expect(wrong).toEqual([]);
    });
  }

  it('never says "published" for a design choice or a derived value (label, detail, range kind)', () => {
    // The label never says it; the detail opens with the value's own kind (its source text may well
    // say "no published value").
    const opening = { published: /^Published: /, derived: /^Derived: /, design: /^Design choice: / } as const;
    const wrong = every.filter(
      ({ spec, sourced }) =>
        (statusOf(sourced) !== 'published' && /published/i.test(`${statusLabel(sourced, undefined, spec.step)} ${statusLabel(sourced, sourced.value + spec.step, spec.step)}`)) || !opening[statusOf(sourced)].test(statusDetail(sourced)),
    );
    expect(wrong.map((e) => `${e.scenario.id} ${e.spec.path}`)).toEqual([]);
    expect(rangeWord('design')).toBe('design range');
    expect(rangeWord('derived')).toBe('derived range');
    expect(rangeWord('published')).toBe('published range');
    expect(rangeWord('assumed ±50%')).toMatch(/assumed ±50%/);
  });

  it('hostility 0.30 of the build-up is a design choice, and a change says what it was changed from', () => {
    const sourced = sourcedAt(scenarioById('venezuela-2025-buildup'), 'population.hostility')!;
    expect(statusLabel(sourced, undefined, 0.01)).toBe('design choice 0.30');
    expect(statusLabel(sourced, 0.4, 0.01)).toBe('changed (design choice: 0.30)');
    expect(statusDetail(sourced)).toMatch(/^Design choice: /);
    setLocale('es');
    expect(statusLabel(sourced, 0.4, 0.01)).toBe('cambiado (decisión de diseño: 0,30)');
  });
});

describe('the input exports carry status and source', () => {
  for (const scenario of scenarios) {
    it(`${scenario.id}: CSV and JSON columns status and source follow statusOf`, () => {
      const overrides = { 'intervener.troops': scenario.intervener.troops.value * 2 };
      const records = inputRecords(scenario, overrides);
      expect(records.length).toBe(INPUTS.filter((spec) => sourcedAt(scenario, spec.path)).length);
      for (const record of records) {
        const sourced = sourcedAt(scenario, record.path)!;
        expect(record.scenario_status).toBe(statusOf(sourced));
        expect(record.status).toBe(record.path === 'intervener.troops' ? 'changed' : statusOf(sourced));
        expect(record.source).toBe(sourced.source);
      }
      const rows = readCsv(inputsToCsv(scenario, overrides));
      const header = rows[0];
      const status = header.indexOf('status');
      const source = header.indexOf('source');
      expect(status).toBeGreaterThan(0);
      expect(source).toBeGreaterThan(0);
      expect(rows.slice(1).map((r) => [r[status], r[source]])).toEqual(records.map((r) => [r.status, r.source]));
      expect(JSON.parse(inputsToJson(scenario, overrides)).inputs).toEqual(records);
    });
  }

  it('an exported class set-up, imported again, labels its changed values as design choices, never published', () => {
    const scenario = scenarioById('venezuela-2025-buildup');
    const overrides = { 'intervener.troops': 40000, 'population.hostility': 0.25, 'defender.regulars': 100000 };
    const parsed = parseScenario(JSON.parse(scenarioFileText(scenario, overrides, 'Period 2')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const path of Object.keys(overrides)) {
      const sourced = sourcedAt(parsed.scenario, path)!;
      expect(statusOf(sourced), path).toBe('design');
      expect(statusLabel(sourced, undefined, 1)).not.toMatch(/published/);
    }
    // Unchanged values keep their own status.
    for (const spec of INPUTS) {
      if (spec.path in overrides || !sourcedAt(scenario, spec.path)) continue;
      expect(statusOf(sourcedAt(parsed.scenario, spec.path)!), spec.path).toBe(statusOf(sourcedAt(scenario, spec.path)!));
    }
  });
});

describe('the About page lists every model constant with its status', () => {
  it('describes each constant the engine uses (a new constant fails here until it is described)', () => {
    const rows = constantRows();
    const keys = Object.keys(DEFAULT_PARAMETERS).filter((k) => k !== 'qualityVaries');
    expect(rows.map((r) => r.key)).toEqual(keys);
    expect(rows.filter((r) => r.symbol === r.key).map((r) => r.key)).toEqual([]);
    for (const row of rows) expect(row.why().length, row.key).toBeGreaterThan(10);
    // The success shares are design choices, the policing tier is published.
    expect(rows.find((r) => r.key === 'stabilizedPopulationShare')!.status).toBe('design');
    expect(rows.find((r) => r.key === 'hostTarget')!.status).toBe('published');
  });
});
