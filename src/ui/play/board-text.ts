// A sentence describing the board for screen readers and anyone who cannot see the canvas: each
// region group with its state, population share and troops as a share of the starting force; and
// the words the canvas draws, in the page's language, so the Phaser scene stays free of text.
import type { GameState } from '../../model/types';
import type { BoardLabels } from '../../view/board-scene';
import { int, STATUS_WORDS } from '../format';
import { formatPercent, t, tData, tn } from '../i18n';
import { fixed } from './describe';

export function describeBoard(state: GameState): string {
  const total = Math.max(1, state.troopsInitial);
  const parts = state.regions.map((region, i) => {
    const name = state.inputs.regionNames[i] + (i === state.inputs.keyRegion ? t(' (objective)') : '');
    return t('{name}: {status}, {population} of the population, {troops} of the force', {
      name,
      status: tData(STATUS_WORDS[region.status]),
      population: formatPercent(state.inputs.share[i] ?? 0),
      troops: formatPercent(region.troops / total),
    });
  });
  const head = tn('The board shows {count} region group.', 'The board shows {count} region groups.', state.regions.length);
  const reserve = t('Reserve: {share} of the force.', { share: formatPercent(state.reserve / total) });
  return `${head} ${parts.join('; ')}. ${reserve}`;
}

/** Troops in few characters for tokens and the board: "12.5k" in English, "12,5 mil" in Spanish. */
export function shortTroops(value: number): string {
  const v = Math.round(value);
  if (Math.abs(v) >= 1_000_000) return t('{amount}M', { amount: fixed(v / 1_000_000, 1) });
  if (Math.abs(v) >= 10_000) return t('{amount}k', { amount: int(v / 1000) });
  if (Math.abs(v) >= 1000) return t('{amount}k', { amount: fixed(v / 1000, 1) });
  return int(v);
}

/** The words the Phaser board draws (it has no text of its own): title, and per region its state and troops. */
export function boardLabels(state: GameState): BoardLabels {
  const title =
    state.phase === 'entry'
      ? t('Entry, day {day}', { day: String(state.day) })
      : state.phase === 'control'
        ? t('Control, month {month}', { month: String(state.month) })
        : t('Game over');
  return {
    title,
    regions: state.regions.map((region) => ({
      status: tData(STATUS_WORDS[region.status]),
      troops: region.troops > 0 ? t('{troops} troops', { troops: shortTroops(region.troops) }) : t('no troops'),
    })),
  };
}
