// The analysis screen: every troop level at once. Sweep chart with band, density comparison,
// tornado, inverse question and one run set, each with a text alternative; all computed in Web
// Workers (src/app/worker-client.ts) from the session's selection, recomputed when an input moves.
// This file assembles the parts (src/ui/analysis: top bar, status line, sweep section, figures,
// quotes, render loop), each built once with an update and a relocalize. A language switch re-words
// the screen in place from the state the controller already has: no query, same DOM, focus kept.
import '../analysis.css';
import { TEST_HOOKS } from '../../app/test-hooks';
import type { Screen } from '../../app/router';
import { getWorkerPool } from '../../app/worker-client';
import { resolveInputs } from '../../model/resolve';
import type { Scenario } from '../../model/types';
import { AnalysisController, DEFAULT_SIZES } from '../analysis/controller';
import { mountGatedAnalysis, teacherControls, watchGate } from '../analysis/teacher-gate';
import { outcomesGated } from '../kit/debrief-kit';
import { buildQuotes } from '../analysis/quotes';
import { htmlEl } from '../analysis/svg';
import { t } from '../i18n';
import { buildFigures } from '../analysis/figures';
import { renderLoop, type AnalysisHook } from '../analysis/render-loop';
import { buildStatusLine } from '../analysis/status-line';
import { buildSweepSection } from '../analysis/sweep-section';
import { buildTopBar, objectiveWord } from '../analysis/top-bar';

export type { AnalysisHook } from '../analysis/render-loop';

/** The link to the history table (#/history): the model against every back-test. */
function historyLink(): { element: HTMLElement; relocalize(): void } {
  const link = htmlEl('a', { href: '#/history', class: 'history-link' });
  const word = () => {
    link.textContent = t('Does the model match history? See the table of every back-test.');
  };
  word();
  const element = htmlEl('p');
  element.append(link);
  return { element, relocalize: word };
}

export const analysisScreen: Screen = {
  id: 'analysis',
  title: 'Analysis',
  mount(root, app) {
    const session = app.session;
    const pool = getWorkerPool();
    const played = (): Scenario => session.playedScenario();
    let scenario = played();
    const top = buildTopBar(session);
    // Teacher mode: no outcome (chart, table, sentence, verdict, export) until shown; see teacher-gate.ts.
    if (outcomesGated(app)) return mountGatedAnalysis(root, app, top);

    const statusLine = buildStatusLine(() => pool.size);
    const sweep = buildSweepSection((rate) => {
      controller.setTarget(rate);
      loop.schedule();
    }, statusLine.message);
    const figures = buildFigures(statusLine.message);
    const layout = htmlEl('div', { class: 'an-layout' });
    const side = htmlEl('div', { class: 'an-side' });
    const body = htmlEl('div', { class: 'an-body' });
    layout.append(side, body);
    let controls = teacherControls(app, scenario);
    let quotes = buildQuotes(scenario, session.scenario());
    side.append(controls.element);
    body.append(sweep.element, ...figures.sections, quotes.element);
    const history = historyLink();
    root.append(top.heading, top.intro, top.top, statusLine.status, statusLine.progressRow, layout, history.element);

    const hook: AnalysisHook = {
      state: () => controller.state,
      sizes: DEFAULT_SIZES,
      renders: 0,
      lastRenderAt: 0,
      maxRenderMs: 0,
      partMs: {},
      coarseDrawn: 0,
      async timeWorker(runs, levels) {
        const job = pool.run({ kind: 'sweep', scenario, overrides: session.selection.overrides, seed: session.selection.seed, levels, firstRun: 0, runs }, { chunkRuns: runs, priority: -1 });
        await job.result;
        return { runs, levels: levels.length, ms: job.workerMs };
      },
    };
    if (TEST_HOOKS) window.__thresholdAnalysis = hook;

    // Each part redraws only when what it shows changed (by identity): while the curve refines,
    // only the sweep chart, its buttons and the quotes' model lines are redrawn.
    const loop = renderLoop(
      () => controller.state,
      hook,
      (state, pass) => {
        const population = resolveInputs(state.scenario, state.overrides).population;
        const word = objectiveWord(state.scenario.objective.kind);
        sweep.update(state, pass, population, word);
        figures.update(state, pass, population, word, app.kit.teacher().hiddenInputs);
        pass.part('quotes', [quotes, state.refined.central, population, state.claims, word], () => quotes.update(state.refined.central, population, word, state.claims));
        statusLine.update(state);
      },
    );
    const controller = new AnalysisController(pool, loop.schedule);

    function sync() {
      const next = played();
      if (next.id !== scenario.id || next.objective.kind !== scenario.objective.kind) {
        const fresh = teacherControls(app, next);
        controls.element.replaceWith(fresh.element);
        controls = fresh;
        const freshQuotes = buildQuotes(next, session.scenario());
        quotes.element.replaceWith(freshQuotes.element);
        quotes = freshQuotes;
      }
      scenario = next;
      top.sync(scenario);
      controls.sync(scenario, session.selection.overrides);
      controller.update({ scenario, claimsScenario: session.scenario(), overrides: session.selection.overrides, seed: session.selection.seed });
    }

    const unsubscribe = session.subscribe(sync);
    const stopWatch = watchGate(app, false, () => app.navigate('analysis'));
    sync();
    return {
      dispose() {
        unsubscribe();
        stopWatch();
        loop.dispose();
        controller.dispose();
        if (TEST_HOOKS && window.__thresholdAnalysis === hook) delete window.__thresholdAnalysis;
      },
      // Words only: the controller is not asked anything, so no worker query starts.
      relocalize() {
        top.relocalize();
        controls.relocalize();
        statusLine.relocalize();
        sweep.relocalize();
        figures.relocalize();
        quotes.relocalize();
        history.relocalize();
        loop.redrawAll();
      },
    };
  },
};
