// Lesson: the guided ladder from the first screen. Four rungs, the shipped Venezuela scenarios by
// force size (10,000 → 30,000 → 50,000 → 150,000), then "Find the threshold yourself" and the way
// into the open sandbox. At each rung the student predicts first, then sees the distribution, the
// prediction against it, what changed from the rung before and the scenario's own quote with the
// model's verdict; revealed rungs stay side by side. Predictions and progress are remembered
// (progress.ts). Every figure comes from the analysis service through the worker pool, with the
// debrief's queries and the session's seed.
import './ladder.css';
import type { Screen } from '../../app/router';
import { countQuery } from '../../app/test-hooks';
import { getWorkerPool } from '../../app/worker-client';
import { append, h } from '../dom';
import { int } from '../format';
import { t } from '../i18n';
import { outcomeGatePanels } from '../kit/debrief-kit';
import { wording } from '../kit/wording';
import { loadProgress, pageStorage, saveProgress, type LadderProgress } from './progress';
import { ladderRungs, LADDER_RUNS, SANDBOX_DEFAULT, SANDBOX_SCENARIO } from './rungs';
import { rungView, type Run, type RungView } from './rung-view';
import { sandboxView, type SandboxView } from './sandbox';
import { countrySizes, sizeComparison } from './sizes';

export const ladderScreen: Screen = {
  id: 'ladder',
  title: 'Lesson',
  mount(root, app) {
    const { session } = app;
    const words = wording();
    // Teacher mode with outcomes hidden: the lesson shows no result either, until the teacher reveals them.
    if (app.kit.teacher().hideOutcomes && !app.kit.revealed()) {
      const hidden = outcomeGatePanels(app, () => app.navigate('ladder'), words).filter((panel) => panel.id === 'outcomes-hidden');
      append(root, [words.text(h('h2', { id: 'ladder-h' }), () => t('The 10-minute lesson: how many troops does it take?')), ...hidden]);
      return { dispose() {}, relocalize: () => words.relocalize() };
    }
    const storage = pageStorage();
    const progress: LadderProgress = loadProgress(storage);
    const save = () => saveProgress(storage, progress);
    const seed = session.selection.seed;
    const rungs = ladderRungs(session.scenarios);
    const sandboxScenario = session.scenarios.find((s) => s.id === SANDBOX_SCENARIO) ?? null;
    const pool = getWorkerPool();
    const run: Run = (query, options) => {
      countQuery('ladder');
      return pool.run(query, options);
    };
    const views: RungView[] = [];
    let sandbox: SandboxView | null = null;
    const row = h('div', { class: 'ladder-row', id: 'ladder-row' });
    words.attr(row, 'aria-label', () => t('The ladder, one column per rung'));

    const focusHeading = (heading: HTMLElement) => {
      heading.focus({ preventScroll: true });
      heading.closest('section')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    };

    /** Add the rung after the last one shown (or the open rung after the last), if its turn has come. */
    function addNext(): HTMLElement | null {
      const i = views.length;
      if (i < rungs.length) {
        if (i > 0 && !progress.revealed.includes(rungs[i - 1].scenario.id)) return null;
        const rung = rungs[i];
        const view = rungView({
          rung,
          seed,
          run,
          prediction: progress.predictions[rung.scenario.id] ?? null,
          revealed: progress.revealed.includes(rung.scenario.id),
          previous: () => (i > 0 ? views[i - 1].figures : null),
          onPredict(choice) {
            progress.predictions[rung.scenario.id] = choice;
            save();
          },
          onReveal() {
            if (!progress.revealed.includes(rung.scenario.id)) progress.revealed.push(rung.scenario.id);
            save();
            const next = addNext();
            if (next) view.element.append(nextButton(next));
          },
          onResult() {
            views[i + 1]?.updateChange();
          },
        });
        views.push(view);
        row.append(view.element);
        return view.heading;
      }
      if (sandbox || !sandboxScenario || (rungs.length > 0 && !progress.revealed.includes(rungs[rungs.length - 1].scenario.id))) return null;
      sandbox = sandboxView({
        scenario: sandboxScenario,
        seed,
        run,
        troops: progress.sandboxTroops ?? SANDBOX_DEFAULT,
        previous: () => views[views.length - 1]?.figures ?? null,
        onTroops(troops) {
          progress.sandboxTroops = troops;
          save();
        },
        open(screen, troops) {
          if (session.selection.scenarioId !== sandboxScenario.id) session.select(sandboxScenario.id);
          session.setOverride('intervener.troops', troops);
          app.navigate(screen);
        },
      });
      row.append(sandbox.element);
      return sandbox.heading;
    }

    function nextButton(target: HTMLElement): HTMLElement {
      const last = target.id === 'rung-open-h';
      return words.text(h('button', { type: 'button', class: 'ladder-next', onclick: () => focusHeading(target) }), () => (last ? t('Next: find the threshold yourself') : t('Next rung')));
    }

    // The rungs already revealed come back (their results are asked again), then the next one.
    while (addNext() && !sandbox && progress.revealed.includes(rungs[views.length - 1].scenario.id));
    views.forEach((view, i) => {
      const following = views[i + 1]?.heading ?? (i === views.length - 1 ? (sandbox?.heading ?? null) : null);
      if (following) view.element.append(nextButton(following));
    });

    const sizes = countrySizes(session.scenarios);
    const restart = words.text(
      h('button', {
        type: 'button',
        id: 'ladder-restart',
        onclick: () => {
          progress.predictions = {};
          progress.revealed = [];
          progress.sandboxTroops = null;
          save();
          app.navigate('ladder');
        },
      }),
      () => t('Start the lesson again'),
    );
    append(root, [
      words.text(h('h2', { id: 'ladder-h' }), () => t('The 10-minute lesson: how many troops does it take?')),
      words.text(h('p', { class: 'lede' }), () =>
        t(
          'Climb from the force near Venezuela in late 2025 to the planners’ figure. At each rung, predict first; then see what {runs} runs of the model give, what an analyst said and what changed from the rung before. The rungs stay side by side. The last rung is yours.',
          {
            runs: int(LADDER_RUNS),
          },
        ),
      ),
      sizes ? sizeComparison(sizes, words) : null,
      words.text(h('p', { class: 'small muted' }), () => t('Every rung uses seed “{seed}”: the same runs as Debrief and Analysis for the same scenario.', { seed })),
      row,
      h('div', { class: 'actions' }, restart),
    ]);
    if (rungs.length === 0) root.append(words.text(h('p', { class: 'message' }), () => t('The lesson’s scenarios are not available.')));

    return {
      dispose() {
        for (const view of views) view.dispose();
        sandbox?.dispose();
      },
      relocalize() {
        words.relocalize();
        for (const view of views) view.relocalize();
        sandbox?.relocalize();
      },
    };
  },
};
