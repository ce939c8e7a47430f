// The layering rules of src/, for every folder (docs/implementation-notes.md draws them):
//   model ← engine ← analysis ← app ← ui,  view (the Phaser board) beside ui,  cli beside app.
// Each folder imports only the folders below it; nothing below the UI imports it, and app imports ui
// in one file only, main.ts, which assembles the page. The CLI words its messages with the UI's
// leaf wording modules (i18n, locales, scenario-errors), which touch no DOM. model, engine and
// analysis are pure and seeded: no clock, timer, Math.random or DOM (analysis runs in workers and
// node alike, so it does not post messages either).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

interface Rule {
  /** Folders under src/ this folder may import from (its own included). */
  folders: string[];
  packages: string[];
  /** File → extra folders or packages that one file may import. */
  exceptions?: Record<string, string[]>;
}

const RULES: Record<string, Rule> = {
  model: { folders: ['model'], packages: [] },
  engine: { folders: ['model', 'engine'], packages: ['immer', 'seedrandom'] },
  analysis: { folders: ['model', 'engine', 'analysis'], packages: ['immer', 'seedrandom'] },
  view: { folders: ['model', 'engine', 'view'], packages: ['phaser'] },
  app: {
    folders: ['model', 'engine', 'analysis', 'app'],
    packages: ['immer', 'uqr'],
    exceptions: { 'src/app/main.ts': ['ui'], 'src/app/offline-plugin.ts': ['vite', 'node:fs', 'node:path', 'node:crypto'] },
  },
  // The About page shows the teacher guides as text (vite ?raw), and nothing else outside src/.
  ui: { folders: ['model', 'engine', 'analysis', 'app', 'view', 'ui'], packages: ['immer'], exceptions: { 'src/ui/about/guide.ts': ['../docs'] } },
  cli: { folders: ['model', 'engine', 'analysis', 'cli', 'ui/i18n.ts', 'ui/locales', 'ui/scenario-errors.ts'], packages: ['node:fs'] },
};

const PURE = ['model', 'engine', 'analysis'];
const FORBIDDEN: Array<[RegExp, string, string[]]> = [
  [/\bMath\.random\b/, 'Math.random', PURE],
  [/\bDate\.now\b/, 'Date.now', PURE],
  [/\bnew Date\b/, 'new Date', PURE],
  [/\bperformance\.now\b/, 'performance.now', PURE],
  [/\bsetTimeout\b/, 'setTimeout', PURE],
  [/\bsetInterval\b/, 'setInterval', PURE],
  [/\brequestAnimationFrame\b/, 'requestAnimationFrame', PURE],
  [/\bwindow\./, 'window.', PURE],
  [/\bdocument\./, 'document.', PURE],
  [/\bself\./, 'self.', ['analysis']],
  [/\bpostMessage\b/, 'postMessage', ['analysis']],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Source with comments and string contents blanked (string delimiters kept, so imports still parse). */
function stripComments(source: string): string {
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
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1/g, /\bimport\s*(['"])([^'"]+)\1/g, /\b(?:import|require)\s*\(\s*(['"])([^'"]+)\1/g];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[2]);
  return found;
}

/** Why `spec`, imported by `file` (a path relative to the root), breaks the rules; null when allowed. */
function violation(file: string, spec: string): string | null {
  const folder = file.split('/')[1];
  const rule = RULES[folder];
  if (!rule) return `no rule for the folder of ${file}`;
  const extra = rule.exceptions?.[file] ?? [];
  if (!spec.startsWith('.')) return rule.packages.includes(spec) || extra.includes(spec) ? null : `package ${spec}`;
  const target = relative(join(ROOT, 'src'), resolve(join(ROOT, file, '..'), spec)).replace(/\\/g, '/');
  const ok = [...rule.folders, ...extra].some((allowed) => target === allowed || target === allowed.replace(/\.ts$/, '') || target.startsWith(`${allowed}/`));
  return ok ? null : `src/${target}`;
}

describe('layering rules, every folder of src/', () => {
  const all = Object.keys(RULES).flatMap((folder) => files(join(ROOT, 'src', folder)).map((f) => relative(ROOT, f).replace(/\\/g, '/')));

  it('covers every folder of src/ and every file in it', () => {
    const folders = readdirSync(join(ROOT, 'src')).filter((name) => statSync(join(ROOT, 'src', name)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(RULES).sort());
    for (const folder of Object.keys(RULES)) expect(all.filter((f) => f.startsWith(`src/${folder}/`)).length, folder).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(100);
  });

  it('each folder imports only the folders below it (app imports ui in main.ts only)', () => {
    const bad: string[] = [];
    for (const file of all) {
      const source = readFileSync(join(ROOT, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const spec of specifiers(source)) {
        const why = violation(file, spec);
        if (why) bad.push(`${file} imports ${why}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('model, engine and analysis use no clock, timer, Math.random or DOM outside comments', () => {
    const bad: string[] = [];
    for (const file of all) {
      const folder = file.split('/')[1];
      const code = stripComments(readFileSync(join(ROOT, file), 'utf8'));
      for (const [pattern, name, where] of FORBIDDEN) if (where.includes(folder) && pattern.test(code)) bad.push(`${file}: ${name}`);
    }
    expect(bad).toEqual([]);
  });

  it('the checks catch what they are meant to catch', () => {
    expect(specifiers("import { x } from '../view/board';\nimport type { Y } from 'phaser';\nexport * from './rng';")).toEqual(['../view/board', 'phaser', './rng']);
    expect(specifiers("const m = await import('node:fs');")).toEqual(['node:fs']);
    expect(violation('src/engine/a.ts', '../view/board')).toBe('src/view/board');
    expect(violation('src/engine/a.ts', '../model/types')).toBeNull();
    expect(violation('src/engine/a.ts', 'node:fs')).toBe('package node:fs');
    expect(violation('src/app/share-link.ts', '../ui/kit/notices')).toBe('src/ui/kit/notices');
    expect(violation('src/app/main.ts', '../ui/screens/play')).toBeNull();
    expect(violation('src/analysis/service.ts', '../ui/i18n')).toBe('src/ui/i18n');
    expect(violation('src/view/board.ts', '../app/session')).toBe('src/app/session');
    expect(violation('src/cli/main.ts', '../ui/scenario-errors')).toBeNull();
    expect(violation('src/cli/main.ts', '../ui/screens/play')).toBe('src/ui/screens/play');
    expect(violation('src/model/types.ts', '../engine/rng')).toBe('src/engine/rng');
    const code = stripComments('// Math.random is banned\nconst a = 1; /* Date.now */ const s = "window.x";\nconst r = Math.random();');
    expect(FORBIDDEN.filter(([p]) => p.test(code)).map(([, n]) => n)).toEqual(['Math.random']);
  });
});
