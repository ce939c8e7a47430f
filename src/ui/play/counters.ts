// The counters above the board: phase with day or month, reserve, troops placed and strength (a
// share of the starting force). Built once; every update re-words the same elements.
import { selectStrength, selectTroopsInCountry } from '../../engine/play';
import type { GameState } from '../../model/types';
import { h } from '../dom';
import { int, pct } from '../format';
import { t } from '../i18n';

export interface Counters {
  element: HTMLElement;
  update(state: GameState): void;
}

export function buildCounters(): Counters {
  const phase = h('strong');
  const reserveLabel = document.createTextNode('');
  const reserve = h('strong');
  const placedLabel = document.createTextNode('');
  const placed = h('strong');
  const strengthLabel = document.createTextNode('');
  const strength = h('strong');
  const strengthTail = document.createTextNode('');
  const strengthBox = h('span', { class: 'counter' }, strengthLabel, strength, strengthTail);
  const element = h(
    'div',
    { class: 'counters', 'aria-live': 'off' },
    h('span', { class: 'counter', id: 'phase' }, phase),
    h('span', { class: 'counter', id: 'reserve' }, reserveLabel, reserve),
    h('span', { class: 'counter' }, placedLabel, placed),
    strengthBox,
  );
  return {
    element,
    update(state) {
      phase.textContent =
        state.phase === 'entry'
          ? t('Entry · day {day} of {days}', { day: state.day, days: state.params.entryDays })
          : state.phase === 'control'
            ? t('Control · month {month} of {months}', { month: state.month, months: state.params.controlMonths })
            : t('Game over');
      reserveLabel.data = `${t('Reserve')} `;
      reserve.textContent = int(state.reserve);
      placedLabel.data = `${t('Placed')} `;
      placed.textContent = int(selectTroopsInCountry(state) - state.reserve);
      strengthLabel.data = `${t('Strength')} `;
      strength.textContent = pct(selectStrength(state));
      strengthTail.data = ` ${t('of start')}`;
      strengthBox.title = t('Strength is shown as a share of the starting force.');
    },
  };
}
