// The size rule of src/: no .ts file is longer than 300 lines, so each stays one readable module with
// one purpose. A file that outgrows it is split into cohesive modules (the original can stay as the
// entry that re-exports them, so importers need no change). The only exceptions are the files of the
// allow-list below. The locale catalogues under src/ui/locales are held to the rule too: they are
// all under the limit, so none needs an exemption.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const MAX_LINES = 300;

/** Files allowed over the limit (paths from the repository root). */
const ALLOWED: readonly string[] = [];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Lines of a text as `wc -l` counts them, plus a last line with no newline after it. */
function lineCount(text: string): number {
  if (text === '') return 0;
  const breaks = text.split('\n').length - 1;
  return text.endsWith('\n') ? breaks : breaks + 1;
}

/** "path: n lines" for each file over the limit that the allow-list does not name. */
function overLimit(files: ReadonlyArray<{ path: string; lines: number }>, allowed: readonly string[]): string[] {
  return files.filter((f) => f.lines > MAX_LINES && !allowed.includes(f.path)).map((f) => `${f.path}: ${f.lines} lines`);
}

describe(`source file size, every .ts file of src/ (at most ${MAX_LINES} lines)`, () => {
  const files = tsFiles(join(ROOT, 'src')).map((file) => ({
    path: relative(ROOT, file).replace(/\\/g, '/'),
    lines: lineCount(readFileSync(file, 'utf8')),
  }));

  it(`every file has at most ${MAX_LINES} lines, except the allow-listed ones`, () => {
    expect(files.length).toBeGreaterThan(100);
    expect(overLimit(files, ALLOWED)).toEqual([]);
  });

  it('the allow-list names only files that still exceed the limit (a finished split leaves it)', () => {
    const stale = ALLOWED.filter((path) => (files.find((f) => f.path === path)?.lines ?? 0) <= MAX_LINES);
    expect(stale).toEqual([]);
  });

  it('the check catches what it is meant to catch', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount(`${'x\n'.repeat(MAX_LINES)}`)).toBe(MAX_LINES);
    const sample = [
      { path: 'src/model/a.ts', lines: MAX_LINES },
      { path: 'src/model/b.ts', lines: MAX_LINES + 1 },
      { path: 'src/model/allowed.ts', lines: 900 },
    ];
    expect(overLimit(sample, ['src/model/allowed.ts'])).toEqual([`src/model/b.ts: ${MAX_LINES + 1} lines`]);
    expect(overLimit(sample, [])).toHaveLength(2);
  });
});
