// Who said what, and where: the same on every card that shows a source's words (the debrief's claim
// cards, the analysis screen's quote cards). Only a source's exact words stand inside quotation
// marks; an article's reported speech is shown as reported speech (its own text keeps the speaker's
// exact words in their marks); the project's own sentence (a marker's `says`) has no marks at all;
// and the source is a bibliographic citation from the catalogue (src/model/sources.ts).
import { formatCitation, sourceById } from '../../model/sources';
import { h } from '../dom';
import { getLocale, t, tData } from '../i18n';

interface Words {
  quote?: string;
  reported?: string;
  says?: string;
}

/** The words block: “quote”, then the reported speech, or the project's own sentence. */
export function wordsNodes(words: Words): HTMLElement[] {
  const nodes: HTMLElement[] = [];
  if (words.quote) nodes.push(h('blockquote', { text: `“${words.quote}”` }));
  if (words.reported) nodes.push(h('p', { class: 'reported small', text: t('As reported: {text}', { text: words.reported }) }));
  if (!words.quote && words.says) nodes.push(h('p', { class: 'says', text: tData(words.says) }));
  return nodes;
}

/** The citations of a record: each cited source from the catalogue, else the record's own source text. */
export function citationText(cite: readonly string[] | undefined, source: string): string {
  const found = (cite ?? []).map((id) => sourceById(id)).filter((s) => s !== undefined);
  if (found.length === 0) return tData(source);
  // Several citations in one line: each without its closing full stop, joined, then one full stop
  // at the end unless the last one ends with its URL.
  const parts = found.map((s) => formatCitation(s, getLocale()));
  const last = parts[parts.length - 1];
  return `${parts.map((p) => p.replace(/\.$/, '')).join('; ')}${last.endsWith('.') ? '.' : ''}`;
}

/** "Who, date. Citation", without saying twice an outlet that is both the speaker and the source. */
export function attribution(who: string, date: string | null, cite: readonly string[] | undefined, source: string): string {
  const citation = citationText(cite, source);
  if (citation.startsWith(who)) return citation;
  // The speaker in the page's language where the catalogue has it (src/ui/locales/es-claims.ts).
  const speaker = tData(who);
  return date ? `${speaker}, ${date}. ${citation}` : `${speaker}. ${citation}`;
}
