// Teacher mode on the analysis screen. While outcomes are hidden (and not revealed) or a forecast is
// still owed, the screen shows no chart, table, sentence, verdict or export, and starts no worker
// job: only the scenario picker, the assumptions (locked and hidden as on Set up) and the same
// panels as the debrief. Reset leaves locked and hidden inputs as the teacher set them.
import type { AppContext, MountedScreen } from '../../app/router';
import type { Scenario } from '../../model/types';
import { t } from '../i18n';
import { outcomeGatePanels, outcomesGated } from '../kit/debrief-kit';
import { wording } from '../kit/wording';
import { buildControls, type ControlsHandle } from './controls';
import type { TopBar } from './top-bar';
import { htmlEl } from './svg';

/** The slider panel for `scenario` with the teacher's locks and hidden inputs applied. */
export function teacherControls(app: AppContext, scenario: Scenario): ControlsHandle {
  return buildControls(
    scenario,
    (path, value) => app.session.setOverride(path, value),
    // Locked and hidden inputs keep their value: the store's reset rule.
    () => app.session.resetOverrides(),
    app.kit.teacher(),
  );
}

/**
 * Calls `remount` (after the current notification) when a session change flips whether outcomes
 * are gated, e.g. a new set-up that has no forecast yet under predict-first.
 */
export function watchGate(app: AppContext, gated: boolean, remount: () => void): () => void {
  let done = false;
  const unsubscribe = app.session.subscribe(() => {
    if (done || outcomesGated(app) === gated) return;
    done = true;
    queueMicrotask(remount);
  });
  return () => {
    done = true;
    unsubscribe();
  };
}

/** Mounts the gated analysis screen under `top` (heading, intro, picker, seed); returns the clean-up
 * and the relocalize that words it again in place after a language switch. */
export function mountGatedAnalysis(root: HTMLElement, app: AppContext, top: TopBar): MountedScreen {
  const { session } = app;
  const redraw = () => app.navigate('analysis');
  const words = wording();
  let scenario = session.playedScenario();
  let controls = teacherControls(app, scenario);
  const note = words.text(htmlEl('p', { class: 'an-gated-note', id: 'an-gated' }), () => t('The charts, tables and exports of this screen show outcomes, so they appear once the outcomes are shown.'));
  const layout = htmlEl('div', { class: 'an-layout an-gated' });
  const side = htmlEl('div', { class: 'an-side' });
  const body = htmlEl('div', { class: 'an-body' });
  side.append(controls.element);
  body.append(...outcomeGatePanels(app, redraw, words), note);
  layout.append(side, body);
  root.append(top.heading, top.intro, top.top, layout);

  function sync() {
    const next = session.playedScenario();
    if (next.id !== scenario.id || next.objective.kind !== scenario.objective.kind) {
      const fresh = teacherControls(app, next);
      controls.element.replaceWith(fresh.element);
      controls = fresh;
    }
    scenario = next;
    top.sync(scenario);
    controls.sync(scenario, session.selection.overrides);
  }
  const unsubscribe = session.subscribe(sync);
  const stopWatch = watchGate(app, true, redraw);
  sync();
  return {
    dispose() {
      unsubscribe();
      stopWatch();
    },
    relocalize() {
      top.relocalize();
      controls.relocalize();
      words.relocalize();
    },
  };
}
