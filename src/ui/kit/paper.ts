// The handout's paper: A4 or US Letter. The default follows the browser's language region: Letter
// where the Unicode CLDR paper-size data lists US-Letter (BZ CA CL CO CR GT MX NI PA PH PR SV US VE:
// en-US, en-CA, fr-CA, es-US, es-MX, es-CO, es-CL, es-VE, …), A4 everywhere else and when no language
// names a region ("es", "en"). A design choice: the browser tells the language, not the printer's
// tray, so the chooser beside "Print handout" lets a teacher change it. The choice is kept for the
// page's life on <html data-paper>, and the print stylesheet's named @page follows it (styles.css).
import { h } from '../dom';
import { t } from '../i18n';
import type { Wording } from './wording';

export type Paper = 'a4' | 'letter';

/** Regions whose paper is US Letter (CLDR supplemental data, paperSize US-Letter). */
export const LETTER_REGIONS: readonly string[] = ['BZ', 'CA', 'CL', 'CO', 'CR', 'GT', 'MX', 'NI', 'PA', 'PH', 'PR', 'SV', 'US', 'VE'];

/** The region of a language tag ("es-MX" → "MX", "zh-Hant-TW" → "TW", "es-419" → null), or null. */
function regionOf(tag: string): string | null {
  for (const part of tag.split(/[-_]/).slice(1)) if (/^[A-Za-z]{2}$/.test(part)) return part.toUpperCase();
  return null;
}

/** Letter when the first language tag that names a region names a Letter region; A4 otherwise. */
export function defaultPaper(languages: readonly string[]): Paper {
  for (const tag of languages) {
    const region = typeof tag === 'string' ? regionOf(tag) : null;
    if (region) return LETTER_REGIONS.includes(region) ? 'letter' : 'a4';
  }
  return 'a4';
}

/** The paper in effect: the one chosen on this page, else the browser's default. */
export function currentPaper(): Paper {
  const chosen = document.documentElement.dataset.paper;
  if (chosen === 'a4' || chosen === 'letter') return chosen;
  return defaultPaper(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));
}

export function setPaper(paper: Paper): void {
  document.documentElement.dataset.paper = paper;
}

/** The chooser shown beside "Print handout" (a label and a select, hidden in print with the buttons). */
export function paperChooser(words: Wording): HTMLElement {
  setPaper(currentPaper());
  const select = h(
    'select',
    { id: 'paper-size' },
    ...(['a4', 'letter'] as const).map((paper) => words.text(h('option', { value: paper, selected: paper === currentPaper() }), () => (paper === 'a4' ? t('A4 (most countries)') : t('Letter (US, Canada, Mexico…)')))),
  );
  select.addEventListener('change', () => setPaper(select.value === 'letter' ? 'letter' : 'a4'));
  return h(
    'label',
    { class: 'paper-choice', for: 'paper-size' },
    words.text(h('span'), () => t('Paper for the handout')),
    ' ',
    select,
  );
}
