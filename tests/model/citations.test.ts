// Real citations and a status on every value (issue 11). Users have only the repository, so no shipped
// text cites a file beside it (the seed articles, the reference notes). Every number of a shipped
// scenario says whether it is published, derived or a design choice; published and derived numbers
// cite sources of the bibliography (src/model/sources.ts, listed in docs/sources.md), design choices
// name the docs/model.md section that gives their reason; claim cards and chart markers cite their
// sources, and a card carries the date of the words it quotes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourcesMarkdown } from '../../scripts/sources-doc';
import { isScenarioFileName } from '../../src/model/scenario-schema';
import { sourceById, SOURCES } from '../../src/model/sources';
import { STATUSES, statusOf } from '../../src/model/status';

const ROOT = resolve(__dirname, '../..');
const SCENARIO_FILES = readdirSync(join(ROOT, 'scenarios')).filter(isScenarioFileName).sort();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Everything a user of the repository gets to read: the app's source and catalogues, the scenarios, the docs. */
const SHIPPED = [
  ...filesUnder(join(ROOT, 'src')),
  ...readdirSync(join(ROOT, 'scenarios')).map((name) => join(ROOT, 'scenarios', name)),
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(ROOT, 'docs', name)),
  join(ROOT, 'README.md'),
  join(ROOT, 'index.html'),
];

const MODEL_DOC = readFileSync(join(ROOT, 'docs/model.md'), 'utf8');
/** The section numbers of docs/model.md ("7a", "11"), from its headings. */
const SECTIONS = new Set([...MODEL_DOC.matchAll(/^#{2,3} (\d+[a-z]?)\. /gm)].map((m) => m[1]!));

/** Files beside the repository that shipped text used to cite, and any relative path leaving it. */
const OUTSIDE: readonly [string, RegExp][] = [
  ['shared/', /shared\//],
  ['seeds/', /seeds\//],
  ['a reference note', /\breference\/(figures|model|regions|anchors)\.md/],
  ['a reference note by name', /(?<![\w/])(figures|regions|anchors)\.md\b/],
  // A seed text's file name (e.g. 003_26e89d13409e1247.txt); the app's own downloads ("…-result-code.txt") are not citations.
  ['a .txt file', /\b\d{3}_[0-9a-f]{8,}\.txt\b/],
];

/** Problems of one text: a named outside file, or a "../" path that leaves the repository. */
function outsidePaths(file: string, text: string): string[] {
  const found = OUTSIDE.filter(([, re]) => re.test(text)).map(([what]) => what);
  // "../" is fine where it stays inside the repository (module imports); not where it leaves it.
  for (const m of text.matchAll(/(?:\.\.\/)+[\w.@/-]*/g)) {
    if (relative(ROOT, resolve(dirname(file), m[0])).startsWith('..')) found.push(`"${m[0]}" leaves the repository`);
  }
  // A bare "model.md §N" in the source or the scenarios must be a section of docs/model.md (the
  // unshipped reference design numbered its sections differently).
  if (!file.endsWith('.md')) {
    for (const m of text.matchAll(/(?<![\w/])model\.md §(\d+[a-z]?)/g)) if (!SECTIONS.has(m[1]!)) found.push(`model.md §${m[1]} is not a section of docs/model.md`);
  }
  return found;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };
const load = (file: string): Obj => JSON.parse(readFileSync(join(ROOT, 'scenarios', file), 'utf8')) as Obj;

/** Every Sourced record of a scenario with its path (a record with value, source and asOf). */
function sourcedRecords(data: Json, path = ''): { path: string; record: Obj }[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => sourcedRecords(item, `${path}[${i}]`));
  if (!data || typeof data !== 'object') return [];
  if ('value' in data && 'source' in data && 'asOf' in data) return [{ path, record: data }];
  return Object.entries(data).flatMap(([key, value]) => sourcedRecords(value, path ? `${path}.${key}` : key));
}

/** The docs/model.md sections a text names ("docs/model.md §7a" → ["7a"]). */
function modelSections(text: string): string[] {
  return [...text.matchAll(/docs\/model\.md §(\d+[a-z]?)/g)].map((m) => m[1]!);
}

/** Values with no published value in any scenario: never labelled published or derived. */
const DESIGN_INPUTS = ['population.hostility', 'intervener.quality', 'intervener.qualitySpread', 'defender.cohesion', 'defender.capitalShare', 'defender.mastery'];
/** And for Venezuela also these (a back-test may have a published figure for them, e.g. Haiti's army and police). */
const VENEZUELA_DESIGN_INPUTS = ['defender.militia', 'host.preWarForces', 'host.retained'];
const VENEZUELA = SCENARIO_FILES.filter((f) => f.startsWith('venezuela-'));

describe('no shipped text cites a file outside the repository', () => {
  it('the check sees the whole of src, the scenarios, the docs, README.md and index.html', () => {
    expect(SHIPPED.length).toBeGreaterThan(100);
    expect(SHIPPED.some((f) => f.includes('/locales/es'))).toBe(true);
  });

  it('the check finds each kind of outside path, and lets imports inside the repository pass', () => {
    const src = join(ROOT, 'src/engine/plan.ts');
    expect(outsidePaths(src, 'Financial Times (shared/seeds/003_26e89d13409e1247.txt)')).toEqual(['shared/', 'seeds/', 'a .txt file']);
    expect(outsidePaths(src, 'figures.md §2a; shared/reference/model.md §4')).toEqual(['shared/', 'a reference note', 'a reference note by name']);
    expect(outsidePaths(src, 'Phase A (model.md §2b)')).toEqual(['model.md §2b is not a section of docs/model.md']);
    expect(outsidePaths(src, 'constants (model.md §7b)')).toEqual([]);
    expect(outsidePaths(src, "import { x } from '../model/types'; see docs/model.md §5")).toEqual([]);
    expect(outsidePaths(src, "read '../../../shared/x'")).toEqual(['shared/', '"../../../shared/x" leaves the repository']);
  });

  it.each(SHIPPED.map((f) => relative(ROOT, f)))('%s', (file) => {
    expect(outsidePaths(join(ROOT, file), readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });
});

describe('every value of a shipped scenario says what it is', () => {
  const records = SCENARIO_FILES.flatMap((file) => sourcedRecords(load(file)).map((r) => ({ file, ...r })));

  it('finds the Sourced records (regions included)', () => {
    expect(records.length).toBeGreaterThan(SCENARIO_FILES.length * 15);
  });

  it('every record has an explicit status', () => {
    const missing = records.filter((r) => !STATUSES.includes(r.record.status as never)).map((r) => `${r.file}: ${r.path}`);
    expect(missing).toEqual([]);
  });

  it('a published or derived value cites at least one source of the bibliography, and is not worded as a design choice', () => {
    const bad = records
      .filter((r) => r.record.status === 'published' || r.record.status === 'derived')
      .filter((r) => {
        const cite = r.record.cite;
        return !Array.isArray(cite) || cite.length === 0 || !cite.every((id) => typeof id === 'string' && sourceById(id)) || /^\s*design choice/i.test(String(r.record.source));
      })
      .map((r) => `${r.file}: ${r.path}`);
    expect(bad).toEqual([]);
  });

  it('a design choice says so and names a docs/model.md section that exists', () => {
    expect(SECTIONS.has('7a') && SECTIONS.has('13')).toBe(true);
    const bad = records
      .filter((r) => r.record.status === 'design')
      .filter((r) => {
        const text = `${r.record.source} ${r.record.note ?? ''}`;
        const sections = modelSections(text);
        return !/^Design choice/.test(String(r.record.source)) || sections.length === 0 || !sections.every((s) => SECTIONS.has(s));
      })
      .map((r) => `${r.file}: ${r.path}: ${String(r.record.source).slice(0, 60)}`);
    expect(bad).toEqual([]);
  });

  it('every docs/model.md section any scenario text names exists', () => {
    const bad = SCENARIO_FILES.flatMap((file) =>
      modelSections(readFileSync(join(ROOT, 'scenarios', file), 'utf8'))
        .filter((s) => !SECTIONS.has(s))
        .map((s) => `${file}: §${s}`),
    );
    expect(bad).toEqual([]);
  });

  it.each([...DESIGN_INPUTS.map((path) => [path, SCENARIO_FILES] as const), ...VENEZUELA_DESIGN_INPUTS.map((path) => [path, VENEZUELA] as const)])('%s is a design choice, never labelled published (%j)', (path, files) => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    const labels = files.map((file) => {
      const record = sourcedRecords(load(file)).find((r) => r.path === path)?.record;
      return `${file}: ${record ? `${record.status} (statusOf: ${statusOf(record as never)})` : 'absent'}`;
    });
    expect(labels).toEqual(files.map((file) => `${file}: design (statusOf: design)`));
  });
});

describe('claim cards and chart markers cite their sources', () => {
  const cards = SCENARIO_FILES.flatMap((file) => ((load(file).claims ?? []) as Obj[]).map((card) => ({ file, card })));
  const markers = SCENARIO_FILES.flatMap((file) => ((load(file).referenceForces ?? []) as Obj[]).map((marker) => ({ file, marker })));

  it('every card and marker cites at least one source', () => {
    const uncited = [...cards.map((c) => ({ file: c.file, item: c.card })), ...markers.map((m) => ({ file: m.file, item: m.marker }))]
      .filter(({ item }) => !Array.isArray(item.cite) || item.cite.length === 0)
      .map(({ file, item }) => `${file}: ${item.id}`);
    expect(cards.length + markers.length).toBeGreaterThan(20);
    expect(uncited).toEqual([]);
  });

  it("a card's date is the date of the words it quotes: the date of a source it cites", () => {
    const compatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
    const bad = cards
      .filter(
        ({ card }) =>
          !((card.cite ?? []) as string[]).some((id) => {
            const date = sourceById(id)?.date;
            return date !== undefined && compatible(String(card.date), date);
          }),
      )
      .map(({ file, card }) => `${file}: ${card.id} dated ${card.date}`);
    expect(bad).toEqual([]);
  });

  it('a marker shows either exact words (quote) or its own sentence (says)', () => {
    const bad = markers.filter(({ marker }) => typeof marker.quote !== 'string' && typeof marker.says !== 'string').map(({ file, marker }) => `${file}: ${marker.id}`);
    expect(bad).toEqual([]);
  });
});

describe('the bibliography', () => {
  it('ids are distinct kebab-case, and every source has an outlet', () => {
    const ids = SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SOURCES) {
      expect(s.id, s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.outlet.trim(), s.id).not.toBe('');
      if (s.date !== undefined) expect(s.date, s.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      if (s.url !== undefined) expect(s.url, s.id).toMatch(/^https?:\/\/\S+$/);
    }
  });

  it('every source is cited by a shipped scenario or listed in docs/sources.md', () => {
    const cited = new Set(SCENARIO_FILES.flatMap((file) => [...readFileSync(join(ROOT, 'scenarios', file), 'utf8').matchAll(/"([a-z0-9-]+)"/g)].map((m) => m[1]!)));
    const listed = readFileSync(join(ROOT, 'docs/sources.md'), 'utf8');
    expect(SOURCES.filter((s) => !cited.has(s.id) && !listed.includes(`\`${s.id}\``)).map((s) => s.id)).toEqual([]);
  });

  it("docs/sources.md is the bibliography's (after changing src/model/sources*.ts, run `npm run sources`)", () => {
    expect(readFileSync(join(ROOT, 'docs/sources.md'), 'utf8')).toBe(sourcesMarkdown());
  });
});
