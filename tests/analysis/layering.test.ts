// The analysis service is pure like the engine: src/analysis imports only src/model, src/engine, its
// own files, immer and seedrandom, and touches no clock, timer, Math.random or DOM, so node and the
// Web Workers run it alike. The worker and its pool take the protocol from src/analysis, not from
// the UI (no app → ui import).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const ALLOWED_DIRS = ['src/model', 'src/engine', 'src/analysis'];
const PACKAGES = new Set(['immer', 'seedrandom']);
const FORBIDDEN: Array<[RegExp, string]> = [
  [/\bMath\.random\b/, 'Math.random'],
  [/\bDate\.now\b/, 'Date.now'],
  [/\bnew Date\b/, 'new Date'],
  [/\bperformance\.now\b/, 'performance.now'],
  [/\bsetTimeout\b/, 'setTimeout'],
  [/\bsetInterval\b/, 'setInterval'],
  [/\brequestAnimationFrame\b/, 'requestAnimationFrame'],
  [/\bwindow\./, 'window.'],
  [/\bdocument\./, 'document.'],
  [/\bself\./, 'self.'],
  [/\bpostMessage\b/, 'postMessage'],
];

/** Source without comments (line and block); string contents kept so import paths stay readable. */
function code(path: string): string {
  return readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function imports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/\b(?:import|export)\s[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1|\bimport\s*\(\s*(['"])([^'"]+)\3/g)) found.push(m[2] ?? m[4]);
  return found;
}

const inside = (file: string, spec: string) => relative(ROOT, resolve(join(file, '..'), spec));

describe('src/analysis is pure', () => {
  const files = readdirSync(join(ROOT, 'src/analysis')).filter((f) => f.endsWith('.ts')).map((f) => join(ROOT, 'src/analysis', f));

  it('has the service, the queries and the protocol', () => {
    for (const name of ['service.ts', 'queries.ts', 'protocol.ts', 'errors.ts', 'csv.ts', 'band.ts']) expect(files.some((f) => f.endsWith(name)), name).toBe(true);
  });

  it('imports only model, engine and analysis files, immer and seedrandom', () => {
    const bad: string[] = [];
    for (const file of files) {
      for (const spec of imports(code(file))) {
        if (PACKAGES.has(spec)) continue;
        const target = spec.startsWith('.') ? inside(file, spec) : spec;
        if (!ALLOWED_DIRS.some((dir) => target === dir || target.startsWith(`${dir}/`))) bad.push(`${relative(ROOT, file)}: ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses no clock, timer, Math.random, DOM or worker global', () => {
    const bad: string[] = [];
    for (const file of files) {
      const source = code(file).replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, "''");
      for (const [pattern, name] of FORBIDDEN) if (pattern.test(source)) bad.push(`${relative(ROOT, file)}: ${name}`);
    }
    expect(bad).toEqual([]);
  });

  it('the worker and its pool import nothing from the UI', () => {
    for (const name of ['src/app/worker.ts', 'src/app/worker-client.ts']) {
      const file = join(ROOT, name);
      const specs = imports(code(file)).map((s) => inside(file, s));
      expect(specs.filter((s) => s.startsWith('src/ui')), name).toEqual([]);
      expect(specs.some((s) => s.startsWith('src/analysis'))).toBe(true);
    }
  });
});
