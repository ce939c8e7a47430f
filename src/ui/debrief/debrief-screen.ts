// Debrief: the outcome in words, the timeline, the player's result beside the automatic plan's
// distribution with the same inputs and seed, and the claim cards. Every figure comes from the
// analysis service through the worker pool (queries.ts says which queries), never from the main
// thread; the panels show progress while the workers run.
import type { Screen } from '../../app/router';
import { CancelledError, getWorkerPool, type PoolJob } from '../../app/worker-client';
import type { GameState } from '../../model/types';
import { append, h } from '../dom';
import { int, OUTCOME_WORDS, pct } from '../format';
import { claimCard } from './claim-card';
import { distributionPanel } from './distribution';
import { timelineChart } from './timeline';
import { summaryToCsv } from '../../app/export';
import type { SummaryResult } from '../../analysis/queries';
import { formatNumber, t, tData, tn } from '../i18n';
import { analysisErrorText } from '../analysis/error-text';
import { DEBRIEF_RUNS, debriefQueries } from './queries';
import { downloadText } from '../kit/files';
import { discussionQuestions, forecastPanel, outcomeGatePanels, outcomesGated, setupTable } from '../kit/debrief-kit';

/** Runs behind the distribution and the claim cards (the same runs: one quantity, one number). */
export { DEBRIEF_RUNS };

function outcomeSection(state: GameState | null): HTMLElement {
  if (!state) {
    return h(
      'section',
      { class: 'panel', 'aria-labelledby': 'outcome-h' },
      h('h3', { id: 'outcome-h', text: t('Your game') }),
      h('p', { id: 'player-outcome', text: t('No game has been played with this set-up yet. Play it, or read how the automatic plan does below.') }),
    );
  }
  if (state.phase !== 'ended') {
    return h(
      'section',
      { class: 'panel', 'aria-labelledby': 'outcome-h' },
      h('h3', { id: 'outcome-h', text: t('Your game') }),
      h('p', {
        id: 'player-outcome',
        text:
          state.phase === 'entry'
            ? t('Your game is still in progress (entry, day {day}). Finish it to compare it with the automatic plan.', { day: state.day })
            : t('Your game is still in progress (control, month {month}). Finish it to compare it with the automatic plan.', { month: state.month }),
      }),
    );
  }
  const last = state.timeline[state.timeline.length - 1];
  const key = state.regions[state.inputs.keyRegion];
  const strength = (state.regions.reduce((s, r) => s + r.troops, 0) + state.reserve) / Math.max(1, state.troopsInitial);
  const facts = [
    key.enteredDay
      ? t('{region} was entered on day {day}.', { region: tData(state.inputs.regionNames[state.inputs.keyRegion]), day: key.enteredDay })
      : t('{region} was never entered.', { region: tData(state.inputs.regionNames[state.inputs.keyRegion]) }),
    last
      ? tn(
          'After {count} month, {share} of the population lived in regions under control, with {resisters} active resisters per 1,000.',
          'After {count} months, {share} of the population lived in regions under control, with {resisters} active resisters per 1,000.',
          last.month,
          { share: pct(last.controlledShare), resisters: formatNumber(last.resistancePerThousand, 2) },
        )
      : t('No control month was played.'),
    t('At the end the force in country was {share} of the starting force.', { share: pct(strength) }),
  ];
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'outcome-h' },
    h('h3', { id: 'outcome-h', text: t('Your game') }),
    h(
      'p',
      { class: 'outcome-big', id: 'player-outcome', 'data-outcome': state.outcome ?? '' },
      state.success
        ? t('{outcome}: objective achieved', { outcome: state.outcome ? tData(OUTCOME_WORDS[state.outcome]) : t('ended') })
        : t('{outcome}: objective not achieved', { outcome: state.outcome ? tData(OUTCOME_WORDS[state.outcome]) : t('ended') }),
    ),
    ...facts.map((text) => h('p', { text })),
  );
}

export const debriefScreen: Screen = {
  id: 'debrief',
  title: 'Debrief',
  mount(root, app) {
    const { session } = app;
    const scenario = session.playedScenario();
    const { overrides, seed } = session.selection;
    const record = session.game();
    const state = record?.state ?? null;
    const ended = state?.phase === 'ended' ? state : null;
    let cancelled = false;
    const jobs: PoolJob<unknown>[] = [];

    const changed = Object.keys(overrides).length;
    const teacher = app.kit.teacher();
    const redraw = () => app.navigate('debrief');
    const heading = h('h2', { text: t('Debrief: {title}', { title: tData(scenario.title) }) });
    // Teacher mode: outcomes stay hidden until revealed; predict-first asks for a forecast before any figure.
    if (outcomesGated(app)) {
      append(root, [heading, ...outcomeGatePanels(app, redraw)]);
      return () => {};
    }
    let summary: SummaryResult | null = null;
    const forecastSlot = h('div', { id: 'forecast-slot' }, teacher.predictFirst || app.kit.prediction() !== null ? forecastPanel(app, null, redraw) : '');
    const distributionProgress = h('progress', { id: 'debrief-progress', max: String(DEBRIEF_RUNS), value: '0', 'aria-label': t('Runs of the automatic plan computed so far') });
    const distribution = h('div', { id: 'distribution', 'aria-busy': 'true' }, h('p', { class: 'muted', text: t('Running the automatic plan {runs} times…', { runs: int(DEBRIEF_RUNS) }) }), distributionProgress);
    const claimsScenario = session.scenario();
    const claimsStatus = h('p', { class: 'small muted', id: 'claims-status', role: 'status' }, claimsScenario.claims.length ? t('Checking the claims in the background…') : '');
    const claims = h('div', { class: 'claims', id: 'claims', 'aria-busy': claimsScenario.claims.length ? 'true' : 'false' }, ...claimsScenario.claims.map((c) => claimCard(c, null)));

    root.append(
      heading,
      h(
        'p',
        { class: 'lede' },
        t('{troops} troops; seed “{seed}”; {changes}.', {
          troops: int(overrides['intervener.troops'] ?? scenario.intervener.troops.value),
          seed,
          changes: changed ? tn('{count} input changed from the published values', '{count} inputs changed from the published values', changed) : t('published inputs'),
        }),
      ),
      h(
        'div',
        { class: 'debrief-grid' },
        h(
          'div',
          { class: 'debrief-col' },
          outcomeSection(state),
          h(
            'section',
            { class: 'panel', 'aria-labelledby': 'timeline-h' },
            h('h3', { id: 'timeline-h', text: t('Timeline of your game') }),
            ended ? timelineChart(ended.timeline, ended.params.controlMonths) : h('p', { class: 'muted', text: t('The timeline appears when your game is over.') }),
          ),
        ),
        h(
          'div',
          { class: 'debrief-col' },
          h('section', { class: 'panel', 'aria-labelledby': 'dist-h' }, h('h3', { id: 'dist-h', text: t('The automatic plan with the same inputs ({runs} runs)', { runs: int(DEBRIEF_RUNS) }) }), distribution),
        ),
      ),
      forecastSlot,
      setupTable(scenario, overrides),
      h('section', { 'aria-labelledby': 'claims-h' }, h('h3', { id: 'claims-h', text: t('What the analysts said, and what the model finds') }), claimsStatus, claims),
      discussionQuestions(),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', onclick: () => app.navigate('setup'), text: t('Change the inputs') }),
        h('button', { type: 'button', onclick: () => app.navigate('choose'), text: t('Choose another scenario') }),
        h('button', {
          type: 'button',
          id: 'export-csv',
          text: t('Export CSV'),
          onclick: () => {
            if (!summary) return app.notify(t('The results are still being computed.'));
            downloadText(`${scenario.id}-results.csv`, summaryToCsv(summary.summary, { scenario: scenario.id, objective: summary.query.objective }), 'text/csv');
          },
        }),
        h('button', { type: 'button', id: 'print-debrief', onclick: () => window.print(), text: t('Print handout') }),
      ),
    );

    const pool = getWorkerPool();
    const queries = debriefQueries({ played: scenario, scenario: claimsScenario, overrides, seed });
    const failed = (err: unknown) => !(err instanceof CancelledError) && !cancelled;

    const summaryJob = pool.run(queries.summary, {
      priority: 0,
      onProgress: ({ done }) => {
        if (!cancelled) distributionProgress.value = done;
      },
    });
    const sameDiceJob = pool.run(queries.sameDice, { priority: 0 });
    jobs.push(summaryJob, sameDiceJob);
    Promise.all([summaryJob.result, sameDiceJob.result]).then(
      ([result, sameDice]) => {
        if (cancelled) return;
        summary = result;
        distribution.replaceChildren(distributionPanel(result.summary, ended?.outcome ?? null, sameDice.outcomes[0] ?? null));
        distribution.dataset.query = JSON.stringify(result.query);
        distribution.setAttribute('aria-busy', 'false');
        if (app.kit.prediction() !== null) forecastSlot.replaceChildren(forecastPanel(app, result.summary.successRate, redraw));
      },
      (err) => {
        if (!failed(err)) return;
        distribution.replaceChildren(h('p', { class: 'message', text: t('The batch could not run: {error}', { error: analysisErrorText(err) }) }));
        distribution.setAttribute('aria-busy', 'false');
      },
    );

    // The claim cards: checks at 1,000 runs of the same seed, and each claim's driver.
    if (claimsScenario.claims.length) {
      const claimsJob = pool.run(queries.claims, {
        priority: 1,
        onProgress: ({ done, total }) => {
          if (!cancelled) claimsStatus.textContent = t('Checking the claims in the background: {percent} done.', { percent: pct(total > 0 ? done / total : 0) });
        },
      });
      jobs.push(claimsJob);
      claimsJob.result
        .then(
          (result) => {
            if (cancelled) return;
            claims.replaceChildren(...claimsScenario.claims.map((claim, i) => claimCard(claim, result.verdicts[i] ?? null)));
            claims.dataset.query = JSON.stringify(result.query);
            claimsStatus.textContent = t('Each check ran {runs} times with seed “{seed}”, at the troop level it names (or the published one) and with your other inputs.', { runs: int(result.query.runs), seed: result.query.seed });
          },
          (err) => {
            if (!failed(err)) return;
            claims.replaceChildren(...claimsScenario.claims.map((claim) => claimCard(claim, null, analysisErrorText(err))));
            claimsStatus.textContent = '';
          },
        )
        .finally(() => {
          if (cancelled) return;
          claims.setAttribute('aria-busy', 'false');
          claims.dataset.done = 'true';
        });
    } else claims.dataset.done = 'true';

    return () => {
      cancelled = true;
      for (const job of jobs) job.cancel();
    };
  },
};
