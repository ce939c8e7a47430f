// Small teaching widgets for the play panels: the d10 with its winning faces, the odds column
// strip, the engagement-score pips and the density bar against its requirement.
import type { ControlExplanation, EntryExplanation } from '../../model/types';
import { h } from '../dom';
import { t } from '../i18n';
import { fixed, requirementWords } from './describe';

/** The CRT columns shown on the strip, weakest to strongest. */
export const ODDS_COLUMNS = ['1:4', '1:3', '1:2', '1:1', '3:2', '2:1', '3:1', '4:1', '5:1', '6:1'];

export function d10(x: Pick<EntryExplanation, 'winningFaces' | 'die' | 'advanced'>): HTMLElement {
  const faces = Array.from({ length: 10 }, (_, i) => {
    const face = i + 1;
    const wins = face <= x.winningFaces;
    const rolled = face === x.die;
    return h('span', { class: `face${wins ? ' win' : ''}${rolled ? ' rolled' : ''}`, text: face });
  });
  return h('div', { class: 'd10', role: 'img', 'aria-label': d10Label(x) }, ...faces);
}

function d10Label(x: Pick<EntryExplanation, 'winningFaces' | 'die' | 'advanced'>): string {
  const params = { faces: String(x.winningFaces), die: String(x.die) };
  if (!x.die) return t('d10: faces 1 to {faces} advance', params);
  return x.advanced ? t('d10: faces 1 to {faces} advance; rolled {die}, advance', params) : t('d10: faces 1 to {faces} advance; rolled {die}, held', params);
}

export function oddsStrip(column: string): HTMLElement {
  const known = ODDS_COLUMNS.includes(column);
  return h('div', { class: 'odds-strip', 'aria-hidden': 'true' }, ...ODDS_COLUMNS.map((c) => h('span', { class: c === column ? 'col current' : 'col', text: c })), known ? null : h('span', { class: 'col current', text: column }));
}

export function scorePips(score: number, limit = 5): HTMLElement {
  const pips = [];
  for (let s = -limit; s <= limit; s += 1) {
    if (s === 0) {
      pips.push(h('span', { class: 'pip zero', text: '0' }));
      continue;
    }
    const on = (s > 0 && score >= s) || (s < 0 && score <= s);
    pips.push(h('span', { class: `pip ${s > 0 ? 'pos' : 'neg'}${on ? ' on' : ''}` }));
  }
  return h('div', { class: 'pips', role: 'img', 'aria-label': t('Engagement score {score} (enter at +{limit}, culminate at −{limit})', { score: String(score), limit: String(limit) }) }, ...pips);
}

export function densityBar(density: number, requirement: number): HTMLElement {
  const top = Math.max(density, requirement, 0.1) * 1.25;
  const fill = Math.min(100, (density / top) * 100);
  const mark = Math.min(100, (requirement / top) * 100);
  const ok = density >= requirement;
  return h(
    'div',
    {
      class: `density-bar${ok ? ' ok' : ' short'}`,
      role: 'meter',
      'aria-valuemin': 0,
      'aria-valuemax': Math.round(top * 10) / 10,
      'aria-valuenow': Math.round(density * 10) / 10,
      'aria-label': t('Density {density} per 1,000 against {requirement} needed', { density: fixed(density, 1), requirement: fixed(requirement, 1) }),
    },
    h('span', { class: 'fill', style: `width:${fill.toFixed(1)}%` }),
    h('span', { class: 'req', style: `left:${mark.toFixed(1)}%` }),
  );
}

export function controlSummary(x: ControlExplanation): HTMLElement {
  return h('div', { class: 'control-info' }, densityBar(x.density, x.requirement), h('p', { class: 'small' }, requirementWords(x)));
}
