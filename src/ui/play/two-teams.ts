// Who plays: while a fresh game's defender set-up is open (before the first move), the top of the play
// screen offers "One player (automatic defender)" (the default: a game with no defender move is today's,
// which is what the automatic defender's actions give, tested) and "Two teams (hot seat)". Two teams:
// a screen over the board holds the defender team's form (two-teams-form.ts), then a cover screen
// hides its choices ("Pass the device to the intervener team") until the intervener continues; the
// debrief reveals them. This file decides no rule: every choice is an action the engine accepts or refuses.
import { automaticDefenderActions, defenderSetupOpen } from '../../engine/defender';
import type { GameAction, GameState, Scenario } from '../../model/types';
import { h } from '../dom';
import { onLocaleChange, t } from '../i18n';
import { wording } from '../kit/wording';
import { defenderForm } from './two-teams-form';

export interface TeamsGateSetup {
  state(): GameState;
  /** Send one action through the play screen (as the plan's own turns: no question asked); false if refused. */
  dispatch(action: GameAction): boolean;
  scenario: Scenario;
  /** Call back with the game's new state after every change (the store's, before the screen reads it); returns the unsubscribe. */
  watch(listener: (state: GameState | undefined) => void): () => void;
}

const COVER_STYLE = 'position:fixed;inset:0;z-index:40;overflow:auto;background:var(--bg);padding:1.5rem;';

/**
 * Mount the choice on the play screen's `root` when the game has not started (the defender's set-up
 * is open); otherwise do nothing. It goes away at the intervener's first move.
 */
export function mountTeamsGate(root: HTMLElement, setup: TeamsGateSetup): void {
  if (!defenderSetupOpen(setup.state())) return;
  const words = wording();
  const stopLocale = onLocaleChange(() => words.relocalize());
  const button = (id: string, word: () => string, onclick: () => void, attrs: Record<string, string> = {}) => words.text(h('button', { type: 'button', id, onclick, ...attrs }), word);
  let overlay: HTMLElement | null = null;
  const choice = h(
    'div',
    { class: 'team-choice', role: 'group', 'aria-labelledby': 'team-choice-h' },
    words.text(h('span', { id: 'team-choice-h' }), () => t('Who plays?')),
    button(
      'mode-one',
      () => t('One player (automatic defender)'),
      () => {
        for (const action of automaticDefenderActions(setup.state())) setup.dispatch(action);
      },
      { 'aria-pressed': 'true' },
    ),
    button('mode-two', () => t('Two teams (hot seat)'), openTeams, { 'aria-pressed': 'false' }),
  );
  // A row of its own under the title row (the title must stay whole on a 1280-wide projector).
  const top = root.querySelector('.play-top');
  if (top) top.after(choice);
  else root.prepend(choice);
  const stopWatch = setup.watch((state) => {
    if (!root.isConnected || !state || (!defenderSetupOpen(state) && !overlay)) close();
  });
  function close() {
    stopWatch();
    stopLocale();
    choice.remove();
  }

  function openTeams() {
    const underneath = [...root.children] as HTMLElement[];
    for (const el of underneath) el.inert = true;
    const box = h('section', { class: 'panel team-gate', id: 'teams-gate', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'teams-h' });
    const cover = h('div', { id: 'teams-overlay', style: COVER_STYLE }, box);
    overlay = cover;
    root.append(cover);
    // The play screen's shortcuts (D ends the day…) must not act behind the gate, wherever the focus is.
    cover.addEventListener('keydown', (event) => event.stopPropagation());
    const shield = (event: KeyboardEvent) => {
      if (!cover.contains(event.target as Node)) event.stopPropagation();
    };
    window.addEventListener('keydown', shield, true);
    const done = (focus: string) => {
      window.removeEventListener('keydown', shield, true);
      cover.remove();
      overlay = null;
      for (const el of underneath) el.inert = false;
      if (!defenderSetupOpen(setup.state())) close();
      document.getElementById(focus)?.focus();
    };
    const show = (...children: HTMLElement[]) => {
      box.replaceChildren(...children);
      (box.querySelector('button, input, select') as HTMLElement | null)?.focus();
    };
    const form = defenderForm(setup.state(), setup.scenario, words);
    const message = h('p', { class: 'message', role: 'status' });
    show(
      words.text(h('h2', { id: 'teams-h' }), () => t('Defender team: your choices')),
      words.text(h('p'), () =>
        t('Intervener team: look away. Defender team: choose how your regulars stand and when the militia joins the resistance. Nothing here names a unit, a place or a weapon: only shares, posture factors and a month.'),
      ),
      form.element,
      message,
      h(
        'div',
        { class: 'actions' },
        button(
          'defender-ready',
          () => t('Ready: hide our choices'),
          () => {
            for (const action of [...form.actions(), { type: 'defender/ready', team: true } as const]) {
              if (!setup.dispatch(action)) {
                message.textContent = t('That choice was refused; check the values.');
                return;
              }
            }
            show(
              words.text(h('h2', { id: 'teams-h' }), () => t('Pass the device to the intervener team')),
              words.text(h('p'), () => t('The defender’s choices are hidden. They are revealed in the debrief, beside the automatic defender’s.')),
              h(
                'div',
                { class: 'actions' },
                button(
                  'cover-continue',
                  () => t('Continue as the intervener'),
                  () => done('end-day'),
                ),
              ),
            );
          },
        ),
        button(
          'teams-back',
          () => t('Back'),
          () => done('mode-two'),
        ),
      ),
    );
  }
}
