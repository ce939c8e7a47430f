// One way to say what kind of number a value is, on every screen and in every export: published (with
// its source), derived (with what it is derived from) or a design choice (with its reason), through
// the model's statusOf. A value the student changed says so and names the scenario's value and its
// kind: "changed (design choice: 0.30)", never "published" for a number nobody published.
import { sourceById, formatCitation } from '../../model/sources';
import { statusOf, type ValueStatus } from '../../model/status';
import type { Sourced } from '../../model/types';
import { num } from '../format';
import { formatDate, getLocale, t, tData } from '../i18n';

export type { ValueStatus };

/** The record fields the label reads (a scenario's Sourced, or a model constant's own record). */
export type StatusSource = Pick<Sourced, 'value' | 'source' | 'asOf'> & { status?: ValueStatus; cite?: unknown; range?: readonly number[] };

/** The status of a record (the model's one rule). */
export function statusKind(sourced: StatusSource): ValueStatus {
  return statusOf(sourced);
}

/** "published", "derived" or "design choice" in the page's language. */
export function statusWord(status: ValueStatus): string {
  switch (status) {
    case 'published':
      return t('published');
    case 'derived':
      return t('derived');
    case 'design':
      return t('design choice');
  }
}

/** True when `current` differs from the scenario's value. */
export function isChanged(sourced: StatusSource, current: number | undefined): boolean {
  return current !== undefined && Math.abs(current - sourced.value) > 1e-12;
}

/**
 * The short label beside a value: its status with the scenario's value ("design choice 0.30"), or,
 * when the student changed it, "changed (design choice: 0.30)".
 */
export function statusLabel(sourced: StatusSource, current?: number, step = 1): string {
  const word = statusWord(statusKind(sourced));
  const value = num(sourced.value, step);
  return isChanged(sourced, current) ? t('changed ({status}: {value})', { status: word, value }) : `${word} ${value}`;
}

/** The status of a value as set now, without a number: "published" or "changed (design choice: 0.30)". */
export function statusNow(sourced: StatusSource, current?: number, step = 1): string {
  return isChanged(sourced, current) ? statusLabel(sourced, current, step) : statusWord(statusKind(sourced));
}

/** The bibliographic citations of a record's `cite` ids (one id or a list), or [] when it has none. */
export function citations(sourced: StatusSource): string[] {
  const ids = Array.isArray(sourced.cite) ? sourced.cite : typeof sourced.cite === 'string' ? [sourced.cite] : [];
  return ids.flatMap((id) => {
    const found = typeof id === 'string' ? sourceById(id) : undefined;
    return found ? [formatCitation(found, getLocale())] : [];
  });
}

/**
 * Where the value comes from, in one sentence: "Published: <source> (as of <date>)." / "Derived:
 * <what from>." / "Design choice: <reason>." The record's source text is shown as written (a design
 * choice's text already gives its reason), followed by the bibliographic citations it cites.
 */
export function statusDetail(sourced: StatusSource): string {
  const status = statusKind(sourced);
  const cited = citations(sourced);
  // The record's own words in the page's language where the catalogue has them (src/ui/locales/es-sources.ts).
  const text = tData(sourced.source.replace(/^\s*design choice\s*[:.,;-]?\s*/i, '').trim());
  const body = [text, ...cited.filter((c) => !text.includes(c))].filter(Boolean).join(' ');
  const date = formatDate(sourced.asOf);
  switch (status) {
    case 'published':
      return t('Published: {source} (as of {date}).', { source: body, date });
    case 'derived':
      return t('Derived: {source} (as of {date}).', { source: body, date });
    case 'design':
      return t('Design choice: {reason}', { reason: body });
  }
}

/** The kind of a range (the engine's SensitivityBar.rangeKind), for the tornado and the analysis inputs. */
export type RangeKind = 'published' | 'derived' | 'design' | 'assumed ±50%';

/**
 * Where a tornado range comes from: a published, derived or design range (the record's own status),
 * or ±50% assumed where the record gives none.
 */
export function rangeWord(kind: RangeKind): string {
  switch (kind) {
    case 'published':
      return t('published range');
    case 'derived':
      return t('derived range');
    case 'design':
      return t('design range');
    default:
      return t('assumed ±50% (no range given)');
  }
}
