// Why an action was refused, in the page's language. The engine's own message is English for the
// command line and tests; here the reason, the action and the state give the same facts in words.
import { selectTroopsInCountry } from '../../engine/play';
import type { GameAction, GameState, Rejection } from '../../model/types';
import { int } from '../format';
import { t } from '../i18n';
import { regionName } from './describe';

export function rejectionWords(state: GameState, action: GameAction, rejection: Rejection): string {
  const region = 'region' in action ? action.region : '';
  const name = regionName(state, region);
  switch (rejection.reason) {
    case 'game-over':
      return t('The game has ended.');
    case 'wrong-phase':
      if (action.type === 'day/end') return t('The entry phase is over: end the month instead.');
      if (action.type === 'month/end') return t('Months start after the entry phase: end the day instead.');
      if (action.type === 'rotation/cut') return t('Troops go home only during control.');
      return t('That cannot be done in this phase.');
    case 'unknown-region':
      return t('No such region.');
    case 'not-enough-reserve': {
      const now = state.regions.find((r) => r.id === region)?.troops ?? 0;
      const asked = action.type === 'allocation/set' ? Math.ceil(action.troops - now) : 0;
      const reserve = int(Math.floor(state.reserve));
      return asked > 0 ? t('Only {troops} troops are in reserve; {asked} asked.', { troops: reserve, asked: int(asked) }) : t('Only {troops} troops are in reserve.', { troops: reserve });
    }
    case 'region-locked': {
      const entry = state.regions.find((r) => r.id === region)?.entryStatus ?? 'none';
      if (state.phase === 'entry' && (entry === 'culminated' || entry === 'stalemate')) return t('{region} has failed: the attack culminated there.', { region: name });
      if (state.phase === 'entry') return t('{region} is being entered: its troops are committed until the walk ends.', { region: name });
      return t('{region} was not entered: troops can only be placed in entered regions during control.', { region: name });
    }
    case 'over-rotation-cap':
      return t('From month {month} at most {cap} troops can stay; {total} are in the country. Send troops home first.', {
        month: String(state.inputs.rotationMonth),
        cap: int(state.inputs.sustainableForce),
        total: int(selectTroopsInCountry(state)),
      });
    case 'invalid-amount':
      return t('That number of troops cannot be moved.');
    case 'nothing-to-undo':
      return t('Nothing has changed this turn.');
    default:
      return rejection.message;
  }
}
