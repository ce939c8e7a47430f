// The log of events: the last lines of the game, each event worded from the record at every update
// (so a language switch re-words the whole log); a day or month opens with a bold heading line.
import type { GameRecord } from '../../app/session';
import type { GameState } from '../../model/types';
import { h } from '../dom';
import { t, tData } from '../i18n';
import { describeEvent, introWords } from './describe';

export const LOG_LINES = 120;

export interface LogPanel {
  element: HTMLElement;
  /** Re-word the log from `record`; `follow` scrolls it to the newest line, else its scroll stays. */
  update(record: GameRecord, scenarioTitle: string, follow: boolean): void;
}

export function buildLogPanel(): LogPanel {
  const heading = h('h3', { id: 'log-h' });
  const list = h('ol', { class: 'log', tabindex: '0', 'aria-live': 'polite', id: 'log' });
  return {
    element: h('section', { 'aria-labelledby': 'log-h' }, heading, list),
    update(record, scenarioTitle, follow) {
      heading.textContent = t('Log');
      list.setAttribute('aria-label', t('Log of events'));
      const scroll = list.scrollTop;
      list.replaceChildren(...logLines(record, scenarioTitle, LOG_LINES).map((line) => h('li', { class: line.head ? 'turn-head' : '', text: line.text })));
      list.scrollTop = follow ? list.scrollHeight : scroll;
    },
  };
}

/**
 * The last `limit` lines of the log in the page's language: each event worded now (from the end,
 * so a long game does not re-word months nobody sees); a day or month opens with its heading.
 */
export function logLines(record: GameRecord, scenarioTitle: string, limit: number): { text: string; head: boolean }[] {
  const state: GameState = record.state;
  const out: { text: string; head: boolean }[][] = [];
  let count = 0;
  for (let i = record.log.length - 1; i >= 0 && count < limit; i -= 1) {
    const { event } = record.log[i];
    const heading = event !== null && (event.type === 'entry/day' || event.type === 'control/month');
    const lines = event ? describeEvent(state, event) : [introWords(tData(scenarioTitle), state.troopsInitial)];
    out.push(lines.map((text, k) => ({ text, head: heading && k === 0 })));
    count += lines.length;
  }
  return out.reverse().flat().slice(-limit);
}
