// Number and text formatting shared by the panels: plain words a class can read aloud.
import type { OutcomeClass, RegionStatus } from '../model/types';
import { formatInteger, formatPercent, getLocale } from './i18n';

/** Follows the page's language (10,000 in English, 10.000 in Spanish). */
export function int(value: number): string {
  return formatInteger(Math.round(value));
}

/** 0.423 → "42%"; small non-zero shares keep one decimal so 0.4% is not shown as 0%. */
export function pct(share: number, digits?: number): string {
  return formatPercent(share, digits);
}

/** A value with the precision its input step implies. */
export function num(value: number, step = 1): string {
  if (Number.isInteger(step) && step >= 1) return int(value);
  const decimals = Math.min(3, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
  const text = value.toFixed(decimals);
  // Spanish writes the decimal point as a comma (the set-up fields read it back with readNumber).
  return getLocale() === 'es' ? text.replace('.', ',') : text;
}

/**
 * A number typed in a field, in the page's language: "10,000" or "0.5" in English; "10.000", "0,5"
 * (and a plain "0.5") in Spanish. NaN when it is not a number.
 */
export function readNumber(input: string): number {
  let text = input.replace(/[\s_\u00a0\u202f]/g, '');
  if (getLocale() === 'es') {
    if (text.includes(',')) text = text.replace(/\./g, '').replace(',', '.');
    else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, '');
  } else {
    text = text.replace(/,/g, '');
  }
  return text === '' ? NaN : Number(text);
}

/** 12,500 → "12.5k" for tokens where space is short. */
export function compact(value: number): string {
  const v = Math.round(value);
  if (Math.abs(v) >= 1_000_000) return `${(v / 1_000_000).toFixed(1)}M`;
  if (Math.abs(v) >= 10_000) return `${Math.round(v / 1000)}k`;
  if (Math.abs(v) >= 1000) return `${(v / 1000).toFixed(1)}k`;
  return String(v);
}

export const OUTCOME_WORDS: Record<OutcomeClass, string> = {
  'entry-failed': 'entry failed',
  failed: 'failed after entry',
  contested: 'contested',
  stabilized: 'stabilized',
};

export const STATUS_WORDS: Record<RegionStatus, string> = {
  'not-entered': 'not entered',
  'being-entered': 'being entered',
  entered: 'entered',
  failed: 'failed',
  stabilized: 'stabilized',
  contested: 'contested',
};

/** Colours by region state; shared by the board, the legend and the debrief so they agree. */
export const STATUS_COLOURS: Record<RegionStatus, string> = {
  'not-entered': '#6b7079',
  'being-entered': '#946800',
  entered: '#2f6fb5',
  stabilized: '#2b7a4b',
  contested: '#8e44ad',
  failed: '#c0392b',
};

export const OUTCOME_COLOURS: Record<OutcomeClass, string> = {
  'entry-failed': '#6b6f76',
  failed: '#c0392b',
  contested: '#8e44ad',
  stabilized: '#2b7a4b',
};
