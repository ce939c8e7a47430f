// A small, safe Markdown-to-DOM renderer for the project's own documents (the teacher guides): every
// node is built with createElement and textContent, never innerHTML, so nothing in the text can become
// markup. It knows what the guides use: headings, paragraphs, ordered and unordered lists, tables,
// block quotes, fenced code, HTML comments (dropped), and inline code, **bold**, *italic* and links.
// Links to web pages open as links; links to other repository files are shown as their text only.
import { slug } from '../../model/text-rules';

export interface MarkdownOptions {
  /** Added to every heading level (a guide's "#" becomes h(1 + shift)), so the page keeps one h1/h2. */
  headingShift?: number;
  /** Prefix of heading ids, so two documents on one page never share an id. */
  idPrefix?: string;
}

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'quote'; text: string }
  | { kind: 'code'; text: string };

const LIST_ITEM = /^\s{0,3}(?:[-*+]|(\d+)[.)])\s+(.*)$/;

function cells(line: string): string[] {
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return body.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

/** The document as blocks (pure: testable in node). */
export function parseBlocks(source: string): Block[] {
  const text = source.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?-->/g, '');
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let i = 0;
  const blank = (line: string | undefined) => line === undefined || line.trim() === '';
  while (i < lines.length) {
    const line = lines[i];
    if (blank(line)) {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
      i++;
      continue;
    }
    if (/^\s*```/.test(line)) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !/^\s*```/.test(lines[i])) body.push(lines[i++]);
      i++;
      blocks.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    if (/^\s*\|/.test(line) && i + 1 < lines.length && /^\s*\|?\s*:?-{2,}/.test(lines[i + 1])) {
      const head = cells(line);
      const rows: string[][] = [];
      i += 2;
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(cells(lines[i++]));
      blocks.push({ kind: 'table', head, rows });
      continue;
    }
    if (/^\s*>/.test(line)) {
      const body: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i])) body.push(lines[i++].replace(/^\s*>\s?/, ''));
      blocks.push({ kind: 'quote', text: body.join(' ') });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = item[1] !== undefined;
      const items: string[] = [];
      while (i < lines.length) {
        const next = LIST_ITEM.exec(lines[i]);
        if (next && (next[1] !== undefined) === ordered) {
          items.push(next[2]);
          i++;
        } else if (!blank(lines[i]) && /^\s{2,}\S/.test(lines[i]) && items.length) {
          items[items.length - 1] += ` ${lines[i].trim()}`;
          i++;
        } else if (blank(lines[i]) && LIST_ITEM.exec(lines[i + 1] ?? '') && (LIST_ITEM.exec(lines[i + 1])![1] !== undefined) === ordered) {
          i++;
        } else break;
      }
      blocks.push({ kind: 'list', ordered, items });
      continue;
    }
    const body: string[] = [];
    const ends = (next: string) => blank(next) || /^#{1,6}\s/.test(next) || /^\s*```/.test(next) || /^\s*[|>]/.test(next) || LIST_ITEM.test(next);
    do body.push(lines[i++].trim());
    while (i < lines.length && !ends(lines[i]));
    blocks.push({ kind: 'paragraph', text: body.join(' ') });
  }
  return blocks;
}

/** Inline text as nodes: `code`, **bold**, *italic* or _italic_, [text](url). */
export function inlineNodes(text: string): Node[] {
  const out: Node[] = [];
  const pattern = /`([^`]+)`|\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (at > last) out.push(document.createTextNode(text.slice(last, at)));
    if (m[1] !== undefined) {
      const code = document.createElement('code');
      code.textContent = m[1];
      out.push(code);
    } else if (m[2] !== undefined) {
      const strong = document.createElement('strong');
      strong.append(...inlineNodes(m[2]));
      out.push(strong);
    } else if (m[3] !== undefined) {
      const url = m[4];
      if (/^https?:\/\//i.test(url)) {
        const link = document.createElement('a');
        link.href = url;
        link.rel = 'noopener noreferrer';
        link.append(...inlineNodes(m[3]));
        out.push(link);
      } else {
        out.push(...inlineNodes(m[3]));
      }
    } else {
      const em = document.createElement('em');
      em.append(...inlineNodes(m[5] ?? m[6]));
      out.push(em);
    }
    last = at + m[0].length;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}

/** The document as DOM nodes. */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): Node[] {
  const shift = options.headingShift ?? 0;
  const prefix = options.idPrefix ?? 'md';
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
    const node = document.createElement(tag);
    if (text !== undefined) node.append(...inlineNodes(text));
    return node;
  };
  return parseBlocks(source).map((block): Node => {
    switch (block.kind) {
      case 'heading': {
        const level = Math.min(6, block.level + shift);
        const node = el(`h${level}` as 'h2', block.text);
        node.id = `${prefix}-${slug(block.text)}`;
        return node;
      }
      case 'paragraph':
        return el('p', block.text);
      case 'quote': {
        const quote = el('blockquote');
        quote.append(el('p', block.text));
        return quote;
      }
      case 'code': {
        const pre = el('pre');
        const code = el('code');
        code.textContent = block.text;
        pre.append(code);
        return pre;
      }
      case 'list': {
        const list = el(block.ordered ? 'ol' : 'ul');
        list.append(...block.items.map((item) => el('li', item)));
        return list;
      }
      case 'table': {
        const table = el('table');
        table.className = 'compact';
        const head = el('thead');
        const row = el('tr');
        for (const cell of block.head) {
          const th = el('th', cell);
          th.scope = 'col';
          row.append(th);
        }
        head.append(row);
        const body = el('tbody');
        for (const cellsOfRow of block.rows) {
          const tr = el('tr');
          tr.append(...cellsOfRow.map((cell) => el('td', cell)));
          body.append(tr);
        }
        table.append(head, body);
        const wrap = el('div');
        wrap.className = 'table-scroll';
        wrap.append(table);
        return wrap;
      }
      default:
        return document.createTextNode('');
    }
  });
}
