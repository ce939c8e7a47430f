// Advice: what the automatic plan would do at this decision point, found by asking the engine to
// apply the plan to a copy of the state and listing the differences (the UI computes no rule).
import { applyAction } from '../../engine/play';
import type { GameState } from '../../model/types';
import { int } from '../format';

export interface Advice {
  lines: string[];
  /** False when the plan would change nothing now. */
  changes: boolean;
}

export function planAdvice(state: GameState): Advice {
  if (state.phase === 'ended') return { lines: [], changes: false };
  const result = applyAction(state, { type: 'plan/apply' });
  if ('rejected' in result) return { lines: [`The automatic plan has no move now: ${result.message}`], changes: false };
  const lines: string[] = [];
  result.state.regions.forEach((after, i) => {
    const before = state.regions[i];
    if (Math.round(after.troops) !== Math.round(before.troops)) {
      lines.push(`${state.inputs.regionNames[i]}: ${int(before.troops)} → ${int(after.troops)}`);
    }
  });
  if (!lines.length) return { lines: ['The automatic plan would keep the troops where they are.'], changes: false };
  return { lines, changes: true };
}
