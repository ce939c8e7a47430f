// One region in the play panel: state, troops with +/− buttons (keyboard operable, labelled), the
// odds column and d10 of its last entry day, and its density bar against the requirement.
import type { ControlPreview, EntryPreview } from '../../engine/play';
import type { ControlExplanation, EntryExplanation, GameState } from '../../model/types';
import { h } from '../dom';
import { compact, int, pct, STATUS_COLOURS, STATUS_WORDS } from '../format';
import { oddsWords } from './describe';
import { controlSummary, d10, densityBar, oddsStrip, scorePips } from './widgets';

export interface RegionRowContext {
  state: GameState;
  index: number;
  step: number;
  selected: boolean;
  canPlace: boolean;
  entry: EntryExplanation | undefined;
  control: ControlExplanation | undefined;
  /** The odds next day with the current troops, and the density with the current allocation. */
  entryPreview: EntryPreview | null;
  controlPreview: ControlPreview | null;
  onChange(region: string, troops: number): void;
  onSelect(region: string): void;
}

export function regionRow(ctx: RegionRowContext): HTMLElement {
  const { state, index, step } = ctx;
  const region = state.regions[index];
  const name = state.inputs.regionNames[index];
  const share = state.inputs.share[index];
  const capital = index === state.inputs.capitalIndex && state.regions.length > 1;
  const key = index === state.inputs.keyRegion;
  const set = (troops: number) => () => ctx.onChange(region.id, Math.max(0, troops));
  const canAdd = ctx.canPlace && state.reserve > 0;
  const canRemove = ctx.canPlace && region.troops > 0;
  const troopsLabel = `${name}: ${int(region.troops)} troops`;

  const parts: (HTMLElement | null)[] = [];
  const x = ctx.entry;
  const next = ctx.entryPreview;
  if (state.phase === 'entry' && x && !x.unopposed) {
    parts.push(
      h(
        'div',
        { class: 'entry-info' },
        h('span', { class: 'small' }, `Day ${state.day}: ratio ${x.ratio.toFixed(2)}:1 → column `, h('strong', { text: x.column })),
        oddsStrip(x.column),
        d10(x),
        h('span', { class: 'small', text: `${oddsWords(x)}; rolled ${x.die}: ${x.advanced ? 'advance' : 'held'}.` }),
      ),
    );
  }
  if (next) {
    const words = `${next.winningFaces} of 10 faces advance (exactly ${pct(next.probability, 1)})`;
    parts.push(
      x && !x.unopposed
        ? h('p', { class: 'small next-odds', text: `Next day with ${int(region.troops)} troops: ratio ${next.ratio.toFixed(2)}:1, column ${next.column}, ${words}.` })
        : h(
            'div',
            { class: 'entry-info next-odds' },
            h('span', { class: 'small' }, `Next day: ratio ${next.ratio.toFixed(2)}:1 → column `, h('strong', { text: next.column })),
            oddsStrip(next.column),
            d10({ winningFaces: next.winningFaces, die: 0, advanced: false }),
            h('span', { class: 'small', text: words }),
          ),
    );
  }
  if (state.phase === 'entry' && (region.status === 'being-entered' || region.score !== 0)) parts.push(h('div', { class: 'entry-info' }, h('span', { class: 'small', text: 'Score' }), scorePips(region.score, state.params.winsToEnter)));
  const c = ctx.controlPreview;
  if (c && state.phase === 'control') {
    parts.push(
      h(
        'div',
        { class: 'control-info' },
        densityBar(c.density, c.requirement),
        h('p', { class: 'small' }, `Now: ${c.density.toFixed(1)} per 1,000 vs ${c.requirement.toFixed(1)} needed (hostility ${c.requirementFromHostility.toFixed(1)}, resistance ${c.requirementFromResistance.toFixed(1)}); coverage `, h('strong', { text: pct(Math.min(c.coverage, 9.99)) })),
        ctx.control ? h('p', { class: 'small muted', text: lastMonthWords(ctx.control) }) : null,
      ),
    );
  } else if (ctx.control && state.phase === 'ended') parts.push(controlSummary(ctx.control));

  const li = h(
    'li',
    {
      class: `region${ctx.selected ? ' selected' : ''}`,
      style: `--status: ${STATUS_COLOURS[region.status]}`,
      'data-region': region.id,
      'data-status': region.status,
    },
    h(
      'div',
      { class: 'region-head' },
      h('button', { type: 'button', class: 'name linklike', 'aria-pressed': ctx.selected ? 'true' : 'false', onclick: () => ctx.onSelect(region.id), text: name }),
      h('span', { class: 'chip', text: STATUS_WORDS[region.status] }),
      h('span', { class: 'small muted', title: 'Share of the population', text: `${pct(share)} pop.${capital ? ' · capital' : ''}${key && !capital ? ' · objective' : ''}` }),
      h(
        'span',
        { class: 'troops', role: 'group', 'aria-label': `Troops in ${name}` },
        h('button', { type: 'button', class: 'minus', disabled: !canRemove, 'aria-label': `Remove ${int(step)} troops from ${name}`, onclick: set(region.troops - step), text: '−' }),
        h('output', { 'aria-live': 'off', title: troopsLabel, text: compact(region.troops) }),
        h('button', { type: 'button', class: 'plus', disabled: !canAdd, 'aria-label': `Add ${int(Math.min(step, state.reserve))} troops to ${name}`, onclick: set(region.troops + Math.min(step, state.reserve)), text: '+' }),
        h('button', { type: 'button', class: 'all', disabled: !canAdd, 'aria-label': `all: put the whole reserve (${int(state.reserve)}) in ${name}`, onclick: set(region.troops + state.reserve), text: 'all' }),
      ),
    ),
    ...parts,
  );
  return li;
}

function lastMonthWords(x: ControlExplanation): string {
  const change = x.resistersBefore > 0 ? x.resistersAfter / x.resistersBefore - 1 : 0;
  const trend = Math.abs(change) < 0.005 ? 'steady' : change > 0 ? `up ${pct(change)}` : `down ${pct(-change)}`;
  return `Last month: coverage ${pct(Math.min(x.coverage, 9.99))}, resistance ${trend}.`;
}
