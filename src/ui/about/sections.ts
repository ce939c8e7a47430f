// The sections of the About page: the rules in plain words, the success rule, every number with its
// status, the known limits, the critics and the sources. Each builder registers its texts with the
// page's wording, so a language switch re-words them in place. Numbers come from the model itself:
// the engine's parameters and the chosen scenario's records (statusOf through status-label.ts).
import { ADVANCED_PREFIX } from '../../model/advanced';
import { INPUTS, sourcedAt } from '../../model/inputs';
import { DEFAULT_PARAMETERS } from '../../model/parameters';
import { SOURCES, formatCitation, type Source } from '../../model/sources';
import { OUTCOME_CLASSES, type Scenario } from '../../model/types';
import { h } from '../dom';
import { num, OUTCOME_WORDS, pct } from '../format';
import { getLocale, t, tData } from '../i18n';
import { objectiveRuleWords, outcomeMeaning, regionRuleWords } from '../kit/outcome-words';
import { statusDetail, statusNow, statusWord } from '../kit/status-label';
import type { Wording } from '../kit/wording';
import { constantRows } from './constants';

const P = DEFAULT_PARAMETERS;

/** A section with its heading (h3), labelled by it: one landmark per part of the page. */
export function section(id: string, title: () => string, words: Wording, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'panel about-section', id, 'aria-labelledby': `${id}-h` }, words.text(h('h3', { id: `${id}-h`, tabindex: '-1' }), title), ...children);
}

const para = (words: Wording, word: () => string) => words.text(h('p'), word);

export function rulesSection(scenario: Scenario, words: Wording): HTMLElement {
  return section(
    'about-rules',
    () => t('The rules in plain words'),
    words,
    para(words, () =>
      t(
        'The country is drawn as a few regions, each with a share of the population and a terrain class; one is the capital region. A campaign has two phases. Chance enters in three places only: the intervener’s quality, drawn once per run; one die roll per region per entry day; one random shock per region per control month. Each run has its own seed, so many runs give a distribution of outcomes, not one answer.',
      ),
    ),
    words.text(h('h4'), () => t('Entry (days)')),
    para(words, () =>
      t(
        'Troops are placed on regions. Each day, in every region under attack, the combat-power ratio (troops times quality, against defenders times posture and terrain) sets the chance that the attack wins the day: even at 1:1, higher as the ratio grows. A win moves the region’s score one step up, a loss one step down; at +{wins} the region is entered, at −{losses} the attack culminates and its troops return to the reserve. After {days} days an undecided region is a stalemate. A model day is one round of these engagements: its count is not the number of calendar days a real operation took.',
        {
          wins: P.winsToEnter,
          losses: P.lossesToCulminate,
          days: P.entryDays,
        },
      ),
    ),
    words.text(h('h4'), () => t('Control (months)')),
    para(words, () =>
      t(
        'In each entered region, troops per 1,000 inhabitants (host security forces count at half weight) are compared with the requirement: the larger of what the population’s hostility requires and {lambda} security personnel per active resister. The ratio is the coverage. Covered regions see resistance shrink; short ones see it grow, which raises the requirement further, so the first months decide much. From month {rotation} on (a scenario input; this is the chosen scenario’s value) only a sustainable force may stay in the country. The control phase lasts {months} months.',
        {
          lambda: P.perResister,
          rotation: scenario.intervener.rotationMonth.value,
          months: P.controlMonths,
        },
      ),
    ),
  );
}

export function successSection(words: Wording): HTMLElement {
  return section(
    'about-success',
    () => t('When a run succeeds'),
    words,
    para(words, () => regionRuleWords(P)),
    h('ul', {}, ...(['country', 'capital', 'limited'] as const).map((objective) => words.text(h('li'), () => objectiveRuleWords(objective, P)))),
    para(words, () => t('The four classes a country run can end in:')),
    h('ul', { id: 'about-classes' }, ...OUTCOME_CLASSES.map((c) => words.text(h('li', { 'data-outcome': c }), () => `${tData(OUTCOME_WORDS[c])}: ${outcomeMeaning(c, 'country', P)}.`))),
    para(words, () =>
      t('The success rate on every screen is the share of runs that reach the objective: under the country objective, only “stabilized” counts ({share} of the population in stabilized regions, and the capital).', {
        share: pct(P.stabilizedPopulationShare),
      }),
    ),
  );
}

function table(words: Wording, caption: () => string, heads: (() => string)[], rows: HTMLElement[], id: string): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll' },
    h('table', { class: 'compact about-table', id }, words.text(h('caption'), caption), h('thead', {}, h('tr', {}, ...heads.map((head) => words.text(h('th', { scope: 'col' }), head)))), h('tbody', {}, ...rows)),
  );
}

export function numbersSection(scenario: Scenario, overrides: Record<string, number>, words: Wording): HTMLElement {
  // The scenario's own inputs; the advanced inputs (model constants) are in the second table.
  const inputRows = INPUTS.flatMap((spec) => {
    const sourced = sourcedAt(scenario, spec.path);
    if (!sourced || spec.path.startsWith(ADVANCED_PREFIX)) return [];
    const value = Object.hasOwn(overrides, spec.path) ? overrides[spec.path] : sourced.value;
    return [
      h(
        'tr',
        { 'data-path': spec.path },
        words.text(h('th', { scope: 'row' }), () => `${tData(spec.label)} (${spec.symbol})`),
        words.text(h('td'), () => num(value, spec.step)),
        words.text(h('td', { class: 'status' }), () => statusNow(sourced, value, spec.step)),
        words.text(h('td', { class: 'small' }), () => statusDetail(sourced)),
      ),
    ];
  });
  const constRows = constantRows(overrides).map((row) =>
    h(
      'tr',
      { 'data-constant': row.key },
      words.text(h('th', { scope: 'row' }), () => `${row.meaning()} (${row.symbol})`),
      words.text(h('td'), row.value),
      words.text(h('td', { class: 'status' }), () => statusWord(row.status)),
      words.text(h('td', { class: 'small' }), row.why),
    ),
  );
  const heads = [() => t('Number'), () => t('Value'), () => t('Status'), () => t('Source or reason')];
  return section(
    'about-numbers',
    () => t('Every number and its status'),
    words,
    para(words, () =>
      t(
        'Each number is published (a source gives it), derived (the project’s arithmetic on published figures) or a design choice (no published value exists; the reason is given). The same label appears on the set-up sliders, the handout, the tornado and the exports.',
      ),
    ),
    table(words, () => t('Scenario inputs: {title} (a student can change them)', { title: tData(scenario.title) }), heads, inputRows, 'about-inputs'),
    table(words, () => t('Model constants (the same for every scenario)'), heads, constRows, 'about-constants'),
  );
}

export function limitsSection(words: Wording): HTMLElement {
  const limits = [
    () => t('No negotiation or consent: a permissive entry can be represented only through low cohesion and low hostility.'),
    () => t('No outside help for the resistance, no sanctuaries, no allied local forces at entry.'),
    () => t('Distance, roads, ports and the sea are not in the model; country size matters only through how troops spread over regions.'),
    () => t('Defenders do not move between regions, and the militia does not fight at entry: it only seeds later resistance.'),
    () =>
      t(
        'Beyond the rotation cap, more troops buy only the first year: once the cap binds, the capped force plus host forces meet the requirement that hostility sets or they do not. For Venezuela, above a hostility of about 0.36 no troop level stabilizes the country.',
      ),
    () => t('Several constants have no published value (the design choices above). They are set once and never tuned to a case; the back-tests check that the same values give the historical outcomes.'),
    () => t('No politics, no time pressure, no casualties at home, no cost: the model says nothing about whether an invasion would be wise, legal or likely.'),
    () => t('The numbers are aggregate and dated: the population split uses the 2011 census, the defender figures are second-hand, and the militia’s effective strength is a judgment.'),
  ];
  return section('about-limits', () => t('Known limits: what the model cannot say'), words, h('ul', {}, ...limits.map((word) => words.text(h('li'), word))));
}

function cite(id: string): string {
  const source = SOURCES.find((s) => s.id === id);
  return source ? formatCitation(source, getLocale()) : id;
}

export function criticsSection(words: Wording): HTMLElement {
  const items = [
    () =>
      t(
        'Density rules may not predict success. Jeffrey Friedman studied 171 counterinsurgency campaigns and found that “conventional rules of thumb for force sizing, including the recommendation put forth in official US military doctrine, receive no empirical support”. {cite}',
        { cite: cite('friedman-2011') },
      ),
    () =>
      t('Density matters but is not enough. Steven Goode finds that forces sized to the population and to the insurgency matter: enough forces is “a necessary, but by no means sufficient, condition”. {cite}', { cite: cite('goode-2009') }),
    () => t('The 3:1 rule is not a law of combat. Joshua Epstein argued that the rule cannot be tested as stated and that war is dynamic: attackers and defenders adapt. {cite}', { cite: cite('epstein-1989') }),
    () =>
      t('Where the 3:1 rule comes from. The Dupuy Institute traced the Army’s three-to-one planning factor to a staff college manual, and reports that the tie-down ratios of counterinsurgency were disputed by practitioners. {cite}', {
        cite: `${cite('dupuy-institute-2019')} ${cite('dupuy-institute-2016')}`,
      }),
    () => t('The model takes the side of density in its structure (troops per 1,000 against a requirement) and keeps the objection as a limit: the requirement tiers are judgments, and hostility moves the result more than troops do.'),
  ];
  return section('about-critics', () => t('The critics'), words, h('ul', {}, ...items.map((word) => words.text(h('li'), word))));
}

function sourceItem(source: Source, words: Wording): HTMLElement {
  const text = document.createTextNode('');
  words.on(() => (text.data = formatCitation({ ...source, url: undefined }, getLocale())));
  return h('li', { id: `source-${source.id}`, 'data-source': source.id }, text, source.url ? ' ' : null, source.url ? h('a', { href: source.url, rel: 'noopener noreferrer', text: source.url }) : null);
}

export function sourcesSection(words: Wording): HTMLElement {
  return section(
    'about-sources',
    () => t('Sources'),
    words,
    para(words, () => t('Every published number, quote and claim card cites one of these sources by its id.')),
    h('ol', { class: 'about-sources' }, ...SOURCES.map((source) => sourceItem(source, words))),
  );
}
