// The teacher guide inside the app: docs/teacher-guide.md or docs/teacher-guide.es.md, whichever
// matches the page's language, loaded on demand (its own chunk, so the first screen does not pay for
// it) and drawn by the safe Markdown renderer (markdown.ts: nodes built with textContent only).
import type { Locale } from '../i18n';
import { renderMarkdown } from './markdown';

const LOADERS: Record<Locale, () => Promise<string>> = {
  en: () => import('../../../docs/teacher-guide.md?raw').then((m) => m.default),
  es: () => import('../../../docs/teacher-guide.es.md?raw').then((m) => m.default),
};

/** The guide's nodes for a language: its own headings start one level below the section's h3. */
export async function guideNodes(locale: Locale): Promise<Node[]> {
  const text = await LOADERS[locale]();
  return renderMarkdown(text, { headingShift: 3, idPrefix: `guide-${locale}` });
}
