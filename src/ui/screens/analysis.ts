// The analysis screen: every troop level at once. Sweep chart with band, density comparison,
// tornado, inverse question and one run set, each with a text alternative; all computed in Web
// Workers (src/app/worker-client.ts) from the session's selection, recomputed when an input moves.
import '../analysis.css';
import { TEST_HOOKS } from '../../app/test-hooks';
import type { Screen } from '../../app/router';
import { getWorkerPool } from '../../app/worker-client';
import { resolveInputs } from '../../model/resolve';
import { BAND_RUNS } from '../../analysis/queries';
import type { ObjectiveKind, Scenario, Tally } from '../../model/types';
import { OBJECTIVE_KINDS } from '../../model/scenario-schema';
import { successRate } from '../../engine/metrics';
import { AnalysisController, DEFAULT_SIZES, type AnalysisState, type InverseSet } from '../analysis/controller';
import { mountGatedAnalysis, teacherControls, watchGate } from '../analysis/teacher-gate';
import { outcomesGated } from '../kit/debrief-kit';
import { densityRows, densitySources, renderDensity, DENSITY_W } from '../analysis/density-chart';
import { troopsPerThousand } from '../analysis/densities';
import { markersFor } from '../analysis/markers';
import { buildQuotes, quoteCardId } from '../analysis/quotes';
import { renderRunSet, RUNSET_H, RUNSET_W } from '../analysis/runset-chart';
import { chartFrame, fmtDensity, fmtInt, fmtPct, htmlEl } from '../analysis/svg';
import { renderSweep, SWEEP_H, SWEEP_W, type InverseView, type SweepView } from '../analysis/sweep-chart';
import { renderTornado, TORNADO_W } from '../analysis/tornado-chart';
import { addChartTools } from '../analysis/export-tools';
import { bindSeedField } from '../analysis/controls';
import { t, tData } from '../i18n';

/** The objective's name in the current language (a function: the locale can change). */
function objectiveWord(kind: ObjectiveKind): string {
  if (kind === 'capital') return t('capital objective');
  if (kind === 'country') return t('country objective');
  return t('limited objective');
}

/** What the page exposes for browser tests and the bench (read-only snapshots). */
export interface AnalysisHook {
  state(): AnalysisState | null;
  sizes: typeof DEFAULT_SIZES;
  renders: number;
  lastRenderAt: number;
  /** Longest single redraw of the screen so far, in ms (main-thread cost of a progress update). */
  maxRenderMs: number;
  /** Longest redraw of each part, in ms. */
  partMs: Record<string, number>;
  /** Coarse curves drawn so far (one per input change that was not overtaken by the next). */
  coarseDrawn: number;
  /** Time `runs` runs at `levels` troop levels in one worker slice; resolves with the worker's ms. */
  timeWorker(runs: number, levels: number[]): Promise<{ runs: number; levels: number; ms: number }>;
}

declare global {
  interface Window {
    __thresholdAnalysis?: AnalysisHook;
  }
}

/** The inverse answer as the chart and the sentence show it: the service's results, null while computing. */
function inverseView(set: InverseSet): InverseView | null {
  if (!set.central) return null;
  const answer = set.central.answer;
  const bandDone = set.withBand && set.optimistic && set.pessimistic;
  return {
    target: set.target,
    troops: answer?.troops ?? null,
    sampling: answer ? [answer.low, answer.highAtLimit ? null : answer.high] : [null, null],
    inputs: bandDone ? [set.optimistic!.answer?.troops ?? null, set.pessimistic!.answer?.troops ?? null] : null,
  };
}

function inverseText(inv: InverseView, population: number): string {
  const around = (x: number | null) => (x === null ? t('not reached below {max}', { max: fmtInt(300000) }) : fmtInt(Math.round(x / 1000) * 1000));
  if (inv.troops === null) {
    return inv.inputs && inv.inputs[0] !== null
      ? t('{target} success is not reached below {max} troops under these assumptions; with every ranged input at its optimistic end it is reached at about {troops}.', {
          target: fmtPct(inv.target),
          max: fmtInt(300000),
          troops: around(inv.inputs[0]),
        })
      : t('{target} success is not reached below {max} troops under these assumptions.', { target: fmtPct(inv.target), max: fmtInt(300000) });
  }
  let text = t('{target} success takes about {troops} troops ({density} per 1,000 inhabitants).', { target: fmtPct(inv.target), troops: around(inv.troops), density: fmtDensity(troopsPerThousand(inv.troops, population)) }) + ' ';
  text += t('Sampling uncertainty (95% bounds of the runs): {low} to {high}.', { low: around(inv.sampling[0]), high: around(inv.sampling[1]) }) + ' ';
  if (inv.inputs) text += t('Input uncertainty (band ends, {runs} runs): {optimistic} at the optimistic ends to {pessimistic} at the pessimistic ends.', { runs: fmtInt(BAND_RUNS), optimistic: around(inv.inputs[0]), pessimistic: around(inv.inputs[1]) });
  return text;
}

export const analysisScreen: Screen = {
  id: 'analysis',
  title: 'Analysis',
  mount(root, app) {
    const session = app.session;
    const pool = getWorkerPool();
    const played = (): Scenario => session.playedScenario();
    let scenario = played();

    const heading = htmlEl('h2', {}, t('Analysis: every troop level at once'));
    const intro = htmlEl('p', { class: 'an-intro' });
    const picker = htmlEl('select', { id: 'an-scenario' });
    for (const s of session.scenarios) picker.append(htmlEl('option', { value: s.id }, tData(s.title)));
    picker.addEventListener('change', () => session.select(picker.value));
    const seedInput = htmlEl('input', { id: 'an-seed', type: 'text', size: '8' });
    // One seed rule everywhere (src/app/state-schema.ts): an invalid seed is refused with a message,
    // never silently replaced.
    const seedMessage = htmlEl('span', { id: 'an-seed-message', class: 'an-seed-message', role: 'status' });
    bindSeedField(
      seedInput,
      () => session.selection.seed,
      (seed) => session.setSeed(seed),
      seedMessage,
    );
    const objectivePicker = htmlEl('select', { id: 'an-objective' });
    for (const kind of OBJECTIVE_KINDS) objectivePicker.append(htmlEl('option', { value: kind }, objectiveWord(kind)));
    objectivePicker.addEventListener('change', () => session.setObjective(objectivePicker.value as ObjectiveKind));
    const top = htmlEl('div', { class: 'an-top' });
    const pickLabel = htmlEl('label', { for: 'an-scenario' }, t('Scenario') + ' ');
    const seedLabel = htmlEl('label', { for: 'an-seed' }, t('Seed') + ' ');
    top.append(pickLabel, picker, htmlEl('label', { for: 'an-objective' }, t('Objective') + ' '), objectivePicker, seedLabel, seedInput, seedMessage);
    const syncTop = (current: Scenario) => {
      picker.value = current.id;
      objectivePicker.value = current.objective.kind;
      seedInput.value = session.selection.seed;
      intro.textContent = t('{title}: {question} Objective: {objective}.', { title: tData(current.title), question: tData(current.question), objective: objectiveWord(current.objective.kind) });
    };
    // Teacher mode: no outcome (chart, table, sentence, verdict, export) until shown; see teacher-gate.ts.
    if (outcomesGated(app)) return mountGatedAnalysis(root, app, { heading, intro, top, syncTop });
    const status = htmlEl('p', { class: 'an-status', role: 'status', 'aria-live': 'polite', id: 'an-status' });
    const progressRow = htmlEl('div', { class: 'an-progress' });
    const progress = htmlEl('progress', { 'aria-label': t('Runs per troop level computed so far') });
    const progressText = htmlEl('span', { class: 'an-progress-text' });
    progressRow.append(progress, progressText);

    const layout = htmlEl('div', { class: 'an-layout' });
    const side = htmlEl('div', { class: 'an-side' });
    const body = htmlEl('div', { class: 'an-body' });
    layout.append(side, body);

    // Sweep chart, its legend, markers, and the inverse question.
    const sweepSection = htmlEl('section', { class: 'an-section', 'aria-labelledby': 'an-sweep-caption' });
    const sweep = chartFrame('an-sweep', t('Success rate against troop level'), SWEEP_W, SWEEP_H);
    const legend = htmlEl('ul', { class: 'an-legend' });
    const markerList = htmlEl('ol', { class: 'an-marker-list', 'aria-label': t('Published force sizes on the chart') });
    const inverseForm = htmlEl('form', { class: 'an-inverse-form' });
    const targetInput = htmlEl('input', { id: 'an-target', type: 'number', min: '1', max: '99', step: '1', value: '50' });
    const inverseOut = htmlEl('output', { id: 'an-inverse-answer', for: 'an-target', 'aria-live': 'off' });
    // Announced once per question or per finished curve, not on every refinement step.
    const inverseAnnounce = htmlEl('span', { class: 'an-visually-hidden', role: 'status', 'aria-live': 'polite' });
    targetInput.setAttribute('aria-describedby', 'an-inverse-answer');
    inverseForm.append(htmlEl('label', { for: 'an-target' }, t('How many troops for') + ' '), targetInput, htmlEl('span', {}, ' ' + t('% success under these assumptions?') + ' '), inverseOut, inverseAnnounce);
    inverseForm.addEventListener('submit', (e) => e.preventDefault());
    const targetRate = () => Math.min(0.99, Math.max(0.01, (Number(targetInput.value) || 50) / 100));
    targetInput.addEventListener('input', () => {
      controller.setTarget(targetRate());
      schedule();
    });
    sweep.figure.insertBefore(legend, sweep.sentence);
    sweep.figure.insertBefore(markerList, sweep.sentence);
    sweepSection.append(sweep.figure, inverseForm);

    const densitySection = htmlEl('section', { class: 'an-section', 'aria-labelledby': 'an-density-caption' });
    const density = chartFrame('an-density', t('Troops per 1,000 inhabitants: this country at the published force sizes, and past interventions'), DENSITY_W, 400);
    densitySection.append(density.figure, densitySources());

    const tornadoSection = htmlEl('section', { class: 'an-section', 'aria-labelledby': 'an-tornado-caption' });
    const tornado = chartFrame('an-tornado', t('Sensitivity: which input, moved across its range (published, or ±50% where none is published), changes the success rate most'), TORNADO_W, 300);
    tornadoSection.append(tornado.figure);

    const runSetSection = htmlEl('section', { class: 'an-section', 'aria-labelledby': 'an-runset-caption' });
    const runSet = chartFrame('an-runset', t('One run set at the current troop level: days to enter the capital and outcome shares'), RUNSET_W, RUNSET_H);
    runSetSection.append(runSet.figure);

    const exportStatus = (message: string) => {
      status.textContent = message;
    };
    addChartTools(sweep, 'sweep', exportStatus);
    addChartTools(density, 'densities', exportStatus);
    addChartTools(tornado, 'sensitivity', exportStatus);
    addChartTools(runSet, 'run-set', exportStatus);

    let controls = teacherControls(app, scenario);
    let quotes = buildQuotes(scenario, session.scenario());
    side.append(controls.element);
    body.append(sweepSection, densitySection, tornadoSection, runSetSection, quotes.element);
    root.append(heading, intro, top, status, progressRow, layout);

    function buildMarkers(state: AnalysisState | null, population: number) {
      markerList.replaceChildren();
      const central = state?.refined.central ?? null;
      markersFor(state?.scenario ?? scenario).forEach((m) => {
        const tally = central?.find((x) => x.troops === m.troops);
        const density = fmtDensity(troopsPerThousand(m.troops, population));
        const button = htmlEl(
          'button',
          { type: 'button', class: 'an-marker-btn', 'aria-controls': quoteCardId(m) },
          tally ? t('{label}: {density} per 1,000, {success} success (quote)', { label: tData(m.label), density, success: fmtPct(successRate(tally)) }) : t('{label}: {density} per 1,000 (quote)', { label: tData(m.label), density }),
        );
        button.addEventListener('click', () => {
          const card = document.getElementById(quoteCardId(m));
          card?.scrollIntoView({ behavior: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth', block: 'center' });
          card?.focus({ preventScroll: true });
        });
        const li = htmlEl('li');
        li.append(button);
        markerList.append(li);
      });
    }

    let frame = 0;
    let lastCentral: Tally[] | null = null;
    let lastAnnounced: unknown = null;
    function schedule() {
      if (!frame) frame = requestAnimationFrame(render);
    }

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
    // only the sweep chart is redrawn, which keeps every frame short.
    const lastDeps = new Map<string, unknown[]>();
    let partStart = 0;
    let partName = '';
    function timePart() {
      const now = performance.now();
      if (partName) hook.partMs[partName] = Math.max(hook.partMs[partName] ?? 0, now - partStart);
      partName = '';
      partStart = now;
    }
    function changed(part: string, ...deps: unknown[]): boolean {
      timePart();
      partName = part;
      const before = lastDeps.get(part);
      if (before && before.length === deps.length && before.every((d, i) => Object.is(d, deps[i]))) return false;
      lastDeps.set(part, deps);
      return true;
    }

    function render() {
      frame = 0;
      const started = performance.now();
      const state = controller.state;
      if (!state) return;
      const population = resolveInputs(state.scenario, state.overrides).population;
      const word = objectiveWord(state.scenario.objective.kind);
      const useRefined = !!state.refined.central && state.refined.centralRuns >= state.coarse.runs;
      const curves = useRefined ? state.refined : state.coarse;
      const bandSet = state.refined.optimistic && state.refined.pessimistic ? state.refined : state.coarse;
      const band = bandSet.optimistic && bandSet.pessimistic ? { optimistic: bandSet.optimistic, pessimistic: bandSet.pessimistic } : null;
      const target = state.inverse.target;
      // Until the new coarse curve arrives, keep the last one on screen, dimmed, rather than a blank chart.
      const stale = !curves.central && lastCentral !== null;
      if (curves.central) lastCentral = curves.central;
      sweep.svg.classList.toggle('an-stale', stale);
      const inverse = inverseView(state.inverse);
      const view: SweepView = {
        central: curves.central ?? (stale ? lastCentral : null),
        runs: useRefined ? state.refined.centralRuns : state.coarse.runs,
        targetRuns: state.refined.runs,
        optimistic: band?.optimistic ?? null,
        pessimistic: band?.pessimistic ?? null,
        population,
        objectiveWord: word,
        troops: state.troops,
        inverse,
        bandInputs: state.band.moved.map((m) => tData(m.label).toLowerCase()),
        stale,
        markers: markersFor(state.scenario),
      };
      if (changed('sweep', view.markers, view.central, view.optimistic, view.pessimistic, state.inverse.central, state.inverse.optimistic, state.inverse.pessimistic, target, state.troops, stale, population, word)) renderSweep(sweep, view);
      inverseOut.textContent = inverse ? inverseText(inverse, population) : t('Computing…');
      inverseOut.dataset.troops = inverse?.troops === null || !inverse ? '' : String(inverse.troops);
      // Announced once per answer (a new target or new inputs), not on every redraw.
      if (state.inverse.central && state.inverse.central !== lastAnnounced) {
        lastAnnounced = state.inverse.central;
        inverseAnnounce.textContent = inverseOut.textContent;
      }
      if (changed('legend', state.band, word))
        legend.replaceChildren(
          htmlEl('li', { class: 'an-key-success' }, t('Success rate ({objective})', { objective: word })),
          htmlEl('li', { class: 'an-key-entry' }, t('Entry rate: the key region entered')),
          htmlEl(
            'li',
            { class: 'an-key-band' },
            state.band.moved.length
              ? t('Band: {inputs} moved together to the pessimistic and to the optimistic ends of their published ranges (the first {runs} of the same runs; inputs you set are kept as set)', {
                  inputs: state.band.moved.map((m) => tData(m.label).toLowerCase()).join(', '),
                  runs: fmtInt(BAND_RUNS),
                })
              : t('Band: no input you have not set has a published range'),
          ),
          htmlEl('li', { class: 'an-key-inverse' }, t('Dotted line: your target rate; dot: where the curve first reaches it; dark bar: its 95% sampling interval; light bar: from the optimistic to the pessimistic band curve')),
        );
      if (changed('markers', state.scenario, state.refined.central, population)) buildMarkers(state, population);
      if (changed('density', state.scenario, population, state.troops)) {
        renderDensity(density, densityRows(tData(state.scenario.title), population, state.troops, markersFor(state.scenario)), population, state.troops);
      }
      if (changed('tornado', state.tornado, state.scenario, state.troops, word)) renderTornado(tornado, state.tornado, state.scenario, state.troops, word);
      if (changed('runset', state.runSetResult, word)) renderRunSet(runSet, state.runSetResult, word);
      if (changed('quotes', quotes, state.refined.central, population, state.claims, word)) {
        quotes.update(state.refined.central, population, word, state.claims);
      }
      timePart();
      // The live region announces milestones only; the run counts live in the progress bar, which
      // is not live, so a screen reader is not flooded while the curve refines.
      const tm = state.timings;
      const milestone = state.error
        ? t('A computation in the background failed. Change an input or reload the page to try again.')
        : state.pending === 0
          ? t('All done: {runs} runs per troop level on {workers} workers, seed "{seed}".', { runs: fmtInt(state.refined.runs), workers: fmtInt(pool.size), seed: state.seed })
          : state.refined.centralRuns >= state.refined.runs
            ? t('Curve refined; band, sensitivity and run set still computing…')
            : tm.coarseAt !== null
              ? t('Coarse curve ready ({runs} runs per level); refining…', { runs: fmtInt(state.coarse.runs) })
              : t('Computing…');
      if (status.textContent !== milestone) status.textContent = milestone;
      status.dataset.pending = String(state.pending);
      // The worker's own message is English and technical: kept for bug reports, not shown.
      if (state.error) status.dataset.error = state.error;
      else delete status.dataset.error;
      progress.max = state.refined.runs;
      progress.value = state.refined.centralRuns;
      progressText.textContent =
        tm.coarseAt !== null
          ? t('coarse curve drawn {ms} ms after the change · {done} of {runs} runs per level · {jobs} jobs running', {
              ms: fmtInt((tm.coarseDrawnAt ?? performance.now()) - tm.changedAt),
              done: fmtInt(state.refined.centralRuns),
              runs: fmtInt(state.refined.runs),
              jobs: fmtInt(state.pending),
            })
          : t('{jobs} jobs running', { jobs: fmtInt(state.pending) });
      hook.renders += 1;
      hook.lastRenderAt = performance.now();
      hook.maxRenderMs = Math.max(hook.maxRenderMs, hook.lastRenderAt - started);
      if (tm.coarseAt !== null && tm.coarseDrawnAt === undefined) {
        tm.coarseDrawnAt = hook.lastRenderAt;
        hook.coarseDrawn += 1;
      }
      if (tm.refinedAt !== null && tm.refinedDrawnAt === undefined) tm.refinedDrawnAt = hook.lastRenderAt;
    }

    const controller = new AnalysisController(pool, schedule);

    function sync() {
      const next = played();
      if (next.id !== scenario.id || next.objective.kind !== scenario.objective.kind) {
        scenario = next;
        const fresh = teacherControls(app, scenario);
        controls.element.replaceWith(fresh.element);
        controls = fresh;
        const freshQuotes = buildQuotes(scenario, session.scenario());
        quotes.element.replaceWith(freshQuotes.element);
        quotes = freshQuotes;
      }
      scenario = next;
      syncTop(scenario);
      controls.sync(scenario, session.selection.overrides);
      controller.update({ scenario, claimsScenario: session.scenario(), overrides: session.selection.overrides, seed: session.selection.seed });
    }

    const unsubscribe = session.subscribe(sync);
    const stopWatch = watchGate(app, false, () => app.navigate('analysis'));
    sync();
    return () => {
      unsubscribe();
      stopWatch();
      if (frame) cancelAnimationFrame(frame);
      controller.dispose();
      if (TEST_HOOKS && window.__thresholdAnalysis === hook) delete window.__thresholdAnalysis;
    };
  },
};
