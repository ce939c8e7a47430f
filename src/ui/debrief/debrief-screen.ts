// Debrief: the outcome in words, the timeline, the player's result beside the automatic plan's
// distribution with the same inputs and seed, and the claim cards. Every figure comes from the
// analysis service through the worker pool (queries.ts says which queries), never from the main
// thread; the panels show progress while the workers run. A language switch re-words the screen in
// place (relocalize) from the results it already holds: the same nodes, no new query to the workers.
import type { Screen } from '../../app/router';
import { CancelledError, getWorkerPool, type PoolJob } from '../../app/worker-client';
import type { GameState } from '../../model/types';
import { append, h } from '../dom';
import { int, pct } from '../format';
import { claimCard } from './claim-card';
import { distributionPanel } from './distribution';
import { timelineChart } from './timeline';
import { outcomeFacts, outcomeLine } from './outcome-facts';
import { debriefCsv } from '../../app/export';
import { exportFileName, fileContext } from '../../app/file-names';
import type { SummaryResult } from '../../analysis/queries';
import { t, tData, tn } from '../i18n';
import { analysisErrorText } from '../analysis/error-text';
import { DEBRIEF_RUNS, debriefQueries } from './queries';
import { downloadText } from '../kit/files';
import { discussionQuestions, forecastPanel, handoutLines, outcomeGatePanels, outcomesGated, setupTable } from '../kit/debrief-kit';
import { wording, type Wording } from '../kit/wording';
import { countQuery } from '../../app/test-hooks';
import { debriefRecord } from '../../app/result-code';
import { resultCodePanel } from './result-code-panel';
import { whyPanel } from './why-panel';
import { teamsPanel } from './teams-panel';
import { paperChooser } from '../kit/paper';

/** Runs behind the distribution and the claim cards (the same runs: one quantity, one number). */
export { DEBRIEF_RUNS };

/** A container whose content can be replaced, each content with its own wording (the old one is dropped). */
interface Slot {
  element: HTMLElement;
  fill(build: (words: Wording) => HTMLElement | HTMLElement[]): void;
  relocalize(): void;
}

function slot(element: HTMLElement): Slot {
  let words = wording();
  return {
    element,
    fill(build) {
      words = wording();
      const content = build(words);
      element.replaceChildren(...(Array.isArray(content) ? content : [content]));
    },
    relocalize: () => words.relocalize(),
  };
}

function outcomeSection(state: GameState | null, words: Wording): HTMLElement {
  const heading = () => words.text(h('h3', { id: 'outcome-h' }), () => t('Your game'));
  if (!state) {
    return h(
      'section',
      { class: 'panel', 'aria-labelledby': 'outcome-h' },
      heading(),
      words.text(h('p', { id: 'player-outcome' }), () => t('No game has been played with this set-up yet. Play it, or read how the automatic plan does below.')),
    );
  }
  if (state.phase !== 'ended') {
    return h(
      'section',
      { class: 'panel', 'aria-labelledby': 'outcome-h' },
      heading(),
      words.text(h('p', { id: 'player-outcome' }), () =>
        state.phase === 'entry'
          ? t('Your game is still in progress (entry, day {day}). Finish it to compare it with the automatic plan.', { day: state.day })
          : t('Your game is still in progress (control, month {month}). Finish it to compare it with the automatic plan.', { month: state.month }),
      ),
    );
  }
  // The sentences name the quantity they show, and the class says what it means (outcome-facts.ts).
  const facts = outcomeFacts(state);
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'outcome-h' },
    heading(),
    words.text(h('p', { class: 'outcome-big', id: 'player-outcome', 'data-outcome': state.outcome ?? '' }), () => outcomeLine(state)),
    ...facts.map((word) => words.text(h('p'), word)),
  );
}

export const debriefScreen: Screen = {
  id: 'debrief',
  title: 'Debrief',
  mount(root, app) {
    const { session } = app;
    const scenario = session.playedScenario();
    const { overrides, seed } = session.selection;
    const file = fileContext(scenario, overrides, seed); // every export's name carries it (exportFileName)
    const record = session.game();
    const state = record?.state ?? null;
    const ended = state?.phase === 'ended' ? state : null;
    let cancelled = false;
    const jobs: PoolJob<unknown>[] = [];
    // Every text of the screen is registered here or in a slot's own wording: a language switch
    // re-words them in place from the results already held (no new query, the same nodes).
    const words = wording();

    const changed = Object.keys(overrides).length;
    const teacher = app.kit.teacher();
    const redraw = () => app.navigate('debrief');
    const heading = words.text(h('h2'), () => t('Debrief: {title}', { title: tData(scenario.title) }));
    // Teacher mode: outcomes stay hidden until revealed; predict-first asks for a forecast before any figure.
    if (outcomesGated(app)) {
      append(root, [heading, ...outcomeGatePanels(app, redraw, words)]);
      return { dispose() {}, relocalize: () => words.relocalize() };
    }
    let summary: SummaryResult | null = null;
    const forecast = slot(h('div', { id: 'forecast-slot' }));
    if (teacher.predictFirst || app.kit.prediction() !== null) forecast.fill((w) => forecastPanel(app, null, redraw, w));
    const distributionProgress = words.attr(h('progress', { id: 'debrief-progress', max: String(DEBRIEF_RUNS), value: '0' }), 'aria-label', () => t('Runs of the automatic plan computed so far'));
    const distribution = slot(h('div', { id: 'distribution', 'aria-busy': 'true' }));
    distribution.fill((w) => [w.text(h('p', { class: 'muted' }), () => t('Running the automatic plan {runs} times…', { runs: int(DEBRIEF_RUNS) })), distributionProgress]);
    const claimsScenario = session.scenario();
    // The status line under the claims heading, as a function of the language (progress, then the runs).
    let claimsWord: () => string = () => (claimsScenario.claims.length ? t('Checking the claims in the background…') : '');
    const claimsStatus = words.text(h('p', { class: 'small muted', id: 'claims-status', role: 'status' }), () => claimsWord());
    const setClaimsStatus = (word: () => string) => {
      claimsWord = word;
      claimsStatus.textContent = word();
    };
    const claims = slot(h('div', { class: 'claims', id: 'claims', 'aria-busy': claimsScenario.claims.length ? 'true' : 'false' }));
    claims.fill((w) => claimsScenario.claims.map((c) => claimCard(c, null, undefined, w)));
    const resultCode = slot(h('div', { id: 'result-code-slot' }));
    const button = (attrs: Parameters<typeof h>[1], word: () => string) => words.text(h('button', { type: 'button', ...attrs }), word);

    // The "why" panel: the ratio and density against their requirements, the inverse answer, the top inputs.
    const why = whyPanel({ scenario, overrides, seed, record });
    root.append(
      heading,
      words.text(h('p', { class: 'lede' }), () => {
        const changes = changed ? tn('{count} input changed from the published values', '{count} inputs changed from the published values', changed) : t('published inputs');
        return t('{troops} troops; seed “{seed}”; {changes}.', { troops: int(overrides['intervener.troops'] ?? scenario.intervener.troops.value), seed, changes });
      }),
      handoutLines(words),
      h(
        'div',
        { class: 'debrief-grid' },
        h(
          'div',
          { class: 'debrief-col' },
          outcomeSection(state, words),
          teamsPanel(ended, words), // two-team games: both teams' choices beside the automatic ones
          why.element,
          h(
            'section',
            { class: 'panel', 'aria-labelledby': 'timeline-h' },
            words.text(h('h3', { id: 'timeline-h' }), () => t('Timeline of your game')),
            ended ? timelineChart(ended.timeline, ended.params.controlMonths, words, file) : words.text(h('p', { class: 'muted' }), () => t('The timeline appears when your game is over.')),
          ),
        ),
        h(
          'div',
          { class: 'debrief-col' },
          h(
            'section',
            { class: 'panel', 'aria-labelledby': 'dist-h' },
            words.text(h('h3', { id: 'dist-h' }), () => t('The automatic plan with the same inputs ({runs} runs)', { runs: int(DEBRIEF_RUNS) })),
            distribution.element,
          ),
        ),
      ),
    );
    // Below the fold: attached one task later, so switching to the debrief is two short tasks
    // instead of one long one (bench/game.bench.ts). Its slots exist already and receive results.
    const later = setTimeout(
      () =>
        root.append(
          forecast.element,
          setupTable(scenario, overrides, words, app.kit.teacher().hiddenInputs),
          h(
            'section',
            { 'aria-labelledby': 'claims-h' },
            words.text(h('h3', { id: 'claims-h' }), () => t('What the analysts said, and what the model finds')),
            claimsStatus,
            claims.element,
          ),
          resultCode.element,
          discussionQuestions(words),
          h(
            'div',
            { class: 'actions' },
            button({ onclick: () => app.navigate('setup') }, () => t('Change the inputs')),
            button({ onclick: () => app.navigate('choose') }, () => t('Choose another scenario')),
            button(
              {
                id: 'export-csv',
                onclick: () => {
                  if (!summary) return app.notify(t('The results are still being computed.'));
                  downloadText(exportFileName(file, 'results', 'csv'), debriefCsv(summary.summary, { scenario: scenario.id, objective: summary.query.objective }, scenario, overrides), 'text/csv');
                },
              },
              () => t('Export CSV'),
            ),
            button({ id: 'print-debrief', onclick: () => window.print() }, () => t('Print handout')),
            paperChooser(words),
          ),
        ),
      0,
    );

    const pool = getWorkerPool();
    const queries = debriefQueries({ played: scenario, scenario: claimsScenario, overrides, seed });
    const failed = (err: unknown) => !(err instanceof CancelledError) && !cancelled;
    const run: typeof pool.run = (query, options) => {
      countQuery('debrief');
      return pool.run(query, options);
    };

    const summaryJob = run(queries.summary, {
      priority: 0,
      onProgress: ({ done }) => {
        if (!cancelled) distributionProgress.value = done;
      },
    });
    const sameDiceJob = run(queries.sameDice, { priority: 0 });
    jobs.push(summaryJob, sameDiceJob);
    why.start(run);
    Promise.all([summaryJob.result, sameDiceJob.result]).then(
      ([result, sameDice]) => {
        if (cancelled) return;
        summary = result;
        distribution.fill((w) => distributionPanel(result.summary, ended?.outcome ?? null, sameDice.outcomes[0] ?? null, w, file));
        distribution.element.dataset.query = JSON.stringify(result.query);
        distribution.element.setAttribute('aria-busy', 'false');
        if (app.kit.prediction() !== null) forecast.fill((w) => forecastPanel(app, result.summary.successRate, redraw, w));
        resultCode.fill((w) => resultCodePanel(debriefRecord({ scenario: claimsScenario, selection: session.selection, forecast: app.kit.prediction(), state, summary: result.summary }), w, file));
      },
      (err) => {
        if (!failed(err)) return;
        distribution.fill((w) => w.text(h('p', { class: 'message' }), () => t('The batch could not run: {error}', { error: analysisErrorText(err) })));
        distribution.element.setAttribute('aria-busy', 'false');
      },
    );

    // The claim cards: checks at 1,000 runs of the same seed, and each claim's driver.
    if (claimsScenario.claims.length) {
      const claimsJob = run(queries.claims, {
        priority: 1,
        onProgress: ({ done, total }) => {
          if (!cancelled) setClaimsStatus(() => t('Checking the claims in the background: {percent} done.', { percent: pct(total > 0 ? done / total : 0) }));
        },
      });
      jobs.push(claimsJob);
      claimsJob.result
        .then(
          (result) => {
            if (cancelled) return;
            claims.fill((w) => claimsScenario.claims.map((claim, i) => claimCard(claim, result.verdicts[i] ?? null, undefined, w)));
            claims.element.dataset.query = JSON.stringify(result.query);
            setClaimsStatus(() => t('Each check ran {runs} times with seed “{seed}”, at the troop level it names (or the published one) and with your other inputs.', { runs: int(result.query.runs), seed: result.query.seed }));
          },
          (err) => {
            if (!failed(err)) return;
            claims.fill((w) => claimsScenario.claims.map((claim) => claimCard(claim, null, () => analysisErrorText(err), w)));
            setClaimsStatus(() => '');
          },
        )
        .finally(() => {
          if (cancelled) return;
          claims.element.setAttribute('aria-busy', 'false');
          claims.element.dataset.done = 'true';
        });
    } else claims.element.dataset.done = 'true';

    return {
      dispose() {
        cancelled = true;
        clearTimeout(later);
        for (const job of jobs) job.cancel();
        why.dispose();
      },
      relocalize() {
        words.relocalize();
        forecast.relocalize();
        distribution.relocalize();
        claims.relocalize();
        resultCode.relocalize();
        why.relocalize();
      },
    };
  },
};
