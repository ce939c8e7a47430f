// The rotation panel: from the rotation month, while more troops are in the country than the cap,
// the player chooses where to cut, one token or the whole excess per region (or from the reserve).
// Built once; each source's buttons are kept (by source id) and re-worded, so focus stays on them.
import { RESERVE_ID, selectOverCap, selectTroopsInCountry } from '../../engine/play';
import type { GameState } from '../../model/types';
import { h } from '../dom';
import { int } from '../format';
import { t, tData } from '../i18n';

interface CutEntry {
  element: HTMLElement;
  one: HTMLButtonElement;
  rest: HTMLButtonElement;
}

export interface RotationPanel {
  element: HTMLElement;
  /** False when the rotation cap asks nothing now (the screen then leaves the panel out). */
  needed(state: GameState): boolean;
  update(state: GameState): void;
}

export function buildRotationPanel(step: number, cut: (region: string, troops: number) => void): RotationPanel {
  const heading = h('h3', { id: 'rotation-h' });
  const text = h('p', { class: 'small' });
  const list = h('div', { class: 'cut-list', role: 'group' });
  const entries = new Map<string, CutEntry>();

  function entry(id: string): CutEntry {
    let e = entries.get(id);
    if (!e) {
      const one = h('button', { type: 'button', id: `cut-${id}` });
      const rest = h('button', { type: 'button', id: `cutall-${id}` });
      e = { element: h('span', { class: 'cut' }, one, rest), one, rest };
      entries.set(id, e);
    }
    return e;
  }

  return {
    element: h('section', { class: 'rotation', 'aria-labelledby': 'rotation-h' }, heading, text, list),
    needed: (state) => selectOverCap(state),
    update(state) {
      heading.textContent = t('Rotation: choose where to cut');
      list.setAttribute('aria-label', t('Send troops home from'));
      const cap = state.inputs.sustainableForce;
      const total = selectTroopsInCountry(state);
      const excess = Math.max(0, Math.ceil(total - cap));
      text.textContent = t('From month {month} at most {cap} troops can stay. You have {total}: send {excess} home before the month can end. (The plan cuts where coverage is highest.)', {
        month: state.inputs.rotationMonth,
        cap: int(cap),
        total: int(total),
        excess: int(excess),
      });
      const sources = [...state.regions.map((r, i) => ({ id: r.id, name: tData(state.inputs.regionNames[i]), troops: r.troops })), { id: RESERVE_ID, name: t('the reserve'), troops: state.reserve }];
      // Sources keep one order (regions, then the reserve): a new one goes in before the next shown one.
      let next: Node | null = null;
      for (let i = sources.length - 1; i >= 0; i -= 1) {
        const s = sources[i];
        const e = entry(s.id);
        if (s.troops < 1 || excess <= 0) {
          e.element.remove();
          continue;
        }
        const amount = Math.min(Math.floor(s.troops), excess, step);
        const rest = Math.min(Math.floor(s.troops), excess);
        e.one.textContent = t('{troops} from {region}', { troops: int(amount), region: s.name });
        e.one.onclick = () => cut(s.id, amount);
        // Absent (not hidden) when one token is already the whole cut: tests and users find only real choices.
        if (rest <= amount) e.rest.remove();
        else if (e.rest.parentNode !== e.element) e.element.append(e.rest);
        e.rest.setAttribute('aria-label', t('Send {troops} home from {region}', { troops: int(rest), region: s.name }));
        e.rest.textContent = rest >= Math.floor(s.troops) ? t('all {troops}', { troops: int(rest) }) : t('the whole excess, {troops}', { troops: int(rest) });
        e.rest.onclick = () => cut(s.id, rest);
        if (e.element.parentNode !== list) list.insertBefore(e.element, next);
        next = e.element;
      }
    },
  };
}
