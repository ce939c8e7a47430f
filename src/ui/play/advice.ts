// Advice in words: what the automatic plan would do at this decision point (the engine's
// selectAdvice computes it; this file only words it, in the page's language).
import { selectAdvice } from '../../engine/play';
import type { Advice } from '../../engine/play';
import type { GameState } from '../../model/types';
import { int } from '../format';
import { t, tData } from '../i18n';

export interface AdviceText {
  lines: string[];
  /** False when the plan would change nothing now. */
  changes: boolean;
}

export function planAdvice(state: GameState): AdviceText {
  if (state.phase === 'ended') return { lines: [], changes: false };
  return adviceWords(state, selectAdvice(state));
}

/** The plan's advice (already computed for `state`) in words. */
export function adviceWords(state: GameState, advice: Advice): AdviceText {
  const name = (id: string) => tData(state.inputs.regionNames[state.inputs.regionIds.indexOf(id)] ?? id);
  // Water-filling moves fractions of a troop; a move that rounds to the same whole number says nothing.
  const lines = advice.moves.filter((m) => Math.round(m.from) !== Math.round(m.to)).map((m) => `${name(m.region)}: ${int(m.from)} → ${int(m.to)}`);
  if (advice.sentHome > 0.5) lines.push(t('Send {troops} troops home (rotation cap).', { troops: int(advice.sentHome) }));
  if (!lines.length) return { lines: [t('Keep the troops where they are.')], changes: false };
  return { lines, changes: true };
}
