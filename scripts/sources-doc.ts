// The text of docs/sources.md, written from the bibliography (src/model/sources.ts) by
// `npm run sources` (scripts/write-sources.ts); tests/model/citations.test.ts fails while the file is
// out of date.
import { formatCitation, SOURCE_KINDS, SOURCES, type SourceKind } from '../src/model/sources';

const HEADINGS: Record<SourceKind, string> = {
  news: 'News reports',
  study: 'Studies and articles',
  data: 'Data sets',
  official: 'Official documents',
  book: 'Books',
  reference: 'Reference works and compilations',
};

export function sourcesMarkdown(): string {
  const out = [
    '# Sources',
    '',
    '<!-- Written by `npm run sources` from src/model/sources.ts; do not edit by hand. -->',
    '',
    'Every published or derived number in the scenario files, every claim card and every force marker on',
    'the charts cites the sources below by their id (the `cite` field of the scenario format). A design',
    'choice cites no source of its own: it names the section of [the model](model.md) that gives its reason.',
    'Where the project read a source second-hand, the note says through whom. Only the exact words of a',
    'source stand inside quotation marks.',
    '',
  ];
  for (const kind of SOURCE_KINDS) {
    const list = SOURCES.filter((s) => s.kind === kind).sort((a, b) => a.id.localeCompare(b.id));
    if (!list.length) continue;
    out.push(`## ${HEADINGS[kind]}`, '');
    for (const source of list) {
      out.push(`- \`${source.id}\`: ${formatCitation(source)}${source.note ? ` ${source.note}` : ''}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
