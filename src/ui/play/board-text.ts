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
    const name = tData(state.inputs.regionNames[i]) + (i === state.inputs.keyRegion ? t(' (objective)') : '');
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

/**
 * Troops in few characters. With words (the board has room): "12.5k" in English, "12,5 mil" in
 * Spanish; with symbols (the narrow counter in a region row): "12.5k", "12,5k".
 */
export function shortTroops(value: number, unit: 'words' | 'symbols' = 'words'): string {
  const v = Math.round(value);
  const size = Math.abs(v);
  if (size < 1000) return int(v);
  const millions = size >= 1_000_000;
  const amount = millions ? fixed(v / 1_000_000, 1) : size >= 10_000 ? int(v / 1000) : fixed(v / 1000, 1);
  if (unit === 'symbols') return `${amount}${millions ? 'M' : 'k'}`;
  return millions ? t('{amount}M', { amount }) : t('{amount}k', { amount });
}

/** The words the Phaser board draws (it has no text of its own): title, the reserve's share, and per region its state and troops. */
export function boardLabels(state: GameState): BoardLabels {
  const title = state.phase === 'entry' ? t('Entry, day {day}', { day: String(state.day) }) : state.phase === 'control' ? t('Control, month {month}', { month: String(state.month) }) : t('Game over');
  return {
    title,
    reserve: t('Reserve {share}', { share: formatPercent(state.reserve / Math.max(1, state.troopsInitial)) }),
    regions: state.regions.map((region, i) => ({
      name: tData(state.inputs.regionNames[i]),
      status: tData(STATUS_WORDS[region.status]),
      troops: region.troops > 0 ? t('{troops} troops', { troops: shortTroops(region.troops) }) : t('no troops'),
    })),
  };
}
