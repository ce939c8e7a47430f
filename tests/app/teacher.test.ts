// Teacher mode settings (validation, access rules) and the prediction score (closed forms).
import seedrandom from 'seedrandom';
import { afterEach, describe, expect, it } from 'vitest';
import { canHide, DEFAULT_TEACHER_SETTINGS, defaultTeacherSettings, inputAccess, isTeacherModeOn, parsePrediction, scorePrediction, validateTeacherSettings } from '../../src/app/teacher';
import { verdictText } from '../../src/ui/kit/debrief-kit';
import { setLocale } from '../../src/ui/i18n';
import { wordNotice } from '../../src/ui/kit/notices';
import { readShareLink } from '../../src/app/share-link';
import { shippedScenarios } from './fixtures';

afterEach(() => {
  setLocale('en');
});

describe('teacher settings', () => {
  it('defaults are off, and the shared default cannot be changed by accident', () => {
    expect(isTeacherModeOn(defaultTeacherSettings())).toBe(false);
    expect(Object.isFrozen(DEFAULT_TEACHER_SETTINGS)).toBe(true);
    const mine = defaultTeacherSettings();
    mine.lockedInputs.push('intervener.troops');
    expect(defaultTeacherSettings().lockedInputs).toEqual([]);
  });

  it('hidden wins over locked; other inputs are open', () => {
    const settings = { lockedInputs: ['intervener.troops', 'defender.cohesion'], hiddenInputs: ['defender.cohesion'], hideOutcomes: false, predictFirst: false };
    expect(inputAccess(settings, 'intervener.troops')).toBe('locked');
    expect(inputAccess(settings, 'defender.cohesion')).toBe('hidden');
    expect(inputAccess(settings, 'population.hostility')).toBe('open');
    expect(isTeacherModeOn(settings)).toBe(true);
    expect(isTeacherModeOn({ ...defaultTeacherSettings(), predictFirst: true })).toBe(true);
  });

  it('valid data passes unchanged, with no problem', () => {
    const raw = { lockedInputs: ['intervener.troops'], hiddenInputs: ['population.hostility'], hideOutcomes: true, predictFirst: true };
    expect(validateTeacherSettings(raw)).toEqual({ settings: raw, problems: [] });
    expect(validateTeacherSettings(undefined)).toEqual({ settings: defaultTeacherSettings(), problems: [] });
  });

  it('bad data is dropped piece by piece, each with a notice (a code), worded as plain text', () => {
    const { settings, problems } = validateTeacherSettings({
      lockedInputs: ['intervener.troops', 'intervener.troops', '<img src=x>', 42, 'population.hostility'],
      hiddenInputs: 'population.hostility',
      hideOutcomes: 'yes',
      predictFirst: true,
    });
    expect(settings).toEqual({ lockedInputs: ['intervener.troops', 'population.hostility'], hiddenInputs: [], hideOutcomes: false, predictFirst: true });
    expect(problems).toEqual([
      { code: 'teacher/list-invalid', params: { name: 'hiddenInputs' } },
      { code: 'teacher/unknown-input', params: { input: '?img src?x?' } },
      { code: 'teacher/unknown-input', params: { input: '42' } },
      { code: 'teacher/flag-invalid', params: { name: 'hideOutcomes' } },
    ]);
    const text = problems.map(wordNotice).join('\n');
    expect(text).toContain('unknown input (?img src?x?)');
    expect(text).toContain('unknown input (42)');
    expect(text).toMatch(/"hiddenInputs" should be a list/);
    expect(text).toMatch(/"hideOutcomes" should be on or off/);
    for (const p of problems) expect(wordNotice(p)).not.toMatch(/[<>]/);
  });

  it('the troop level can be locked but never hidden, from storage or from a link, with a notice', () => {
    const stored = validateTeacherSettings({ lockedInputs: [], hiddenInputs: ['intervener.troops', 'population.hostility'] });
    expect(stored.settings.hiddenInputs).toEqual(['population.hostility']);
    expect(stored.problems.map((p) => p.code)).toEqual(['teacher/not-hideable']);
    expect(wordNotice(stored.problems[0])).toMatch(/troop level cannot be hidden/);
    expect(validateTeacherSettings({ lockedInputs: ['intervener.troops'], hiddenInputs: [] }).settings.lockedInputs).toEqual(['intervener.troops']);
    const link = readShareLink('#/setup?v=1&scenario=panama-1989&hide=intervener.troops,defender.cohesion', shippedScenarios());
    expect(link.teacher?.hiddenInputs).toEqual(['defender.cohesion']);
    expect(link.notices.map((n) => n.code)).toContain('teacher/not-hideable');
    expect(canHide('intervener.troops')).toBe(false);
    expect(canHide('population.hostility')).toBe(true);
  });

  it('a path both locked and hidden is kept as hidden only', () => {
    const { settings } = validateTeacherSettings({ lockedInputs: ['defender.posture'], hiddenInputs: ['defender.posture'] });
    expect(settings.lockedInputs).toEqual([]);
    expect(settings.hiddenInputs).toEqual(['defender.posture']);
  });

  it('not an object: teacher mode off with one message', () => {
    for (const raw of ['on', 3, [1], true]) {
      const { settings, problems } = validateTeacherSettings(raw);
      expect(settings).toEqual(defaultTeacherSettings());
      expect(problems).toEqual([{ code: 'teacher/unreadable' }]);
      expect(problems.map(wordNotice)).toEqual(['Teacher settings were not readable; teacher mode is off.']);
    }
  });
});

describe('scorePrediction', () => {
  it('points are 100 minus the error in percentage points', () => {
    expect(scorePrediction(0.4, 0.4).points).toBe(100);
    expect(scorePrediction(0.4, 0.65).points).toBe(75);
    expect(scorePrediction(0.65, 0.4).points).toBe(75);
    expect(scorePrediction(0, 1).points).toBe(0);
    expect(scorePrediction(0.5, 0.93).errorPoints).toBeCloseTo(43, 10);
  });

  it('the Brier score is the mean squared error over the runs', () => {
    // Forecast 0.7 against a 65% success rate: 0.65·0.3² + 0.35·0.7² = 0.0585 + 0.1715.
    expect(scorePrediction(0.7, 0.65).brier).toBeCloseTo(0.23, 12);
    // "50%" scores 0.25 whatever happens.
    for (const a of [0, 0.1, 0.65, 1]) expect(scorePrediction(0.5, a).brier).toBeCloseTo(0.25, 12);
    // A single run (actual 0 or 1) is the plain squared error.
    expect(scorePrediction(0.2, 1).brier).toBeCloseTo(0.64, 12);
    expect(scorePrediction(0.2, 0).brier).toBeCloseTo(0.04, 12);
  });

  it('the best Brier score is reached by forecasting the rate itself (a proper score), checked on a grid', () => {
    const rng = seedrandom('brier');
    for (let i = 0; i < 200; i++) {
      const actual = rng();
      const best = scorePrediction(actual, actual);
      expect(best.brier).toBeCloseTo(best.bestBrier, 12);
      expect(best.bestBrier).toBeCloseTo(actual * (1 - actual), 12);
      for (let p = 0; p <= 1; p += 0.05) {
        const s = scorePrediction(p, actual);
        expect(s.brier).toBeGreaterThanOrEqual(best.brier - 1e-12);
        // Brier minus its best equals the squared distance to the rate.
        expect(s.brier - s.bestBrier).toBeCloseTo((p - actual) ** 2, 12);
      }
    }
  });

  it('verdicts by error: ≤5 spot on, ≤15 close, ≤30 off, beyond far off; words in both languages', () => {
    expect(scorePrediction(0.5, 0.55).verdict).toBe('spot-on');
    expect(scorePrediction(0.5, 0.6).verdict).toBe('close');
    expect(scorePrediction(0.5, 0.8).verdict).toBe('off');
    expect(scorePrediction(0.5, 0.81).verdict).toBe('far-off');
    expect(verdictText('close')).toBe('Close');
    setLocale('es');
    expect(verdictText('far-off')).toBe('Muy desviado');
  });

  it('refuses shares outside 0-1 and non-numbers', () => {
    for (const [p, a] of [
      [-0.1, 0.5],
      [1.1, 0.5],
      [0.5, Number.NaN],
      [Number.POSITIVE_INFINITY, 0.5],
      [0.5, 2],
    ]) {
      expect(() => scorePrediction(p, a)).toThrow(RangeError);
    }
  });
});

describe('parsePrediction', () => {
  it('reads a percentage as students type it', () => {
    expect(parsePrediction('40')).toBe(0.4);
    expect(parsePrediction('40%')).toBe(0.4);
    expect(parsePrediction(' 40 % ')).toBe(0.4);
    expect(parsePrediction('40.5')).toBeCloseTo(0.405, 12);
    expect(parsePrediction('40,5')).toBeCloseTo(0.405, 12);
    expect(parsePrediction('0')).toBe(0);
    expect(parsePrediction('100')).toBe(1);
  });

  it('rejects anything else', () => {
    for (const text of ['', '101', '-5', 'forty', '4e1', '40%%', '1/2', '40.123', '0x10', ' ', '9'.repeat(30)]) {
      expect(parsePrediction(text), text).toBeNull();
    }
  });
});
