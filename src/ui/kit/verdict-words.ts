// A claim's verdict in words, the same on every screen that shows one (the debrief's cards, the
// analysis screen's quote cards, the handout): the headline across the declared input ranges, the
// point verdict at the current inputs, and, when it depends, each input that flips it with the
// verdict at both ends and an estimate of where it changes.
import type { ClaimFlip, ClaimVerdict, RangeVerdict, Verdict } from '../../model/types';
import { int, num } from '../format';
import { t, tData } from '../i18n';

/** The headline verdict as a badge word ('not testable' gets no badge: see verdictBadgeClass). */
export function verdictWord(verdict: RangeVerdict): string {
  switch (verdict) {
    case 'agrees':
      return t('agrees');
    case 'disagrees':
      return t('disagrees');
    case 'depends':
      return t('depends on the inputs');
    case 'not-testable':
      return t('not testable by this model');
  }
}

function pointWord(verdict: Verdict): string {
  return verdict === 'agrees' ? t('agrees') : t('disagrees');
}

/** An input's value as its range shows it: shares and factors with two decimals, counts whole. */
export function inputValue(value: number): string {
  return Math.abs(value) < 10 && !Number.isInteger(value) ? num(value, 0.01) : int(value);
}

/** One input that flips the verdict, e.g. "Hostility (g): agrees at 0.20, disagrees at 0.40; it changes near 0.35". */
export function flipSentence(flip: ClaimFlip): string {
  return t('{label} ({symbol}): {atLow} at {low}, {atHigh} at {high}; it changes near {at}', {
    label: tData(flip.label),
    symbol: flip.symbol,
    atLow: pointWord(flip.atLow),
    low: inputValue(flip.low),
    atHigh: pointWord(flip.atHigh),
    high: inputValue(flip.high),
    at: inputValue(flip.flipsAt),
  });
}

/** The verdict across the ranges in one or two sentences. */
export function rangeSentence(v: ClaimVerdict): string {
  if (!v.testable) return t('No verdict on the quote: the figures below are what the model checks instead.');
  if (!v.range) return t('At the current inputs the model {verdict}.', { verdict: pointWord(v.pointVerdict) });
  const { range } = v;
  if (range.flips.length === 0) {
    return t('The model {verdict} at the current inputs and at both ends of every declared input range ({count} inputs, {runs} runs at each end).', {
      verdict: pointWord(v.pointVerdict),
      count: int(range.examined.length),
      runs: int(range.runs),
    });
  }
  return t('At the current inputs the model {verdict}, but the verdict flips inside a declared range: {flips}. (Where it changes is an estimate between the values the model ran.)', {
    verdict: pointWord(v.pointVerdict),
    flips: range.flips.map(flipSentence).join('; '),
  });
}
