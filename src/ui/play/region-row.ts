// One region in the play panel: state, troops with +/− buttons (keyboard operable, labelled), the
// odds column and d10 of its last entry day, and its density bar against the requirement. All words
// and numbers follow the page's language; the row keeps its elements and re-words them in place.
import type { ControlPreview, EntryPreview } from '../../engine/play';
import type { ControlExplanation, EntryExplanation, GameState } from '../../model/types';
import { h } from '../dom';
import { int, pct, STATUS_COLOURS, STATUS_WORDS } from '../format';
import { shortTroops } from './board-text';
import { t, tData } from '../i18n';
import { oddsWords, ratioWords, requirementNowWords, rollWords, trendWords } from './describe';
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

export interface RegionRowHandle {
  element: HTMLLIElement;
  /** Show the region as `ctx` says, on the same elements (focus inside the row stays). */
  update(ctx: RegionRowContext): void;
}

/**
 * One region's row, built once for `regionId` and updated every turn and on a language switch: its
 * head (name, state, share, the +/− group) keeps its nodes; the details under it (odds, die, score,
 * density) hold no control and are drawn afresh.
 */
export function buildRegionRow(regionId: string): RegionRowHandle {
  const name = h('button', { type: 'button', class: 'name linklike', id: `name-${regionId}` });
  const chip = h('span', { class: 'chip' });
  const share = h('span', { class: 'small muted' });
  const minus = h('button', { type: 'button', class: 'minus', id: `minus-${regionId}`, text: '−' });
  const output = h('output', { 'aria-live': 'off' });
  const plus = h('button', { type: 'button', class: 'plus', id: `plus-${regionId}`, text: '+' });
  const all = h('button', { type: 'button', class: 'all', id: `all-${regionId}` });
  const troops = h('span', { class: 'troops', role: 'group' }, minus, output, plus, all);
  // The label (name, state, share) wraps within its own box, so every card keeps its troops group on the right.
  const head = h('div', { class: 'region-head' }, h('span', { class: 'region-label' }, name, chip, share), troops);
  const li = h('li', { class: 'region', 'data-region': regionId }, head);
  let details: HTMLElement[] = [];

  function update(ctx: RegionRowContext) {
    const { state, index, step } = ctx;
    const region = state.regions[index];
    const regionName = tData(state.inputs.regionNames[index]);
    const capital = index === state.inputs.capitalIndex && state.regions.length > 1;
    const key = index === state.inputs.keyRegion;
    const set = (n: number) => () => ctx.onChange(region.id, Math.max(0, n));
    const canAdd = ctx.canPlace && state.reserve > 0;
    const canRemove = ctx.canPlace && region.troops > 0;
    const adds = Math.min(step, state.reserve);

    li.className = `region${ctx.selected ? ' selected' : ''}`;
    li.style.setProperty('--status', STATUS_COLOURS[region.status]);
    li.dataset.status = region.status;
    name.textContent = regionName;
    name.setAttribute('aria-pressed', ctx.selected ? 'true' : 'false');
    name.onclick = () => ctx.onSelect(region.id);
    chip.textContent = tData(STATUS_WORDS[region.status]);
    share.title = capital ? t('Share of the population; the capital region') : t('Share of the population');
    share.textContent = shareWords(pct(state.inputs.share[index]), capital, key);
    troops.setAttribute('aria-label', t('Troops in {region}', { region: regionName }));
    minus.disabled = !canRemove;
    minus.setAttribute('aria-label', t('Remove {troops} troops from {region}', { troops: int(step), region: regionName }));
    minus.onclick = set(region.troops - step);
    output.title = t('{region}: {troops} troops', { region: regionName, troops: int(region.troops) });
    output.textContent = shortTroops(region.troops, 'symbols');
    plus.disabled = !canAdd;
    plus.setAttribute('aria-label', t('Add {troops} troops to {region}', { troops: int(adds), region: regionName }));
    plus.onclick = set(region.troops + adds);
    all.disabled = !canAdd;
    all.setAttribute('aria-label', t('all: put the whole reserve ({troops}) in {region}', { troops: int(state.reserve), region: regionName }));
    all.onclick = set(region.troops + state.reserve);
    all.textContent = t('all');

    for (const el of details) el.remove();
    details = regionDetails(ctx);
    li.append(...details);
  }

  return { element: li, update };
}

/** The row's details under its head: the last and next entry odds, the score, the density. */
function regionDetails(ctx: RegionRowContext): HTMLElement[] {
  const { state, index } = ctx;
  const region = state.regions[index];
  const parts: (HTMLElement | null)[] = [];
  const x = ctx.entry;
  const next = ctx.entryPreview;
  if (state.phase === 'entry' && x && !x.unopposed) {
    parts.push(
      h(
        'div',
        { class: 'entry-info' },
        h('span', { class: 'small' }, t('Day {day}: ratio {ratio} → column', { day: String(state.day), ratio: ratioWords(x.ratio) }) + ' ', h('strong', { text: x.column })),
        oddsStrip(x.column),
        d10(x),
        h('span', { class: 'small', text: `${oddsWords(x)}; ${rollWords(x)}.` }),
      ),
    );
  }
  if (next) {
    const words = oddsWords(next);
    parts.push(
      x && !x.unopposed
        ? h('p', { class: 'small next-odds', text: t('Next day with {troops} troops: ratio {ratio}, column {column}, {odds}.', { troops: int(region.troops), ratio: ratioWords(next.ratio), column: next.column, odds: words }) })
        : h(
            'div',
            { class: 'entry-info next-odds' },
            h('span', { class: 'small' }, t('Next day: ratio {ratio} → column', { ratio: ratioWords(next.ratio) }) + ' ', h('strong', { text: next.column })),
            oddsStrip(next.column),
            d10({ winningFaces: next.winningFaces, die: 0, advanced: false }),
            h('span', { class: 'small', text: words }),
          ),
    );
  }
  if (state.phase === 'entry' && (region.status === 'being-entered' || region.score !== 0)) parts.push(h('div', { class: 'entry-info' }, h('span', { class: 'small', text: t('Score') }), scorePips(region.score, state.params.winsToEnter)));
  const c = ctx.controlPreview;
  if (c && state.phase === 'control') {
    parts.push(
      h(
        'div',
        { class: 'control-info' },
        densityBar(c.density, c.requirement),
        h('p', { class: 'small' }, requirementNowWords(c) + ' ', h('strong', { text: pct(Math.min(c.coverage, 9.99)) })),
        ctx.control ? h('p', { class: 'small muted', text: lastMonthWords(ctx.control) }) : null,
      ),
    );
  } else if (ctx.control && state.phase === 'ended') parts.push(controlSummary(ctx.control));
  return parts.filter((p): p is HTMLElement => p !== null);
}

function lastMonthWords(x: ControlExplanation): string {
  return t('Last month: coverage {coverage}, {trend}.', { coverage: pct(Math.min(x.coverage, 9.99)), trend: trendWords(x) });
}

/** "18% pop. · capital": whole phrases, so Spanish can abbreviate to fit the row's one line. */
function shareWords(share: string, capital: boolean, key: boolean): string {
  if (capital) return t('{share} pop. · capital', { share });
  if (key) return t('{share} pop. · objective', { share });
  return t('{share} pop.', { share });
}
