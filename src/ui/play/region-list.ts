// The regions panel: its heading (the token size) and one row per region, built once per region
// and updated in place every turn and on a language switch.
import { canPlaceTroops, previewControl, previewEntry } from '../../engine/play';
import type { ControlExplanation, EntryExplanation, GameEvent, GameState } from '../../model/types';
import { h } from '../dom';
import { int } from '../format';
import { t } from '../i18n';
import { buildRegionRow, type RegionRowContext, type RegionRowHandle } from './region-row';

export interface RegionListView {
  state: GameState;
  step: number;
  selected: string | null;
  /** The events of the last day or month (their explanations show on the rows). */
  lastEvents: readonly GameEvent[];
  onChange(region: string, troops: number): void;
  onSelect(region: string): void;
}

export interface RegionList {
  element: HTMLElement;
  update(view: RegionListView): void;
}

function lastExplanations(events: readonly GameEvent[]): { entry: Map<string, EntryExplanation>; control: Map<string, ControlExplanation> } {
  const entry = new Map<string, EntryExplanation>();
  const control = new Map<string, ControlExplanation>();
  for (const e of events) {
    if (e.type === 'entry/day') for (const x of e.explanations) entry.set(x.region, x);
    if (e.type === 'control/month') for (const x of e.explanations) control.set(x.region, x);
  }
  return { entry, control };
}

export function buildRegionList(): RegionList {
  const heading = h('h3', { id: 'regions-h' });
  const list = h('ul', { class: 'region-list' });
  const rows = new Map<string, RegionRowHandle>();
  // The engine's reads of one state (may it take troops, next day's odds, density), made once per state:
  // a language switch re-words them without asking the engine again.
  let facts: { state: GameState; regions: Pick<RegionRowContext, 'canPlace' | 'entryPreview' | 'controlPreview'>[] } | null = null;
  return {
    element: h('section', { 'aria-labelledby': 'regions-h' }, heading, list),
    update(view) {
      const { state, step } = view;
      heading.textContent = t('Regions (one token = {troops} troops)', { troops: int(step) });
      const { entry, control } = lastExplanations(view.lastEvents);
      if (facts?.state !== state) {
        facts = { state, regions: state.regions.map((_, index) => ({ canPlace: canPlaceTroops(state, index), entryPreview: previewEntry(state, index), controlPreview: previewControl(state, index) })) };
      }
      const known = facts.regions;
      state.regions.forEach((region, index) => {
        let row = rows.get(region.id);
        if (!row) {
          row = buildRegionRow(region.id);
          rows.set(region.id, row);
          list.append(row.element);
        }
        row.update({
          state,
          index,
          step,
          selected: region.id === view.selected,
          ...known[index],
          entry: entry.get(region.id),
          control: control.get(region.id),
          onChange: view.onChange,
          onSelect: view.onSelect,
        });
      });
    },
  };
}
