// Only a source's exact words stand inside quotation marks (issue 11). Every string inside double
// quotation marks (straight or curly) in a shipped scenario's text, and every claim's and force
// marker's `quote`, is found word for word in a passage recorded for a source the same record cites
// (`passages` in src/model/sources*.ts), and every passage recorded for the seed articles the project
// was built from (the Financial Times report) is found word for word in those articles
// (../shared/seeds beside the repository, or $THRESHOLD_SEEDS; the check names where it looked).
// Curly and straight quotes, apostrophes and white space are normalised; "…", "..." and ". . ." mark
// a gap between pieces that are found separately.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isScenarioFileName } from '../../src/model/scenario-schema';
import { sourceById, SOURCES } from '../../src/model/sources';

const ROOT = resolve(__dirname, '../..');
/** Where the seed articles may be: $THRESHOLD_SEEDS, or ../shared/seeds beside this checkout or beside the repository it was cloned from. */
function seedCandidates(): string[] {
  const candidates = [process.env.THRESHOLD_SEEDS, resolve(ROOT, '../shared/seeds')];
  try {
    const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: ROOT, encoding: 'utf8' }).trim();
    if (origin && !/^[a-z]+:\/\//i.test(origin) && !origin.includes('@')) candidates.push(resolve(ROOT, origin, '../shared/seeds'));
  } catch {
    // Not a clone, or no git: the other places remain.
  }
  return candidates.filter((c): c is string => !!c);
}
const SEED_PLACES = seedCandidates();
const SEEDS = SEED_PLACES.find((dir) => existsSync(dir) && readdirSync(dir).some((n) => n.endsWith('.txt')));
/** Sources whose text is one of the seed articles: their recorded passages are checked against them. */
const SEEDED_SOURCES = ['ft-2025-10'];
const FILES = readdirSync(join(ROOT, 'scenarios')).filter(isScenarioFileName).sort();

/** Curly quotes and apostrophes made straight, dashes made hyphens, runs of white space one space. */
function normalise(text: string): string {
  return text
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The pieces of a quotation between its gap marks, each without the punctuation that joins it to a gap. */
function pieces(quote: string): string[] {
  return normalise(quote)
    .split(/…|\.\s?\.\s?\./)
    .map((p) => p.trim().replace(/^[\s,;:.]+|[\s,;:.]+$/g, ''))
    .filter((p) => p.length > 0);
}

/** The strings inside double quotation marks (straight or curly) of a text. */
function quotedStrings(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/"([^"]+)"|“([^”]+)”/g)) found.push((m[1] ?? m[2])!);
  return found;
}

/** Whether every piece of the quotation stands, in order or not, in one of the texts. */
function foundIn(quote: string, texts: readonly string[]): boolean {
  const normalised = texts.map(normalise);
  const parts = pieces(quote);
  return parts.length > 0 && parts.every((p) => normalised.some((t) => t.includes(p)));
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
interface Quotation {
  file: string;
  path: string;
  words: string;
  /** Source ids of the nearest record that cites (none: any recorded passage may hold the words). */
  cite: string[] | undefined;
}

/**
 * The model's own vocabulary, which texts may put in quotation marks as names (the outcome classes,
 * terrain classes and objectives of docs/model.md), not as anybody's words.
 */
const MODEL_TERMS = new Set(['stabilized', 'contested', 'failed', 'failed after entry', 'entry failed', 'entry-failed', 'open', 'mixed', 'urban', 'rugged', 'capital', 'country', 'limited', 'Design choice']);

const NOT_TEXT = new Set(['$schema', 'schema', 'id', 'kind', 'terrain', 'metric', 'op', 'asOf', 'date', 'frameClaim', 'region', 'objective', 'expected', 'cite']);

/** Every quotation of a scenario: the quoted strings of its texts, and each `quote` field whole. */
function quotations(file: string, data: Json): Quotation[] {
  const out: Quotation[] = [];
  const walk = (node: Json, path: string, cite: string[] | undefined): void => {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) walk(item, `${path}[${i}]`, cite);
    } else if (node && typeof node === 'object') {
      const own = Array.isArray(node.cite) ? (node.cite as string[]) : cite;
      for (const [key, value] of Object.entries(node)) {
        if (NOT_TEXT.has(key)) continue;
        const at = path ? `${path}.${key}` : key;
        if (key === 'quote' && typeof value === 'string') out.push({ file, path: at, words: value, cite: own });
        if (typeof value !== 'string') walk(value, at, own);
        else for (const words of quotedStrings(value)) if (!MODEL_TERMS.has(words)) out.push({ file, path: at, words, cite: own });
      }
    }
  };
  walk(data, '', undefined);
  return out;
}

function seedTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

/** The passages a quotation may come from: those of the sources its record cites (any source's when it cites none). */
function passagesFor(q: Quotation): string[] {
  const cited = q.cite ? q.cite.map((id) => sourceById(id)).filter((s) => s !== undefined) : SOURCES;
  return cited.flatMap((s) => s.passages ?? []);
}

describe('the matching rules', () => {
  it('normalises quotes, apostrophes and white space, and splits at gap marks', () => {
    expect(foundIn('“would be the absolute  minimum”', ['said that 50,000 US troops “would be the absolute minimum” needed'])).toBe(true);
    expect(foundIn("the planner's force", ['the planner’s force'])).toBe(true);
    expect(foundIn('About 10,000 troops … have been deployed. . . . experts said', ['About 10,000 troops, eight warships have been deployed to the region; experts said'])).toBe(true);
    expect(pieces('a ... b . . . c … d')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses words the source does not hold', () => {
    expect(foundIn('27,684 US troops in total', ['some 13,000 U.S. troops stationed there'])).toBe(false);
    expect(foundIn('would be the minimum', ['“would be the absolute minimum”'])).toBe(false);
  });

  it('finds the quoted strings of a text and every quote field', () => {
    expect(quotedStrings('Panama 1989 "with about 30,000 troops" and “no free chicken”')).toEqual(['with about 30,000 troops', 'no free chicken']);
    const found = quotations('x.json', { claims: [{ quote: 'a b', cite: ['ft-2025-10'], claim: 'c "d"' }] } as Json);
    expect(found.map((q) => [q.path, q.words, q.cite])).toEqual([
      ['claims[0].quote', 'a b', ['ft-2025-10']],
      ['claims[0].claim', 'd', ['ft-2025-10']],
    ]);
  });
});

describe('only exact words inside quotation marks, in every shipped scenario', () => {
  // The recorded passages are the seed article's own words: checked wherever the article is at hand
  // (this checkout, CI); elsewhere the check says where it looked and is skipped.
  it.runIf(SEEDS !== undefined)(`every passage recorded for a seed article is in that article (${SEEDS ?? 'not found'})`, () => {
    const seeds = seedTexts(SEEDS!);
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    let checked = 0;
    for (const id of SEEDED_SOURCES) {
      for (const passage of sourceById(id)?.passages ?? []) {
        expect(foundIn(passage, seeds), `${id}: "${passage}" is not in the seed articles`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });
  it.runIf(SEEDS === undefined)(`the seed articles were not found (looked in ${SEED_PLACES.join(', ')}): the passages stand as recorded`, () => {
    for (const id of SEEDED_SOURCES) expect(sourceById(id)?.passages?.length ?? 0).toBeGreaterThan(0);
  });

  const all = FILES.flatMap((file) => quotations(file, JSON.parse(readFileSync(join(ROOT, 'scenarios', file), 'utf8')) as Json));

  it('the scenarios quote their sources (the check has something to check)', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it.each(FILES)("%s: a quote field holds one speaker's words, with no quotation inside it (reported speech goes in `reported`)", (file) => {
    const nested = all.filter((q) => q.file === file && q.path.endsWith('.quote') && /"/.test(normalise(q.words))).map((q) => `${q.path}: ${q.words}`);
    expect(nested).toEqual([]);
  });

  it.each(FILES)('%s: every quoted string is found in a recorded passage of a source it cites', (file) => {
    const missing = all.filter((q) => q.file === file && !foundIn(q.words, passagesFor(q))).map((q) => `${q.path}: "${q.words}"`);
    expect(missing).toEqual([]);
  });
});
