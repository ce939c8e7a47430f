// "How big is Venezuela?": Venezuela beside Panama and Grenada, people and area, drawn as
// proportional squares (a square's area is the figure), with every figure marked published (with its
// source) or derived (with what it is derived from), and a table as the text alternative. People come
// from the shipped scenario files (their published population totals); areas from the bibliography
// (CIA World Factbook totals, src/model/sources*.ts).
import type { Scenario } from '../../model/types';
import { sourceById } from '../../model/sources';
import { h, svg } from '../dom';
import { int, num } from '../format';
import { t, tData } from '../i18n';
import type { Wording } from '../kit/wording';

export interface CountrySize {
  name: string;
  /** The year the population figure describes. */
  year: string;
  people: number;
  peopleCite: string;
  /** The intervening force of the scenario (the back-tests' own figure; Venezuela's first rung). */
  troops: number;
  areaKm2: number;
  areaCite: string;
}

/** CIA World Factbook total areas, km² (published; the ids are bibliography entries). */
export const AREAS: Record<string, { km2: number; cite: string }> = {
  Venezuela: { km2: 912_050, cite: 'cia-factbook-venezuela' },
  Panama: { km2: 75_420, cite: 'cia-factbook-panama' },
  Grenada: { km2: 344, cite: 'cia-factbook-grenada' },
};

const FROM_SCENARIO: Record<string, string> = { Venezuela: 'venezuela-2025-buildup', Panama: 'panama-1989', Grenada: 'grenada-1983' };

/** The three countries, from the scenarios (people) and the bibliography (areas); null when a scenario is missing. */
export function countrySizes(scenarios: readonly Scenario[]): CountrySize[] | null {
  const out: CountrySize[] = [];
  for (const [name, id] of Object.entries(FROM_SCENARIO)) {
    const scenario = scenarios.find((s) => s.id === id);
    if (!scenario) return null;
    const total = scenario.population.total;
    out.push({ name, year: total.asOf?.slice(0, 4) ?? '', people: total.value, peopleCite: total.cite?.[0] ?? '', troops: scenario.intervener.troops.value, areaKm2: AREAS[name].km2, areaCite: AREAS[name].cite });
  }
  return out;
}

/** Side of the square for `value` when `largest` gets `side` pixels (area proportional to value). */
export function squareSide(value: number, largest: number, side: number): number {
  return largest > 0 ? side * Math.sqrt(value / largest) : 0;
}

const COLOURS = ['#2f5d8a', '#c77d1a', '#7a3e9d'];

function panel(sizes: readonly CountrySize[], pick: (c: CountrySize) => number, x0: number, title: string): SVGElement[] {
  const side = 130;
  const largest = Math.max(...sizes.map(pick));
  const parts: SVGElement[] = [svg('text', { x: x0, y: 16, 'font-size': 14, 'font-weight': 700, fill: 'currentColor' }, title)];
  let x = x0;
  sizes.forEach((c, i) => {
    const s = Math.max(1.5, squareSide(pick(c), largest, side));
    parts.push(svg('rect', { x, y: 26 + side - s, width: s, height: s, fill: COLOURS[i % COLOURS.length] }));
    parts.push(svg('text', { x, y: 26 + side + 17, 'font-size': 13, fill: 'currentColor' }, tData(c.name)));
    x += s + (i === 0 ? 10 : 14);
  });
  return parts;
}

function cited(id: string): string {
  const source = sourceById(id);
  return source ? `${source.outlet}${source.title ? `, ${source.title}` : ''}${source.date ? ` (${source.date})` : ''}` : id;
}

/** The section: the drawing (role img with a label) and the table of figures with their status. */
export function sizeComparison(sizes: readonly CountrySize[], words: Wording): HTMLElement {
  const [ven, ...others] = sizes;
  const drawing = svg('svg', { viewBox: '0 0 540 180', class: 'size-svg', role: 'img', 'font-family': 'sans-serif' }) as SVGSVGElement;
  const draw = () => drawing.replaceChildren(...panel(sizes, (c) => c.areaKm2, 4, t('Area (square = km²)')), ...panel(sizes, (c) => c.people, 274, t('People (square = inhabitants)')));
  words.on(draw);
  words.attr(drawing, 'aria-label', () =>
    t('Squares drawn to scale: Venezuela is {area} times the area of Panama and {people} times its people; Grenada is a dot beside them.', {
      area: num(ven.areaKm2 / others[0].areaKm2, 0.1),
      people: num(ven.people / others[0].people, 0.1),
    }),
  );
  const rows = sizes.map((c) =>
    h(
      'tr',
      { 'data-country': c.name },
      words.text(h('th', { scope: 'row' }), () => tData(c.name)),
      words.text(h('td', { 'data-area': String(c.areaKm2) }), () => int(c.areaKm2)),
      words.text(h('td', { 'data-people': String(c.people) }), () => `${int(c.people)} (${c.year})`),
    ),
  );
  const ratio = (value: number) => num(value, value >= 100 ? 1 : 0.1);
  const derived = others.map((c) =>
    words.text(h('li', { 'data-country': c.name }), () => t('Venezuela has {area}× the area of {country} and {people}× its people.', { area: ratio(ven.areaKm2 / c.areaKm2), country: tData(c.name), people: ratio(ven.people / c.people) })),
  );
  const sources = [...new Set(sizes.flatMap((c) => [c.areaCite, c.peopleCite]))];
  return h(
    'section',
    { class: 'panel size-compare', 'aria-labelledby': 'size-h', id: 'size-compare' },
    words.text(h('h3', { id: 'size-h' }), () => t('How big is Venezuela?')),
    words.text(h('p', { class: 'small' }), () =>
      t(
        'The back-tests: {panama} US troops in Panama in 1989 (published); {grenada} US and Caribbean troops in Grenada in 1983 (derived: about 7,300 US plus 353 of the Caribbean Peace Force). Each square below is drawn to scale: its area is the country’s area or its number of people.',
        {
          panama: int(others[0].troops),
          grenada: int(others[1].troops),
        },
      ),
    ),
    drawing,
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'compact size-table' },
        words.text(h('caption', { class: 'small' }), () => t('The figures behind the squares.')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            words.text(h('th', { scope: 'col' }), () => t('Country')),
            words.text(h('th', { scope: 'col' }), () => t('Area, km² (published)')),
            words.text(h('th', { scope: 'col' }), () => t('People (published)')),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
    words.text(h('p', { class: 'small' }), () => t('Derived (one published figure divided by the other):')),
    h('ul', { class: 'small size-ratios' }, ...derived),
    words.text(h('p', { class: 'small muted', id: 'size-sources' }), () => t('Sources: {sources}. Areas: total area; people: the population total of each scenario file, in the year shown.', { sources: sources.map(cited).join('; ') })),
  );
}
