// The attribution line under every quote card: bibliographic citations from the catalogue, each once,
// with one full stop between and at the end, and no outlet named twice when it is also the speaker.
import { describe, expect, it } from 'vitest';
import { formatCitation, SOURCES, sourceById } from '../../src/model/sources';
import { attribution, citationText } from '../../src/ui/kit/source-words';

describe('citations on cards', () => {
  it('cites the catalogue entries by id, without doubled full stops', () => {
    const two = citationText(['ft-2025-10', 'army-news-2014-12-04'], 'fallback');
    expect(two.startsWith('Financial Times, October 2025; ')).toBe(true);
    expect(two).not.toMatch(/\.\s*;|\.\.(?!\.)/);
    for (const source of SOURCES) expect(formatCitation(source), source.id).not.toMatch(/\.\.$|\.\. /);
  });

  it("falls back to the record's own source text when it cites nothing known", () => {
    expect(citationText(undefined, 'Design choice (docs/model.md §5)')).toBe('Design choice (docs/model.md §5)');
    expect(citationText(['no-such-source'], 'text')).toBe('text');
  });

  it('does not name an outlet twice when it is both the speaker and the source', () => {
    expect(attribution('Financial Times', 'October 2025', ['ft-2025-10'], '')).toBe(formatCitation(sourceById('ft-2025-10')!));
    expect(attribution('Mark Cancian, a former Pentagon official', 'October 2025', ['ft-2025-10'], '')).toBe('Mark Cancian, a former Pentagon official, October 2025. Financial Times, October 2025.');
  });
});
