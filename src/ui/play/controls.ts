// The turn controls under the board: End day, End month, Apply the plan and Undo with their keys,
// and the line of keyboard shortcuts. Built once; a language switch re-words the same elements.
import type { GameAction, GameState } from '../../model/types';
import { h } from '../dom';
import { t } from '../i18n';
import { wording } from '../kit/wording';

export interface TurnControls {
  actions: HTMLElement;
  shortcuts: HTMLElement;
  endDay: HTMLButtonElement;
  endMonth: HTMLButtonElement;
  update(state: GameState): void;
  relocalize(): void;
}

export function buildTurnControls(dispatch: (action: GameAction) => void): TurnControls {
  const words = wording();
  const button = (id: string, label: () => string, key: string, action: GameAction, primary = false) => {
    const text = document.createTextNode('');
    words.on(() => (text.data = `${label()} `));
    return h('button', { type: 'button', id, class: primary ? 'primary' : null, onclick: () => dispatch(action) }, text, h('kbd', { text: key }));
  };
  const endDay = button('end-day', () => t('End day'), 'D', { type: 'day/end' }, true);
  const endMonth = button('end-month', () => t('End month'), 'M', { type: 'month/end' }, true);
  const applyPlan = button('apply-plan', () => t('Apply the plan'), 'P', { type: 'plan/apply' });
  const undo = button('undo', () => t('Undo'), 'U', { type: 'turn/undo' });

  const shortcuts = h('p', { class: 'shortcuts', id: 'shortcuts' });
  const KEYS: [string[], () => string][] = [
    [['D'], () => t('end day')],
    [['M'], () => t('end month')],
    [['P'], () => t('apply the plan')],
    [['U'], () => t('undo')],
    [['[', ']'], () => t('choose region')],
    [['+', '−'], () => t('add or remove a token')],
    [['A'], () => t('auto-play or pause')],
    [['S'], () => t('step')],
    [['E'], () => t('play to the end')],
    [['R'], () => t('restart')],
    [['H'], () => t('help. On the board: click adds a token, right-click or shift-click removes one.')],
  ];
  const lead = document.createTextNode('');
  words.on(() => (lead.data = `${t('Keys:')} `));
  shortcuts.append(lead);
  KEYS.forEach(([keys, word], i) => {
    for (const key of keys) shortcuts.append(h('kbd', { text: key }));
    const text = document.createTextNode('');
    words.on(() => (text.data = ` ${word()}${i < KEYS.length - 1 ? ' · ' : ''}`));
    shortcuts.append(text);
  });

  return {
    actions: h('div', { class: 'actions' }, endDay, endMonth, applyPlan, undo),
    shortcuts,
    endDay,
    endMonth,
    update(state) {
      endDay.disabled = state.phase !== 'entry';
      endMonth.disabled = state.phase !== 'control';
      applyPlan.disabled = state.phase === 'ended';
      undo.disabled = state.phase === 'ended' || !state.turnStart;
    },
    relocalize: () => words.relocalize(),
  };
}
