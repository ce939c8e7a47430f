// Forgiving, watchable play: Restart, "Play to the end" (shown only when no decision is left),
// auto-play of the automatic plan with Pause and Step, and the confirm dialog they share with "End
// day" when nothing is placed. Every move is the screen's own dispatch of engine actions (the same
// plan/apply then day/end or month/end as "Apply the plan"); only the pacing lives here (a timer in
// the UI, never in the engine). Announcements go to one polite status line: start, pause and the end,
// not every turn.
import { TEST_HOOKS } from '../../app/test-hooks';
import { monthActions, planTurnActions, selectNoDecisionLeft } from '../../engine/play-auto';
import type { GameAction, GameState } from '../../model/types';
import { h } from '../dom';
import { t } from '../i18n';
import { openDialog } from '../kit/dialog';
import { wording } from '../kit/wording';

/** Milliseconds between two auto-played turns: slow enough to follow the board and the log (a design choice). */
export const AUTO_PLAY_MS = 900;

declare global {
  interface Window {
    /** Test builds only: a shorter auto-play pace, so a browser test does not wait 40 turns × 0.9 s. */
    __thresholdAutoPlayMs?: number;
  }
}
const pace = (): number => (TEST_HOOKS && window.__thresholdAutoPlayMs) || AUTO_PLAY_MS;

/**
 * An accessible confirm: a modal dialog whose question describes it, Cancel focused first (the
 * default: Enter or Escape keeps things as they are), `yes` run only on the confirm button.
 */
export function askConfirm(className: string, title: string, question: string, confirmLabel: string, yes: () => void): void {
  const questionId = `${className}-q`;
  let confirmed = false;
  const cancel = h('button', { type: 'button', class: 'primary', id: `${className}-cancel`, text: t('Cancel'), onclick: () => dialog.close() });
  const ok = h('button', {
    type: 'button',
    id: `${className}-ok`,
    text: confirmLabel,
    onclick: () => {
      confirmed = true;
      dialog.close();
    },
  });
  const { element: dialog } = openDialog(className, title, h('p', { id: questionId, text: question }), h('div', { class: 'actions' }, cancel, ok));
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-describedby', questionId);
  // After the dialog's own close handler has put focus back on the opener, the confirmed action runs.
  dialog.addEventListener('close', () => {
    if (confirmed) yes();
  });
  cancel.focus();
}

export interface ForgivingHost {
  state(): GameState;
  /** Dispatch actions in order through the screen; false when one was refused. */
  run(actions: readonly GameAction[]): boolean;
  /** Start the same game again from day 1. */
  restart(): void;
  /** Say something on the status line (a function, so a language switch re-words it). */
  say(word: () => string): void;
  /** Auto-play started (true) or stopped (false): the screen quiets its per-turn live regions. */
  running(on: boolean): void;
}

export interface ForgivingControls {
  element: HTMLElement;
  update(state: GameState): void;
  /** The keyboard's entry points (R restart, E play to the end, A auto-play or pause, S step). */
  restart(): void;
  playToEnd(): void;
  toggleAuto(): void;
  step(): void;
  stop(): void;
  relocalize(): void;
}

export function buildForgivingControls(host: ForgivingHost): ForgivingControls {
  const words = wording();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const button = (id: string, label: () => string, key: string, onclick: () => void) => {
    const text = document.createTextNode('');
    words.on(() => (text.data = `${label()} `));
    return h('button', { type: 'button', id, onclick }, text, h('kbd', { text: key }));
  };
  const autoLabel = () => (timer ? t('Pause') : t('Auto-play the plan'));
  const restartButton = button(
    'restart',
    () => t('Restart'),
    'R',
    () => restart(),
  );
  const toEnd = button(
    'play-to-end',
    () => t('Play to the end'),
    'E',
    () => playToEnd(),
  );
  const auto = button('auto-play', autoLabel, 'A', () => toggleAuto());
  const stepButton = button(
    'auto-step',
    () => t('Step'),
    'S',
    () => step(),
  );
  auto.setAttribute('aria-pressed', 'false');
  const element = h('div', { class: 'actions forgiving' }, auto, stepButton, toEnd, restartButton);

  function refresh() {
    const state = host.state();
    const over = state.phase === 'ended';
    toEnd.hidden = !selectNoDecisionLeft(state);
    auto.disabled = over;
    stepButton.disabled = over || timer !== null;
    auto.setAttribute('aria-pressed', String(timer !== null));
    words.relocalize();
  }

  function stop() {
    if (timer) clearTimeout(timer);
    const was = timer !== null;
    timer = null;
    if (was) host.running(false);
    refresh();
  }

  /** One turn of the automatic plan; false when the game is over or a move was refused. */
  function turn(): boolean {
    const state = host.state();
    if (state.phase === 'ended') return false;
    return host.run(planTurnActions(state)) && host.state().phase !== 'ended';
  }

  function tick() {
    timer = null;
    if (turn()) timer = setTimeout(tick, pace());
    else {
      host.running(false);
      if (host.state().phase === 'ended') host.say(() => t('Auto-play finished: the game is over.'));
    }
    refresh();
  }

  function toggleAuto() {
    if (timer) {
      stop();
      host.say(() => t('Auto-play paused. Step plays one turn; Auto-play goes on.'));
      return;
    }
    if (host.state().phase === 'ended') return;
    host.running(true);
    host.say(() => t('Auto-play: the automatic plan plays one turn at a time. Pause stops it.'));
    timer = setTimeout(tick, pace());
    refresh();
  }

  function step() {
    if (timer || host.state().phase === 'ended') return;
    turn();
    refresh();
  }

  function playToEnd() {
    if (!selectNoDecisionLeft(host.state())) return;
    stop();
    for (let guard = 0; guard < 1000 && host.state().phase === 'control'; guard++) {
      if (!host.run(monthActions(host.state()))) break;
    }
    refresh();
  }

  function restart() {
    const state = host.state();
    const inProgress = state.phase !== 'ended' && (state.phase !== 'entry' || state.day > 0 || (state.turnMoves ?? 0) > 0);
    const go = () => {
      stop();
      host.restart();
      host.say(() => t('Restarted: the same scenario, set-up and seed, from day 1.'));
    };
    if (!inProgress) return go();
    askConfirm('restart-confirm', t('Restart'), t('Start this game again from day 1 with the same set-up and seed? The moves made so far are lost.'), t('Restart'), go);
  }

  return { element, update: refresh, restart, playToEnd, toggleAuto, step, stop, relocalize: refresh };
}
