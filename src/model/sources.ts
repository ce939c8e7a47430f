// The bibliography of Threshold: every published source a scenario value, claim card or marker cites,
// kept once and referenced by id (a Sourced record's `cite`, a claim's or marker's `cite`). A citation
// is plain text built from the record (formatCitation); docs/sources.md is written from this list by
// `npm run sources` (scripts/write-sources.ts) and checked up to date by tests/model/sources.test.ts.
// Design choices are not sources: they cite a section of docs/model.md instead.
//
// Only what the source material gives is recorded: no invented titles, authors or URLs. Where a
// figure was read second-hand, `note` says through whom.

import type { Source } from './source-types';
import { SOURCES_CASES_A } from './sources-cases-a';
import { SOURCES_CASES_B } from './sources-cases-b';
import { SOURCES_CASES_C } from './sources-cases-c';
import { SOURCES_HISTORY } from './sources-history';
import { SOURCES_STUDIES } from './sources-studies';
import { SOURCES_VENEZUELA } from './sources-venezuela';

export { SOURCE_KINDS, type Source, type SourceKind } from './source-types';

/** Every source, kept in files by subject: add a new one to the file of its subject. */
export const SOURCES: readonly Source[] = [...SOURCES_VENEZUELA, ...SOURCES_HISTORY, ...SOURCES_CASES_A, ...SOURCES_CASES_B, ...SOURCES_CASES_C, ...SOURCES_STUDIES];

const BY_ID = new Map(SOURCES.map((s) => [s.id, s]));

/** The source with this id, or undefined. */
export function sourceById(id: string): Source | undefined {
  return BY_ID.get(id);
}

/** Every source id, in catalogue order. */
export const SOURCE_IDS: readonly string[] = SOURCES.map((s) => s.id);

const MONTHS: Record<string, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/** "2025-10" → "October 2025", "2003-09-03" → "3 September 2003" (Spanish: "3 de septiembre de 2003"); no date → "n.d." ("s. f."). */
export function formatSourceDate(date: string | undefined, locale = 'en'): string {
  if (!date) return locale.startsWith('es') ? 's. f.' : 'n.d.';
  const months = MONTHS[locale.slice(0, 2)] ?? MONTHS.en!;
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const name = months[Number(month) - 1] ?? month;
  const es = months === MONTHS.es;
  if (!day) return es ? `${name} de ${year}` : `${name} ${year}`;
  return es ? `${Number(day)} de ${name} de ${year}` : `${Number(day)} ${name} ${year}`;
}

/** Plain-text citation: "Author, Title, Outlet, date. URL" (absent parts left out). */
export function formatCitation(source: Source, locale = 'en'): string {
  const parts = [source.author, source.title, source.outlet, formatSourceDate(source.date, locale)].filter((p): p is string => !!p);
  // One full stop after the date, also when the date is an abbreviation that ends in one ("n.d.").
  const text = parts.join(', ');
  return `${text}${text.endsWith('.') ? '' : '.'}${source.url ? ` ${source.url}` : ''}`;
}
