// Debrief: the outcome in words, the timeline, the player's result beside the automatic plan's
// distribution with the same inputs and seed, and the claim cards. Batches are kept modest and run
// after the first paint, one claim at a time, so the page never freezes for long.
import type { Screen } from '../../app/router';
import { runSummary } from '../../engine/batch';
import { runOne } from '../../engine/campaign';
import { evaluateClaimList } from '../../engine/claims';
import type { GameState } from '../../model/types';
import { append, h } from '../dom';
import { int, OUTCOME_WORDS, pct } from '../format';
import { claimCard } from './claim-card';
import { distributionPanel } from './distribution';
import { timelineChart } from './timeline';
import { summaryToCsv } from '../../app/export';
import type { BatchSummary } from '../../model/types';
import { formatNumber, t, tData, tn } from '../i18n';
import { downloadText } from '../kit/files';
import { discussionQuestions, forecastPanel, outcomeGatePanels, outcomesGated, setupTable } from '../kit/debrief-kit';

/** Runs behind the distribution and each claim (the engine does tens of thousands per second). */
export const DEBRIEF_RUNS = 1000;
export const CLAIM_RUNS = 400;

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
      h('p', { id: 'player-outcome', text: state.phase === 'entry' ? t('Your game is still in progress (entry, day {day}). Finish it to compare it with the automatic plan.', { day: state.day }) : t('Your game is still in progress (control, month {month}). Finish it to compare it with the automatic plan.', { month: state.month }) }),
    );
  }
  const last = state.timeline[state.timeline.length - 1];
  const key = state.regions[state.inputs.keyRegion];
  const strength = (state.regions.reduce((s, r) => s + r.troops, 0) + state.reserve) / Math.max(1, state.troopsInitial);
  const facts = [
    key.enteredDay ? t('{region} was entered on day {day}.', { region: tData(state.inputs.regionNames[state.inputs.keyRegion]), day: key.enteredDay }) : t('{region} was never entered.', { region: tData(state.inputs.regionNames[state.inputs.keyRegion]) }),
    last
      ? tn('After {count} month, {share} of the population lived in regions under control, with {resisters} active resisters per 1,000.', 'After {count} months, {share} of the population lived in regions under control, with {resisters} active resisters per 1,000.', last.month, { share: pct(last.controlledShare), resisters: formatNumber(last.resistancePerThousand, 2) })
      : t('No control month was played.'),
    t('At the end the force in country was {share} of the starting force.', { share: pct(strength) }),
  ];
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'outcome-h' },
    h('h3', { id: 'outcome-h', text: t('Your game') }),
    h('p', { class: 'outcome-big', id: 'player-outcome', 'data-outcome': state.outcome ?? '' }, state.success ? t('{outcome}: objective achieved', { outcome: state.outcome ? tData(OUTCOME_WORDS[state.outcome]) : t('ended') }) : t('{outcome}: objective not achieved', { outcome: state.outcome ? tData(OUTCOME_WORDS[state.outcome]) : t('ended') })),
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
    const timers: number[] = [];
    const later = (fn: () => void) => timers.push(window.setTimeout(() => !cancelled && fn(), 0));

    const changed = Object.keys(overrides).length;
    const teacher = app.kit.teacher();
    const redraw = () => app.navigate('debrief');
    const heading = h('h2', { text: t('Debrief: {title}', { title: tData(scenario.title) }) });
    // Teacher mode: outcomes stay hidden until revealed; predict-first asks for a forecast before any figure.
    if (outcomesGated(app)) {
      append(root, [heading, ...outcomeGatePanels(app, redraw)]);
      return () => {};
    }
    let summary: BatchSummary | null = null;
    const forecastSlot = h('div', { id: 'forecast-slot' }, teacher.predictFirst || app.kit.prediction() !== null ? forecastPanel(app, null, redraw) : '');
    const distribution = h('div', { id: 'distribution', 'aria-busy': 'true' }, h('p', { class: 'muted', text: t('Running the automatic plan {runs} times…', { runs: int(DEBRIEF_RUNS) }) }));
    const claims = h('div', { class: 'claims', id: 'claims' }, ...scenario.claims.map((c) => claimCard(c, null)));

    root.append(
      heading,
      h('p', { class: 'lede' }, t('{troops} troops; seed “{seed}”; {changes}.', { troops: int(overrides['intervener.troops'] ?? scenario.intervener.troops.value), seed, changes: changed ? tn('{count} input changed from the published values', '{count} inputs changed from the published values', changed) : t('published inputs') })),
      h(
        'div',
        { class: 'debrief-grid' },
        h(
          'div',
          { class: 'debrief-col' },
          outcomeSection(state),
          h('section', { class: 'panel', 'aria-labelledby': 'timeline-h' }, h('h3', { id: 'timeline-h', text: t('Timeline of your game') }), ended ? timelineChart(ended.timeline, ended.params.controlMonths) : h('p', { class: 'muted', text: t('The timeline appears when your game is over.') })),
        ),
        h('div', { class: 'debrief-col' }, h('section', { class: 'panel', 'aria-labelledby': 'dist-h' }, h('h3', { id: 'dist-h', text: t('The automatic plan with the same inputs ({runs} runs)', { runs: int(DEBRIEF_RUNS) }) }), distribution)),
      ),
      forecastSlot,
      setupTable(scenario, overrides),
      h('section', { 'aria-labelledby': 'claims-h' }, h('h3', { id: 'claims-h', text: t('What the analysts said, and what the model finds') }), claims),
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
            downloadText(`${scenario.id}-results.csv`, summaryToCsv(summary, { scenario: scenario.id }), 'text/csv');
          },
        }),
        h('button', { type: 'button', id: 'print-debrief', onclick: () => window.print(), text: t('Print handout') }),
      ),
    );

    later(() => {
      try {
        const result = runSummary(scenario, { runs: DEBRIEF_RUNS, seed, overrides });
        summary = result;
        const same = runOne(scenario, overrides, seed, 0);
        distribution.replaceChildren(distributionPanel(result, ended?.outcome ?? null, same));
        if (app.kit.prediction() !== null) forecastSlot.replaceChildren(forecastPanel(app, result.successRate, redraw));
      } catch (err) {
        distribution.replaceChildren(h('p', { class: 'message', text: t('The batch could not run: {error}', { error: (err as Error).message }) }));
      }
      distribution.setAttribute('aria-busy', 'false');
      // One claim per task: the page stays responsive while the cards fill in.
      scenario.claims.forEach((claim, i) =>
        later(() => {
          let card: HTMLElement;
          try {
            // Claims keep the meaning their authors gave them: the scenario's own objective, not the one chosen in set-up.
            const [verdict] = evaluateClaimList(session.scenario(), [claim], { runs: CLAIM_RUNS, seed, overrides, sensitivityRuns: 200 });
            card = claimCard(claim, verdict ?? null);
          } catch (err) {
            card = claimCard(claim, null, (err as Error).message);
          }
          claims.children[i]?.replaceWith(card);
          if (i === scenario.claims.length - 1) claims.dataset.done = 'true';
        }),
      );
      if (!scenario.claims.length) claims.dataset.done = 'true';
    });

    return () => {
      cancelled = true;
      for (const t of timers) window.clearTimeout(t);
    };
  },
};
