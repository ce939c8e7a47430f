// Debrief additions of the classroom kit: the set-up table and discussion questions for the printed
// handout, the forecast form and its score (predict, then reveal), and the teacher's reveal button
// (shared with the analysis screen, which hides outcomes by the same rule).
import type { AppContext } from '../../app/router';
import { parsePrediction, scorePrediction, type PredictionVerdict } from '../../app/teacher';
import { teacherLocked } from '../../app/teacher-lock';
import { ADVANCED_PREFIX } from '../../model/advanced';
import { INPUTS, sourcedAt } from '../../model/inputs';
import type { Scenario } from '../../model/types';
import { h } from '../dom';
import { num } from '../format';
import { formatNumber, formatPercent, t, tData } from '../i18n';
import { statusNow } from './status-label';
import { wording, type Wording } from './wording';

// Each builder registers its texts with `words` (a throwaway one by default): a screen that passes
// its own re-words the panel in place on a language switch (the same nodes, any typed forecast kept).

/**
 * The inputs as printed: every input of the scenario with its status (published, derived or design
 * choice, the same label as on Set up; sources and reasons are on the About page), changed ones
 * marked. An input the teacher hid (`hidden`) is listed without any value, published or changed: the
 * handout is for students, and a reveal of outcomes reveals outcomes, not hidden inputs.
 */
export function setupTable(scenario: Scenario, overrides: Record<string, number>, words: Wording = wording(), hidden: readonly string[] = []): HTMLElement {
  // The advanced inputs (model constants, every one a design choice) are printed only when changed:
  // the handout stays one page, and the About page lists them all.
  const changedAdvanced = (path: string) => Object.hasOwn(overrides, path) && overrides[path] !== sourcedAt(scenario, path)?.value;
  const rows = INPUTS.filter((spec) => sourcedAt(scenario, spec.path) && (!spec.path.startsWith(ADVANCED_PREFIX) || changedAdvanced(spec.path))).map((spec) => {
    if (hidden.includes(spec.path))
      return h(
        'tr',
        { class: 'hidden-input', 'data-path': spec.path },
        words.text(h('th', { scope: 'row' }), () => tData(spec.label)),
        words.text(h('td'), () => t('hidden by the teacher')),
        h('td'),
      );
    const sourced = sourcedAt(scenario, spec.path)!;
    const published = sourced.value;
    const changed = Object.prototype.hasOwnProperty.call(overrides, spec.path) && overrides[spec.path] !== published;
    const value = changed ? overrides[spec.path] : published;
    // The status through the one shared label: "design choice", or "changed (design choice: 0.30)".
    return h(
      'tr',
      { class: changed ? 'changed' : '', 'data-path': spec.path },
      words.text(h('th', { scope: 'row' }), () => tData(spec.label)),
      words.text(h('td'), () => num(value, spec.step)),
      words.text(h('td', { class: 'status' }), () => statusNow(sourced, value, spec.step)),
    );
  });
  return h(
    'section',
    { class: 'panel print-only', id: 'print-setup' },
    words.text(h('h3'), () => t('Set-up')),
    h(
      'table',
      { class: 'compact' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          words.text(h('th'), () => t('Input')),
          words.text(h('th'), () => t('Value')),
          words.text(h('th'), () => t('Status')),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}

/**
 * The handout's lines to write on (printed only): the students' names, and their forecast (the
 * chance of success they predicted before the results, and why), so a printed sheet keeps who
 * predicted what. Blank lines, never filled in by the app.
 */
export function handoutLines(words: Wording = wording()): HTMLElement {
  const line = (id: string, label: () => string, lines = 1) =>
    h('div', { class: 'handout-field', id }, words.text(h('span', { class: 'handout-label' }), label), ...Array.from({ length: lines }, () => h('span', { class: 'handout-line', 'aria-hidden': 'true' })));
  return h(
    'section',
    { class: 'panel print-only', id: 'handout-lines' },
    line('handout-names', () => t('Names:'), 2),
    line('handout-forecast', () => t('Our forecast before the results (chance of success, %):')),
    line('handout-why', () => t('What we predicted, and why:'), 2),
  );
}

export function discussionQuestions(words: Wording = wording()): HTMLElement {
  const questions = [
    () => t('Which single input changed the chance of success the most, and why might that be?'),
    () => t('Do the model’s results support the analysts’ claim that about 10,000 troops was not enough? What would change your mind?'),
    () => t('What does the model leave out (politics, time, allies, the population’s choices), and how could that change the answer?'),
    () => t('Compare the back-tests with history: where does the model do well, and where would you trust it less?'),
  ];
  return h(
    'section',
    { class: 'panel print-only', id: 'discussion' },
    words.text(h('h3'), () => t('Questions for discussion')),
    h('ol', {}, ...questions.map((word) => words.text(h('li'), word))),
  );
}

/**
 * The forecast panel: when predict-first is on and there is no forecast yet, a form that must be
 * filled before results show (`onForecast` then redraws); once the rate is known, the score.
 */
export function forecastPanel(app: AppContext, successRate: number | null, onForecast: () => void, words: Wording = wording()): HTMLElement {
  const forecast = app.kit.prediction();
  if (forecast === null) {
    const field = h('input', { type: 'text', id: 'debrief-forecast', inputmode: 'decimal', autocomplete: 'off' });
    let invalid = false;
    const note = words.text(h('p', { class: 'muted', 'aria-live': 'polite' }), () => (invalid ? t('Type a percentage from 0 to 100, e.g. 35.') : t('Results are shown after you enter a forecast.')));
    const submit = () => {
      const share = parsePrediction(field.value);
      if (share === null) {
        invalid = true;
        note.textContent = t('Type a percentage from 0 to 100, e.g. 35.');
        return;
      }
      app.kit.setPrediction(share);
      onForecast();
    };
    field.addEventListener('keydown', (event) => event.key === 'Enter' && submit());
    return h(
      'section',
      { class: 'panel', id: 'forecast-panel' },
      h(
        'h3',
        {},
        words.text(h('label', { for: 'debrief-forecast' }), () => t('Your forecast: chance of success (%)')),
      ),
      h(
        'div',
        { class: 'forecast-row' },
        field,
        words.text(h('button', { type: 'button', class: 'primary', id: 'forecast-submit', onclick: submit }), () => t('Reveal the results')),
      ),
      note,
    );
  }
  if (successRate === null)
    return h(
      'section',
      { class: 'panel', id: 'forecast-score' },
      words.text(h('p', { class: 'muted' }), () => t('Your forecast: {share}. Scoring it…', { share: formatPercent(forecast) })),
    );
  const score = scorePrediction(forecast, successRate);
  return h(
    'section',
    { class: 'panel', id: 'forecast-score', 'data-points': score.points },
    words.text(h('h3'), () => t('Your forecast, scored')),
    words.text(h('p', { class: 'outcome-big' }), () => `${verdictText(score.verdict)}: ${t('{points} points out of 100', { points: score.points })}`),
    words.text(h('p'), () =>
      t('You forecast {forecast}; the model succeeded in {actual} of runs ({error} percentage points apart). Brier score {brier} (best possible here {best}; lower is better).', {
        forecast: formatPercent(forecast),
        actual: formatPercent(successRate),
        error: formatNumber(score.errorPoints, 1),
        brier: formatNumber(score.brier, 3),
        best: formatNumber(score.bestBrier, 3),
      }),
    ),
  );
}

/** True while teacher mode keeps outcome figures from students (hidden and not revealed, or no forecast yet). */
export function outcomesGated(app: AppContext): boolean {
  const teacher = app.kit.teacher();
  return (teacher.hideOutcomes && !app.kit.revealed()) || (teacher.predictFirst && app.kit.prediction() === null);
}

/**
 * What a gated screen shows instead of outcomes: the forecast form when predict-first waits for one,
 * and the "hidden by the teacher" panel with the reveal button when outcomes are hidden.
 * `redraw` mounts the screen again once something changed.
 */
export function outcomeGatePanels(app: AppContext, redraw: () => void, words: Wording = wording()): HTMLElement[] {
  const teacher = app.kit.teacher();
  const panels: HTMLElement[] = [];
  if (teacher.predictFirst && app.kit.prediction() === null) panels.push(forecastPanel(app, null, redraw, words));
  if (teacher.hideOutcomes && !app.kit.revealed()) {
    panels.push(
      h(
        'section',
        { class: 'panel', id: 'outcomes-hidden' },
        words.text(h('p'), () => t('The teacher has hidden the outcomes for now.')),
        // While a PIN locks teacher mode, students do not see the reveal button (the teacher unlocks first).
        teacherLocked(teacher) ? null : words.text(h('button', { type: 'button', id: 'reveal-outcomes', onclick: () => (app.kit.setRevealed(true), redraw()) }), () => t('Reveal outcomes (teacher)')),
      ),
    );
  }
  return panels;
}

/** The verdict in words for the current language. */
export function verdictText(verdict: PredictionVerdict): string {
  switch (verdict) {
    case 'spot-on':
      return t('Spot on');
    case 'close':
      return t('Close');
    case 'off':
      return t('Off');
    case 'far-off':
      return t('Far off');
  }
}
