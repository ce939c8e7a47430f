// The Play screen's keyboard shortcuts: D end day, M end month, P apply the plan, U undo, H or ?
// help, [ and ] choose a region, + and − add or take back a token, A auto-play or pause, S step,
// E play to the end, R restart. Keys typed into a form field or while the walkthrough is open are
// left alone.
import type { GameAction } from '../../model/types';

export interface ShortcutTarget {
  dispatch(action: GameAction): void;
  help(): void;
  /** Select the next (1) or previous (−1) region. */
  cycle(delta: 1 | -1): void;
  /** Add (1) or take back (−1) one token in the selected region. */
  token(delta: 1 | -1): void;
  /** Forgiving play: auto-play or pause, one step, play to the end, restart. */
  autoPlay?(): void;
  step?(): void;
  playToEnd?(): void;
  restart?(): void;
}

/** Listen for the shortcuts on the document; returns the function that stops listening. */
export function listenForShortcuts(target: ShortcutTarget): () => void {
  function onKey(event: KeyboardEvent) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const el = event.target as HTMLElement | null;
    if (el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)) return;
    if (document.querySelector('.walkthrough-backdrop')) return;
    const key = event.key.toLowerCase();
    if (key === 'd') target.dispatch({ type: 'day/end' });
    else if (key === 'm') target.dispatch({ type: 'month/end' });
    else if (key === 'p') target.dispatch({ type: 'plan/apply' });
    else if (key === 'u') target.dispatch({ type: 'turn/undo' });
    else if (key === 'h' || key === '?') target.help();
    else if (key === ']') target.cycle(1);
    else if (key === '[') target.cycle(-1);
    else if (key === '+' || key === '=') target.token(1);
    else if (key === '-' || key === '_') target.token(-1);
    else if (key === 'a' && target.autoPlay) target.autoPlay();
    else if (key === 's' && target.step) target.step();
    else if (key === 'e' && target.playToEnd) target.playToEnd();
    else if (key === 'r' && target.restart) target.restart();
    else return;
    event.preventDefault();
  }
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
