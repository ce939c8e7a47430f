// Finds the translation keys in source files: literal first arguments of t(…) and both literal
// arguments of tn(…), and the calls whose key is not a literal (a key built at run time can never be
// checked against the catalogue, so the test reports it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface KeyUse {
  key: string;
  file: string;
  line: number;
}

export interface ScanResult {
  keys: KeyUse[];
  /** Calls whose key is an expression or a template with ${…}. */
  dynamic: KeyUse[];
}

export function listSourceFiles(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(listSourceFiles(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out.sort();
}

/** Undo the escapes a JS string literal may hold. */
function unescapeLiteral(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/gs, (_, e: string) => {
    if (e[0] === 'u') return String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16));
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[e] ?? e;
  });
}

const LITERAL = /^\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|`((?:\\.|[^`\\])*)`)/s;

/** Read one string literal at the start of `text`; null when it is not one (or a template with ${…}). */
function readLiteral(text: string): { value: string; length: number } | null {
  const m = LITERAL.exec(text);
  if (!m) return null;
  const body = m[1] ?? m[2] ?? m[3];
  if (m[3] !== undefined && /\$\{/.test(m[3])) return null;
  return { value: unescapeLiteral(body), length: m[0].length };
}

export function scanSource(text: string, file: string): ScanResult {
  const keys: KeyUse[] = [];
  const dynamic: KeyUse[] = [];
  // A call of t or tn not preceded by a word character, a dot or $ (so `set(`, `x.t(`, `format(` are skipped).
  const call = /(?<![\w$.])(tn?)\(/g;
  let m: RegExpExecArray | null;
  while ((m = call.exec(text))) {
    const line = text.slice(0, m.index).split('\n').length;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (/function\s+$/.test(before)) continue; // the definitions in i18n.ts
    let rest = text.slice(m.index + m[0].length);
    const count = m[1] === 'tn' ? 2 : 1;
    for (let i = 0; i < count; i++) {
      const lit = readLiteral(rest);
      if (!lit) {
        dynamic.push({ key: rest.slice(0, 60).split('\n')[0], file, line });
        break;
      }
      keys.push({ key: lit.value, file, line });
      rest = rest.slice(lit.length).replace(/^\s*,/, '');
    }
  }
  return { keys, dynamic };
}

export function scanFiles(files: readonly string[]): ScanResult {
  const all: ScanResult = { keys: [], dynamic: [] };
  for (const file of files) {
    const found = scanSource(readFileSync(file, 'utf8'), file);
    all.keys.push(...found.keys);
    all.dynamic.push(...found.dynamic);
  }
  return all;
}
