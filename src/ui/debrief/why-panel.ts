// The debrief's "Why?" panel, for every outcome: the key region's force ratio against the plan's R*
// (entry), troops per 1,000 against what the hostility requires with Quinlivan's tiers (holding), the
// troops these assumptions need for 50% success (the inverse query) and the one or two inputs that
// would change the result most (the tornado at the troop level played). The first two are closed
// forms on the game's own recorded values (src/analysis/why.ts); the last two come from the analysis
// service through the worker pool, the analysis screen's very queries. A success reads as margins.
// Text is registered with a wording, so a language switch re-words the same nodes.
import { planDayOne, topMoves, whyFigures, whyQueries, type WhyFigures } from '../../analysis/why';
import type { InverseResult, TornadoResult } from '../../analysis/queries';
import { CancelledError, type getWorkerPool, type PoolJob } from '../../app/worker-client';
import type { GameRecord } from '../../app/session';
import type { Overrides, Scenario } from '../../model/types';
import { h } from '../dom';
import { analysisErrorText } from '../analysis/error-text';
import { pct } from '../format';
import { t, tData } from '../i18n';
import { wording } from '../kit/wording';
import { densitySentences, inputSentences, inverseSentence, ratioSentences } from './why-words';

type Run = ReturnType<typeof getWorkerPool>['run'];

export interface WhySetup {
  /** The scenario as played (session.playedScenario()), its overrides and seed. */
  scenario: Scenario;
  overrides: Overrides;
  seed: string;
  /** The game of this set-up, if any: an ended game is explained from its own log. */
  record: GameRecord | null;
}

export interface WhyPanel {
  element: HTMLElement;
  figures: WhyFigures;
  /** Ask the analysis service (through `run`) for the inverse answer and the tornado. */
  start(run: Run): void;
  relocalize(): void;
  dispose(): void;
}

/** The figures for a set-up: the ended game's own, else the automatic plan's day 1. */
export function figuresFor(setup: WhySetup): WhyFigures {
  const state = setup.record?.state;
  if (state?.phase === 'ended')
    return whyFigures(
      state,
      setup.record!.log.map((entry) => entry.event),
    );
  return whyFigures(planDayOne(setup.scenario, setup.overrides, setup.seed), null);
}

export function whyPanel(setup: WhySetup): WhyPanel {
  const { scenario, overrides } = setup;
  const words = wording();
  const figures = figuresFor(setup);
  const { ratio, density, success } = figures;
  const jobs: PoolJob<unknown>[] = [];
  let cancelled = false;
  const inputs = setup.record?.state.inputs;
  const regionName = () => tData(inputs?.regionNames[ratio.region] ?? scenario.regions[ratio.region]?.name ?? ratio.regionId);
  const paragraph = (id: string, word: () => string) => words.text(h('p', { id }), word);

  const ratioEl = paragraph('why-ratio', () => ratioSentences(ratio, regionName(), scenario, overrides).join(' '));
  ratioEl.dataset.had = ratio.had === null ? '' : String(ratio.had);
  ratioEl.dataset.target = String(ratio.target);
  ratioEl.dataset.from = ratio.from;
  ratioEl.dataset.short = String(ratio.had === null || ratio.had < ratio.target);
  const densityEl = paragraph('why-density', () => densitySentences(density, scenario, overrides).join(' '));
  densityEl.dataset.had = String(density.had);
  densityEl.dataset.required = String(density.required);
  densityEl.dataset.short = String(density.margin < 1);

  // The two answers from the workers: a word function replaced when the result arrives.
  let inverseWord = () => t('Computing the troops these assumptions need for {target} success…', { target: pct(0.5) });
  let inputsWord = () => t('Finding the inputs that would change the result most…');
  const inverseEl = words.text(h('p', { id: 'why-inverse', 'aria-busy': 'true' }), () => inverseWord());
  const inputsEl = words.text(h('p', { id: 'why-inputs', 'aria-busy': 'true' }), () => inputsWord());
  const set = (el: HTMLElement, word: () => string) => {
    el.textContent = word();
    el.setAttribute('aria-busy', 'false');
    return word;
  };

  const heading = words.text(h('h3', { id: 'why-h' }), () => (success === true ? t('Why it worked') : success === false ? t('Why it did not work') : t('Why: what these inputs need')));
  const lede = words.text(h('p', { class: 'small muted' }), () =>
    success === true
      ? t('The margins above each requirement, and what the model says these assumptions need.')
      : success === false
        ? t('The shortfalls against each requirement, and what the model says these assumptions need.')
        : t('No finished game yet: the automatic plan’s day 1 with these inputs, against each requirement.'),
  );
  const item = (id: string, label: () => string, body: HTMLElement) => [words.text(h('dt', { id }), label), h('dd', { 'aria-labelledby': id }, body)];
  const element = h(
    'section',
    { class: 'panel why-panel', id: 'why-panel', 'aria-labelledby': 'why-h', 'data-success': String(success) },
    heading,
    lede,
    h(
      'dl',
      { class: 'why-list' },
      ...item('why-ratio-h', () => t('Force ratio for entry'), ratioEl),
      ...item('why-density-h', () => t('Troops per 1,000 for holding'), densityEl),
      ...item('why-inverse-h', () => t('Troops these assumptions need'), inverseEl),
      ...item('why-inputs-h', () => t('What would change the result most'), inputsEl),
    ),
  );
  const failedWord = (err: unknown) => () => t('This could not be computed: {error}', { error: analysisErrorText(err) });

  return {
    element,
    figures,
    start(run) {
      const queries = whyQueries({ scenario, overrides, seed: setup.seed });
      const inverseJob = run(queries.inverse, { priority: 1 });
      const tornadoJob = run(queries.tornado, { priority: 1 });
      jobs.push(inverseJob, tornadoJob);
      const troopsHad = density.troops;
      const population = density.population;
      inverseJob.result.then(
        (result: InverseResult) => {
          if (cancelled) return;
          inverseEl.dataset.troops = result.answer ? String(result.answer.troops) : '';
          inverseEl.dataset.query = JSON.stringify(result.query);
          inverseWord = set(inverseEl, () => inverseSentence(result, troopsHad, population));
        },
        (err) => {
          if (!cancelled && !(err instanceof CancelledError)) inverseWord = set(inverseEl, failedWord(err));
        },
      );
      // The tornado at the troop level played; when no input moves it there (every end fails, or every
      // end succeeds), a second tornado at the level the inverse answer names says what matters there.
      const showInputs = (result: TornadoResult, atNeed: TornadoResult | null) => {
        const moves = topMoves((atNeed ?? result).bars, 2);
        inputsEl.dataset.top = moves.map((m) => m.bar.path).join(' ');
        inputsEl.dataset.query = JSON.stringify((atNeed ?? result).query);
        inputsWord = set(inputsEl, () => inputSentences(result, atNeed ? [] : moves, atNeed ? { result: atNeed, moves } : null).join(' '));
      };
      const inputsFailed = (err: unknown) => {
        if (!cancelled && !(err instanceof CancelledError)) inputsWord = set(inputsEl, failedWord(err));
      };
      Promise.all([tornadoJob.result, inverseJob.result.catch(() => null)]).then(([result, inverse]) => {
        if (cancelled) return;
        const need = inverse?.answer?.troops;
        if (topMoves(result.bars, 1).length || !need || need === result.query.troops) return showInputs(result, null);
        const second = run({ ...queries.tornado, troops: need }, { priority: 1 });
        jobs.push(second);
        second.result.then((atNeed: TornadoResult) => {
          if (!cancelled) showInputs(result, atNeed);
        }, inputsFailed);
      }, inputsFailed);
    },
    relocalize: () => words.relocalize(),
    dispose() {
      cancelled = true;
      for (const job of jobs) job.cancel();
    },
  };
}
