// The side column's smaller panels, each built once and updated in place: the game-over panel with
// its way to the debrief, the automatic plan's advice, and the column itself, which shows or hides
// panels without moving the others (a moved node would lose focus).
import { type Advice, selectAdvice } from '../../engine/play';
import type { GameState } from '../../model/types';
import { h } from '../dom';
import { OUTCOME_WORDS } from '../format';
import { t, tData } from '../i18n';
import { adviceWords } from './advice';

export interface Panel {
  element: HTMLElement;
  update(state: GameState): void;
}

/** "Game over": the outcome, whether the objective was met, and the button to the debrief. */
export function buildEndedPanel(toDebrief: () => void): Panel {
  const heading = h('h3', { id: 'ended-h' });
  const text = h('p');
  const button = h('button', { type: 'button', class: 'primary big', id: 'to-debrief', onclick: toDebrief });
  return {
    element: h('section', { class: 'ended', 'aria-labelledby': 'ended-h' }, heading, text, button),
    update(state) {
      heading.textContent = t('Game over: {outcome}', { outcome: state.outcome ? tData(OUTCOME_WORDS[state.outcome]) : t('ended') });
      text.textContent = state.success ? t('Objective achieved. The debrief compares your run with the automatic plan over many runs.') : t('Objective not achieved. The debrief compares your run with the automatic plan over many runs.');
      button.textContent = t('See the debrief');
    },
  };
}

/** What the automatic plan would do now (lines of text, no control); the plan runs once per state. */
export function buildAdvicePanel(): Panel {
  const heading = h('h3', { id: 'advice-h' });
  const lines = h('div', { class: 'advice-lines' });
  let planned: { state: GameState; advice: Advice } | null = null;
  return {
    element: h('section', { class: 'advice', 'aria-labelledby': 'advice-h' }, heading, lines),
    update(state) {
      if (planned?.state !== state) planned = { state, advice: selectAdvice(state) };
      heading.textContent = t('Advice: the automatic plan would…');
      lines.replaceChildren(...adviceWords(state, planned.advice).lines.map((line) => h('p', { text: line })));
    },
  };
}

export interface SideColumn {
  element: HTMLElement;
  /** Show exactly the panels whose flag is true, in their fixed order; shown panels are not moved. */
  show(shown: readonly boolean[]): void;
}

/** The side column over a fixed list of panels. */
export function buildSideColumn(panels: readonly HTMLElement[]): SideColumn {
  const element = h('div', { class: 'side' });
  return {
    element,
    show(shown) {
      panels.forEach((panel, i) => {
        if (!shown[i]) {
          panel.remove();
          return;
        }
        if (panel.parentNode === element) return;
        const after = panels.slice(i + 1).find((p) => p.parentNode === element) ?? null;
        element.insertBefore(panel, after);
      });
    },
  };
}
