// Model version 2 changed outcomes (the capital's reserve, classes on held coverage), so the version
// was bumped. Links made with version 1 still apply their inputs (every version-1 input path means
// the same in version 2) and say that the results may differ; an unknown version still drops them.
import { afterEach, describe, expect, it } from 'vitest';
import { MODEL_VERSION, OLDER_MODEL_VERSIONS } from '../../src/model/parameters';
import { decodeShareLink } from '../../src/ui/kit/notices';
import { setLocale } from '../../src/ui/i18n';
import { shippedScenarios } from './fixtures';

const scenarios = shippedScenarios();

describe('share links across model versions', () => {
  afterEach(() => setLocale('en'));

  it('the version was bumped (3: docs/model.md §4b) and versions 1 and 2 are still read', () => {
    expect(MODEL_VERSION).toBe(3);
    expect(OLDER_MODEL_VERSIONS).toEqual([1, 2]);
  });

  it('a version-2 link keeps working: its changed inputs, model constants included, are applied, and it says the results may differ', () => {
    const decoded = decodeShareLink('#/setup?v=2&scenario=venezuela-planners&seed=q2&set.intervener.troops=120000&set.advanced.hostGrowthMonths=36', scenarios);
    expect(decoded.selection.scenarioId).toBe('venezuela-planners');
    expect(decoded.selection.overrides).toEqual({ 'intervener.troops': 120000, 'advanced.hostGrowthMonths': 36 });
    expect(decoded.warnings.join(' ')).toMatch(/model version 2; this copy runs version 3\. Its changed inputs were applied, but the results may differ/);
  });

  it('a version-1 link opens its scenario with its changed inputs, and says the results may differ', () => {
    const decoded = decodeShareLink('#/setup?v=1&scenario=panama-1989&seed=q1&set.intervener.troops=40000&set.defender.cohesion=0.5', scenarios);
    expect(decoded.selection.scenarioId).toBe('panama-1989');
    expect(decoded.selection.seed).toBe('q1');
    expect(decoded.selection.overrides).toEqual({ 'intervener.troops': 40000, 'defender.cohesion': 0.5 });
    expect(decoded.warnings.join(' ')).toMatch(/model version 1; this copy runs version 3\. Its changed inputs were applied, but the results may differ/);
  });

  it('in Spanish too', () => {
    setLocale('es');
    const decoded = decodeShareLink('#/setup?v=1&scenario=panama-1989&set.intervener.troops=40000', scenarios);
    expect(decoded.warnings.join(' ')).toMatch(/versión 1 del modelo; esta copia usa la versión 3\. Se han aplicado sus cambios/);
  });

  it('a link of the current version applies its inputs without a version notice; an unknown version drops them', () => {
    const current = decodeShareLink(`#/setup?v=${MODEL_VERSION}&scenario=panama-1989&set.intervener.troops=40000`, scenarios);
    expect(current.selection.overrides).toEqual({ 'intervener.troops': 40000 });
    expect(current.warnings.join(' ')).not.toMatch(/model version/);
    const future = decodeShareLink('#/setup?v=999&scenario=panama-1989&set.intervener.troops=40000', scenarios);
    expect(future.selection.overrides).toEqual({});
  });
});
