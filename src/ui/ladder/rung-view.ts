// One rung of the ladder, a column: its heading, the prediction (four plain choices, real buttons),
// then, once the student asks, the outcome distribution of the automatic plan, the prediction against
// the result, what changed from the rung before, and the scenario's own quote card with the model's
// verdict (the debrief's claim card from the debrief's very query). Results land in an aria-live area.
import type { ClaimsResult, SummaryResult } from '../../analysis/queries';
import { CancelledError, type PoolJob, type WorkerPool } from '../../app/worker-client';
import { h } from '../dom';
import { int } from '../format';
import { t, tData } from '../i18n';
import { analysisErrorText } from '../analysis/error-text';
import { claimCard } from '../debrief/claim-card';
import { wording, type Wording } from '../kit/wording';
import { outcomeBar } from './outcome-bar';
import { frameClaimOf, LADDER_RUNS, PREDICTIONS, rungFigures, rungQueries, scorePrediction, whatChanged, type PredictionChoice, type Rung, type RungFigures } from './rungs';
import { changeSentence, CHOICE_WORDS, scoreSentence } from './words';

export type Run = WorkerPool['run'];

export interface RungOptions {
  rung: Rung;
  seed: string;
  run: Run;
  prediction: PredictionChoice | null;
  revealed: boolean;
  /** The rung before's figures (with its success once computed), or null on the first rung. */
  previous(): RungFigures | null;
  onPredict(choice: PredictionChoice): void;
  onReveal(): void;
  /** Called when this rung's distribution is in. */
  onResult(): void;
}

export interface RungView {
  element: HTMLElement;
  heading: HTMLElement;
  figures: RungFigures;
  /** Re-word "what changed" (the rung before's result came in). */
  updateChange(): void;
  relocalize(): void;
  dispose(): void;
}

/** A container refilled with content of its own wording (the old wording is dropped). */
function slot(element: HTMLElement) {
  let words = wording();
  return {
    element,
    fill(build: (w: Wording) => (HTMLElement | null)[]) {
      words = wording();
      element.replaceChildren(...build(words).filter((e): e is HTMLElement => e !== null));
    },
    relocalize: () => words.relocalize(),
  };
}

export function rungView(options: RungOptions): RungView {
  const { rung, seed, run } = options;
  const { scenario, index } = rung;
  const words = wording();
  const figures = rungFigures(scenario, seed);
  let prediction = options.prediction;
  let revealed = false;
  let summary: SummaryResult | null = null;
  const jobs: PoolJob<unknown>[] = [];
  let disposed = false;
  const id = (part: string) => `rung-${index}-${part}`;

  const heading = words.text(h('h3', { id: id('h'), tabindex: '-1' }), () => t('Rung {n}: {troops} troops', { n: index, troops: int(rung.troops) }));
  const questionId = id('q');
  const choices = PREDICTIONS.map((choice) =>
    words.text(
      h('button', {
        type: 'button',
        class: 'ladder-choice',
        'data-choice': choice,
        'aria-pressed': String(choice === prediction),
        onclick: () => {
          if (revealed) return;
          prediction = choice;
          for (const b of choices) b.setAttribute('aria-pressed', String(b.dataset.choice === choice));
          revealButton.disabled = false;
          options.onPredict(choice);
        },
      }),
      CHOICE_WORDS[choice],
    ),
  );
  const revealButton = words.text(h('button', { type: 'button', class: 'primary ladder-reveal', id: id('reveal'), disabled: prediction === null, onclick: () => reveal(true) }), () =>
    t('Show the result ({runs} runs)', { runs: int(LADDER_RUNS) }),
  );
  const hint = words.text(h('p', { class: 'small muted' }), () => t('Choose a prediction first; the result stays hidden until then.'));
  const result = slot(h('div', { class: 'ladder-result', id: id('result'), 'aria-live': 'polite', 'aria-busy': 'false' }));
  const change = words.text(h('p', { class: 'ladder-change', id: id('change') }), () => '');
  const card = slot(h('div', { class: 'ladder-card', id: id('card') }));
  const frame = frameClaimOf(scenario);
  // Asked as soon as the rung is shown, while the student reads and predicts; shown only after the
  // prediction. The quote's range verdict takes seconds (a tornado per condition), so it starts early;
  // earlier rungs' jobs were submitted first and run first (equal priorities run in order).
  const queries = rungQueries(scenario, seed);
  const summaryJob = run(queries.summary, { priority: 0 });
  const claimsJob = frame && queries.claims ? run(queries.claims, { priority: 1 }) : null;
  jobs.push(summaryJob, ...(claimsJob ? [claimsJob] : []));
  // Not yet revealed: a failure is shown when the rung is revealed, not reported as unhandled.
  summaryJob.result.catch(() => undefined);
  claimsJob?.result.catch(() => undefined);

  const wordChange = () => {
    const from = options.previous();
    change.textContent = changeSentence(whatChanged(from, figures));
  };
  words.on(() => {
    if (revealed) wordChange();
  });

  function showSummary(res: SummaryResult) {
    summary = res;
    figures.success = res.summary.successRate;
    const share = res.summary.successRate;
    result.element.dataset.success = String(share);
    result.element.setAttribute('aria-busy', 'false');
    result.fill((w) => [
      outcomeBar(res.summary, w),
      prediction ? w.text(h('p', { class: 'ladder-score', 'data-hit': String(scorePrediction(prediction, share).hit) }), () => scoreSentence(prediction!, scorePrediction(prediction!, share), share)) : null,
    ]);
    wordChange();
    options.onResult();
  }

  function reveal(byStudent: boolean) {
    if (revealed || prediction === null) return;
    revealed = true;
    element.dataset.revealed = 'true';
    for (const b of choices) b.setAttribute('aria-disabled', 'true');
    revealButton.hidden = true;
    hint.hidden = true;
    if (byStudent) options.onReveal();
    result.element.setAttribute('aria-busy', 'true');
    result.fill((w) => [w.text(h('p', { class: 'muted' }), () => t('Running the automatic plan {runs} times…', { runs: int(LADDER_RUNS) }))]);
    wordChange();
    summaryJob.result.then(
      (res) => {
        if (!disposed) showSummary(res);
      },
      (err) => {
        if (disposed || err instanceof CancelledError) return;
        result.element.setAttribute('aria-busy', 'false');
        result.fill((w) => [w.text(h('p', { class: 'message' }), () => t('The batch could not run: {error}', { error: analysisErrorText(err) }))]);
      },
    );
    if (frame && claimsJob) {
      card.fill((w) => [claimCard(frame, null, undefined, w)]);
      claimsJob.result.then(
        (res: ClaimsResult) => {
          if (disposed) return;
          card.fill((w) => [claimCard(frame, res.verdicts[0] ?? null, undefined, w)]);
          card.element.dataset.done = 'true';
          card.element.dataset.query = JSON.stringify(res.query);
        },
        (err) => {
          if (disposed || err instanceof CancelledError) return;
          card.fill((w) => [claimCard(frame, null, () => analysisErrorText(err), w)]);
          card.element.dataset.done = 'true';
        },
      );
    }
  }

  const element = h(
    'section',
    { class: 'ladder-rung', id: `rung-${index}`, 'data-scenario': scenario.id, 'aria-labelledby': id('h') },
    heading,
    words.text(h('p', { class: 'small muted ladder-title' }), () => tData(scenario.title)),
    h(
      'div',
      { class: 'ladder-predict' },
      words.text(h('p', { id: questionId, class: 'ladder-question' }), () =>
        t('Predict first: in how many of {runs} runs will {troops} troops take the capital and bring the whole country under control?', { runs: int(LADDER_RUNS), troops: int(rung.troops) }),
      ),
      h('div', { class: 'ladder-choices', role: 'group', 'aria-labelledby': questionId }, ...choices),
      revealButton,
      hint,
    ),
    result.element,
    change,
    card.element,
  );
  if (options.revealed && prediction !== null) reveal(false);

  return {
    element,
    heading,
    figures,
    updateChange() {
      if (revealed) wordChange();
    },
    relocalize() {
      words.relocalize();
      result.relocalize();
      card.relocalize();
      if (summary && revealed) wordChange();
    },
    dispose() {
      disposed = true;
      for (const job of jobs) job.cancel();
    },
  };
}
