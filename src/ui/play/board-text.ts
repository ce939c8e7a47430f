// A sentence describing the board for screen readers and anyone who cannot see the canvas: each
// region group with its state, population share and troops as a share of the starting force.
import type { GameState } from '../../model/types';
import { STATUS_WORDS } from '../format';
import { formatPercent, t, tData, tn } from '../i18n';

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
