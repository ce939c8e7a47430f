// The About page's Markdown reader (src/ui/about/markdown.ts) on the teacher guides it shows: every
// heading, table and list is found, comments are dropped, and markup in the text stays text (the
// renderer builds nodes with textContent only; the browser test checks the page).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/ui/about/markdown';

for (const file of ['docs/teacher-guide.md', 'docs/teacher-guide.es.md']) {
  describe(file, () => {
    const text = readFileSync(file, 'utf8');
    const blocks = parseBlocks(text);
    it('finds every heading, table row and list of the file', () => {
      const headings = text.split('\n').filter((l) => /^#{1,6}\s/.test(l)).length;
      expect(blocks.filter((b) => b.kind === 'heading').length).toBe(headings);
      const tableLines = text.split('\n').filter((l) => /^\|/.test(l)).length;
      const tables = blocks.filter((b) => b.kind === 'table');
      expect(tables.reduce((n, b) => n + (b.kind === 'table' ? b.rows.length + 2 : 0), 0)).toBe(tableLines);
      expect(blocks.some((b) => b.kind === 'list' && b.ordered)).toBe(true);
    });
    it('drops the HTML comments and leaves no block empty', () => {
      expect(JSON.stringify(blocks)).not.toContain('<!--');
      expect(blocks.every((b) => (b.kind === 'list' ? b.items.every((i) => i.trim()) : b.kind === 'table' ? b.head.length > 1 : b.text.trim()))).toBe(true);
    });
  });
}

it('keeps markup as text and reads lists, quotes and fences', () => {
  const blocks = parseBlocks('# T\n\nA <script>x</script> b\n\n- one\n- two\n  more\n\n1. a\n2. b\n\n> quoted\n\n```\ncode <b>\n```\n');
  expect(blocks).toEqual([
    { kind: 'heading', level: 1, text: 'T' },
    { kind: 'paragraph', text: 'A <script>x</script> b' },
    { kind: 'list', ordered: false, items: ['one', 'two more'] },
    { kind: 'list', ordered: true, items: ['a', 'b'] },
    { kind: 'quote', text: 'quoted' },
    { kind: 'code', text: 'code <b>' },
  ]);
});
