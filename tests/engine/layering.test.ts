// The layering rule: src/engine and src/model are pure and seeded. They import only relative
// model/engine files, 'immer' and 'seedrandom', and never touch clocks, timers, Math.random or the DOM.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const LAYERS = ['src/engine', 'src/model'];
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
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Source with comments and string contents blanked (string delimiters kept, so imports still parse). */
export function stripComments(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      i += 2;
      while (i < source.length && !(source[i] === '*' && source[i + 1] === '/')) i++;
      i += 2;
    } else if (c === "'" || c === '"' || c === '`') {
      out += c;
      i++;
      while (i < source.length && source[i] !== c) {
        if (source[i] === '\\') i++;
        i++;
      }
      out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Module specifiers of import/export-from statements and dynamic imports/requires. */
export function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1/g, /\bimport\s*(['"])([^'"]+)\1/g, /\b(?:import|require)\s*\(\s*(['"])([^'"]+)\1/g];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[2]);
  return found;
}

function allowed(file: string, spec: string): boolean {
  if (PACKAGES.has(spec)) return true;
  if (!spec.startsWith('.')) return false;
  const target = relative(ROOT, resolve(join(file, '..'), spec));
  return LAYERS.some((layer) => target === layer || target.startsWith(`${layer}/`));
}

describe('layering rule', () => {
  const all = LAYERS.flatMap((layer) => files(join(ROOT, layer)));

  it('finds the engine and model files', () => {
    expect(all.some((f) => f.endsWith('engine/campaign.ts'))).toBe(true);
    expect(all.some((f) => f.endsWith('model/types.ts'))).toBe(true);
  });

  it('imports only model/engine files, immer and seedrandom', () => {
    const bad: string[] = [];
    for (const file of all) {
      // Import lines are read from the source with comments removed but strings intact.
      const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      for (const spec of specifiers(source)) if (!allowed(file, spec)) bad.push(`${relative(ROOT, file)}: ${spec}`);
    }
    expect(bad).toEqual([]);
  });

  it('uses no clock, timer, Math.random or DOM outside comments', () => {
    const bad: string[] = [];
    for (const file of all) {
      const code = stripComments(readFileSync(file, 'utf8'));
      for (const [pattern, name] of FORBIDDEN) if (pattern.test(code)) bad.push(`${relative(ROOT, file)}: ${name}`);
    }
    expect(bad).toEqual([]);
  });

  it('the checks catch what they are meant to catch', () => {
    expect(specifiers("import { x } from '../view/board';\nimport type { Y } from 'phaser';\nexport * from './rng';")).toEqual(['../view/board', 'phaser', './rng']);
    expect(specifiers("const m = await import('node:fs');")).toEqual(['node:fs']);
    expect(allowed(join(ROOT, 'src/engine/a.ts'), '../view/board')).toBe(false);
    expect(allowed(join(ROOT, 'src/engine/a.ts'), '../model/types')).toBe(true);
    expect(allowed(join(ROOT, 'src/engine/a.ts'), 'node:fs')).toBe(false);
    const code = stripComments('// Math.random is banned\nconst a = 1; /* Date.now */ const s = "window.x";\nconst r = Math.random();');
    expect(FORBIDDEN.filter(([p]) => p.test(code)).map(([, n]) => n)).toEqual(['Math.random']);
  });
});
