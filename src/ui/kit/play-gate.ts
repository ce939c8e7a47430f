// Predict before play: when the teacher asks for a forecast first, Play shows the forecast form
// instead of the board until the group has entered one for this set-up (Debrief and Analysis are
// gated by the same rule: outcomesGated in debrief-kit.ts). The rule is the teacher's setting alone,
// so it holds whichever way a student reaches Play (nav, keyboard, link).
import type { AppContext, MountedScreen } from '../../app/router';
import { h } from '../dom';
import { t } from '../i18n';
import { forecastPanel } from './debrief-kit';
import { wording } from './wording';

/** True while predict-first waits for the group's forecast of the current set-up. */
export function playGated(app: AppContext): boolean {
  return app.kit.teacher().predictFirst && app.kit.prediction() === null;
}

/** Play's stand-in while gated: the heading, why, and the forecast form (entering it opens Play). */
export function mountPlayGate(root: HTMLElement, app: AppContext): MountedScreen {
  const words = wording();
  root.append(
    words.text(h('h2'), () => t('Play')),
    words.text(h('p', { class: 'message', id: 'play-gated' }), () => t('Your teacher asks for your forecast first: enter the chance of success you expect, then play.')),
    forecastPanel(app, null, () => app.navigate('play'), words),
  );
  return { dispose() {}, relocalize: () => words.relocalize() };
}
