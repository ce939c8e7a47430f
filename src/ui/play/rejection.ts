// Why an action was refused, in the page's language. The engine gives a reason code with the facts
// (region, troops asked, reserve, cap, month, total…) and no sentence; this file words every reason.
// The switch is exhaustive: a new reason in the engine's Rejection union is a type error here.
import { RESERVE_ID } from '../../engine/play';
import type { GameState, Rejection } from '../../model/types';
import { int } from '../format';
import { t } from '../i18n';
import { regionName } from './describe';

export function rejectionWords(state: GameState, rejection: Rejection): string {
  switch (rejection.reason) {
    case 'game-over':
      return t('The game has ended.');
    case 'unknown-action':
      return t('That action cannot be done.');
    case 'wrong-phase':
      if (rejection.action === 'day/end') return t('The entry phase is over: end the month instead.');
      if (rejection.action === 'month/end') return t('Months start after the entry phase: end the day instead.');
      if (rejection.action === 'rotation/cut') return t('Troops go home only during control.');
      return t('That cannot be done in this phase.');
    case 'unknown-region':
      return t('No such region.');
    case 'invalid-amount':
      return t('That number of troops cannot be moved.');
    case 'not-enough-reserve': {
      const asked = Math.ceil(rejection.asked);
      const reserve = int(Math.floor(rejection.reserve));
      return asked > 0 ? t('Only {troops} troops are in reserve; {asked} asked.', { troops: reserve, asked: int(asked) }) : t('Only {troops} troops are in reserve.', { troops: reserve });
    }
    case 'not-enough-troops': {
      const params = { troops: int(Math.floor(rejection.available)), asked: int(Math.ceil(rejection.asked)) };
      if (rejection.region === RESERVE_ID) return t('Only {troops} troops are in reserve; {asked} asked.', params);
      return t('Only {troops} troops are in {region}; {asked} asked.', { ...params, region: regionName(state, rejection.region) });
    }
    case 'region-locked': {
      const region = regionName(state, rejection.region);
      if (rejection.lock === 'failed') return t('{region} has failed: the attack culminated there.', { region });
      if (rejection.lock === 'committed') return t('{region} is being entered: its troops are committed until the walk ends.', { region });
      return t('{region} was not entered: troops can only be placed in entered regions during control.', { region });
    }
    case 'over-rotation-cap':
      return t('From month {month} at most {cap} troops can stay; {total} are in the country. Send troops home first.', {
        month: String(rejection.month),
        cap: int(rejection.cap),
        total: int(rejection.total),
      });
    case 'nothing-to-undo':
      return t('Nothing has changed this turn.');
    case 'defender-setup-closed':
      return t('The defender’s set-up is over: its choices are fixed for this game.');
    case 'defender-out-of-range':
      return t('That choice must lie between {min} and {max}.', { min: String(rejection.min), max: String(rejection.max) });
    default: {
      const unworded: never = rejection;
      return unworded;
    }
  }
}
