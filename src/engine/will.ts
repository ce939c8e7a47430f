// Model v3 political will in play (docs/model.md §4b): the month the intervener leaves, the game
// runs the months that remain at once (host forces alone; nothing is left to decide), exactly as the
// kernel runs them (src/engine/campaign.ts: the plan has no troops to place, the same control steps).
import type { Draft } from 'immer';
import type { GameEvent, GameState } from '../model/types';
import type { Core } from './core';
import { monthRecord, resolveControlMonth } from './control';
import { planMonth } from './plan';

/** After month `month` ended in a withdrawal: the event, then every remaining month resolved. */
export function runOutAfterWithdrawal(core: Core, draft: Draft<GameState>, events: GameEvent[], draws: ArrayLike<number>): void {
  const month = core.withdrawnMonth;
  events.push({ type: 'intervention/withdrawn', month, months: core.willMonths, multiple: core.willMultiple });
  const buffer = Float64Array.from(draws);
  for (let m = month + 1; m <= core.params.controlMonths; m++) {
    planMonth(core, m);
    resolveControlMonth(core, m, buffer, null);
    draft.timeline.push(monthRecord(core));
  }
}
