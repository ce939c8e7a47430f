// The ladder's last rung, "Find the threshold yourself": a troop slider and a typed number that ask
// the same query as the rungs (the debrief's distribution, the first rung's scenario with the troop
// number changed) at every change, what changed against the planners' rung, and the way out into the
// open sandbox (Analysis or Set up with that troop number in the selection).
import type { SummaryResult } from '../../analysis/queries';
import { CancelledError, type PoolJob } from '../../app/worker-client';
import type { Scenario } from '../../model/types';
import { h } from '../dom';
import { int, readNumber } from '../format';
import { t } from '../i18n';
import { analysisErrorText } from '../analysis/error-text';
import { wording, type Wording } from '../kit/wording';
import { outcomeBar } from './outcome-bar';
import { LADDER_RUNS, rungFigures, rungQueries, SANDBOX_MAX, SANDBOX_MIN, SANDBOX_STEP, whatChanged, type RungFigures } from './rungs';
import type { Run } from './rung-view';
import { changeSentence } from './words';

export interface SandboxOptions {
  scenario: Scenario;
  seed: string;
  run: Run;
  troops: number;
  previous(): RungFigures | null;
  onTroops(troops: number): void;
  /** Open Analysis ('analysis') or Set up ('setup') with this troop number. */
  open(screen: 'analysis' | 'setup', troops: number): void;
}

export interface SandboxView {
  element: HTMLElement;
  heading: HTMLElement;
  relocalize(): void;
  dispose(): void;
}

export function sandboxView(options: SandboxOptions): SandboxView {
  const { scenario, seed, run } = options;
  const words = wording();
  let troops = options.troops;
  let job: PoolJob<SummaryResult> | null = null;
  let resultWords: Wording = wording();
  let figures: RungFigures = rungFigures(scenario, seed, { 'intervener.troops': troops });
  let disposed = false;

  const heading = words.text(h('h3', { id: 'rung-open-h', tabindex: '-1' }), () => t('Find the threshold yourself'));
  const range = h('input', { type: 'range', id: 'ladder-troops-range', min: String(SANDBOX_MIN), max: String(SANDBOX_MAX), step: String(SANDBOX_STEP), value: String(troops) });
  const field = h('input', { type: 'text', inputmode: 'numeric', id: 'ladder-troops', value: int(troops), autocomplete: 'off' });
  const fieldNote = h('p', { class: 'small message', id: 'ladder-troops-note', role: 'status' });
  field.setAttribute('aria-describedby', 'ladder-troops-note');
  const result = h('div', { class: 'ladder-result', id: 'rung-open-result', 'aria-live': 'polite', 'aria-busy': 'true' });
  const change = h('p', { class: 'ladder-change', id: 'rung-open-change' });
  const wordChange = () => {
    change.textContent = changeSentence(whatChanged(options.previous(), figures));
  };
  words.on(wordChange);
  words.attr(range, 'aria-valuetext', () => t('{troops} troops', { troops: int(troops) }));
  // The typed number in the page's language (a switch re-formats it, so "120,000" is never read as 120 in Spanish).
  words.on(() => {
    if (field.getAttribute('aria-invalid') !== 'true') field.value = int(troops);
  });
  const openButton = (screen: 'analysis' | 'setup', word: () => string) =>
    words.text(h('button', { type: 'button', id: `ladder-open-${screen}`, class: screen === 'analysis' ? 'primary' : '', onclick: () => options.open(screen, troops) }), word);

  function ask() {
    job?.cancel();
    figures = rungFigures(scenario, seed, { 'intervener.troops': troops });
    wordChange();
    result.setAttribute('aria-busy', 'true');
    result.dataset.troops = String(troops);
    const queries = rungQueries(scenario, seed, { 'intervener.troops': troops });
    const asked = troops;
    const current = run(queries.summary, { priority: 0 });
    job = current;
    current.result.then(
      (res) => {
        if (disposed || job !== current) return;
        figures.success = res.summary.successRate;
        resultWords = wording();
        result.replaceChildren(outcomeBar(res.summary, resultWords));
        result.dataset.success = String(res.summary.successRate);
        result.dataset.done = String(asked);
        result.setAttribute('aria-busy', 'false');
        wordChange();
      },
      (err) => {
        if (disposed || err instanceof CancelledError || job !== current) return;
        result.setAttribute('aria-busy', 'false');
        resultWords = wording();
        result.replaceChildren(resultWords.text(h('p', { class: 'message' }), () => t('The batch could not run: {error}', { error: analysisErrorText(err) })));
      },
    );
  }

  function set(value: number, from: 'range' | 'field') {
    troops = Math.round(value);
    if (from !== 'range') range.value = String(troops);
    if (from !== 'field') field.value = int(troops);
    range.setAttribute('aria-valuetext', t('{troops} troops', { troops: int(troops) }));
    options.onTroops(troops);
    ask();
  }

  range.addEventListener('input', () => set(Number(range.value), 'range'));
  field.addEventListener('change', () => {
    const value = readNumber(field.value);
    if (!(Number.isFinite(value) && value >= SANDBOX_MIN && value <= SANDBOX_MAX)) {
      fieldNote.textContent = t('Type a whole number of troops from {min} to {max}.', { min: int(SANDBOX_MIN), max: int(SANDBOX_MAX) });
      field.setAttribute('aria-invalid', 'true');
      return;
    }
    fieldNote.textContent = '';
    field.removeAttribute('aria-invalid');
    set(value, 'field');
  });

  const element = h(
    'section',
    { class: 'ladder-rung ladder-open', id: 'rung-open', 'aria-labelledby': 'rung-open-h' },
    heading,
    words.text(h('p', { class: 'small' }), () => t('Choose any force size: {runs} runs of the first rung’s scenario answer each change. Where does control of the whole country become more likely than not?', { runs: int(LADDER_RUNS) })),
    h(
      'div',
      { class: 'ladder-troops' },
      words.text(h('label', { for: 'ladder-troops-range' }), () => t('Troops (slider)')),
      range,
      words.text(h('label', { for: 'ladder-troops' }), () => t('Troops (type a number)')),
      field,
      fieldNote,
    ),
    result,
    change,
    words.text(h('p', { class: 'small' }), () => t('The lesson ends here. Go on in the open sandbox, with every input of the model:')),
    h(
      'div',
      { class: 'actions' },
      openButton('analysis', () => t('Open Analysis with {troops} troops', { troops: int(troops) })),
      openButton('setup', () => t('Set up a game with {troops} troops', { troops: int(troops) })),
    ),
  );
  // The button labels follow the slider.
  const relabel = () => words.relocalize();
  range.addEventListener('input', relabel);
  field.addEventListener('change', relabel);
  ask();

  return {
    element,
    heading,
    relocalize() {
      words.relocalize();
      resultWords.relocalize();
    },
    dispose() {
      disposed = true;
      job?.cancel();
    },
  };
}
