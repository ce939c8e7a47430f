// Does a rejection name the field the fuzzer broke? The matcher of the scenario fuzz
// (tests/engine/fuzz-scenario.test.ts), kept apart so it can be unit-tested on planted errors.
//
// An error path counts for a touched field t (a dotted path, '' for the whole input) by one rule:
//   exact  — the error path is t itself (t === '' makes a root error exact for a root mutation);
//   inside — the error path lies inside t (t + '.' or t + '[' starts it);
//   group  — same Sourced record: "a.b.range[0]" and "a.b.value" are one group "a.b" (a range
//            problem is reported on the value); the group must be a real record (it has a dot);
//   cross  — a path the generator recorded for this case because the mutation's kind trips a
//            cross-field check (see crossFieldPaths in scenario-gen.ts).
// A root error ('' ) counts only for a root mutation. Nothing else counts: the old check let any
// root error through (t.startsWith('') is true) and any error on "regions", "objective…",
// "claims…" or "frameClaim", whatever was touched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FuzzCase } from './scenario-gen';

export type MatchRule = 'exact' | 'inside' | 'group' | 'cross';
export const MATCH_RULES: readonly MatchRule[] = ['exact', 'inside', 'group', 'cross'];

export interface ErrorLike {
  path: string;
  message: string;
}

/** "a.b.range[0]" and "a.b.value" → "a.b"; "" for a top-level field. */
export function sourcedGroup(path: string): string {
  return path.replace(/(\[\d+\])+$/, '').replace(/\.[^.[]+$/, '');
}

export function sameGroup(a: string, b: string): boolean {
  const g = sourcedGroup(a);
  return g !== '' && g.includes('.') && g === sourcedGroup(b);
}

export function isInside(path: string, field: string): boolean {
  if (field === '') return path !== '';
  return path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
}

/** The first rule (in MATCH_RULES order) by which `errorPath` names one of the case's touched fields, or null. */
export function ruleFor(c: Pick<FuzzCase, 'touched' | 'crossField'>, errorPath: string): MatchRule | null {
  if (c.touched.some((t) => errorPath === t)) return 'exact';
  if (c.touched.some((t) => isInside(errorPath, t))) return 'inside';
  if (c.touched.some((t) => sameGroup(t, errorPath))) return 'group';
  if (c.crossField.some((x) => x.path === errorPath)) return 'cross';
  return null;
}

export interface RejectionMatch {
  /** The best rule any error of the rejection matched by (MATCH_RULES order), or null if none did. */
  rule: MatchRule | null;
  /** Errors that no rule explains: each error must come from a touched field or a recorded cross-field check. */
  unexplained: ErrorLike[];
}

export function matchRejection(c: Pick<FuzzCase, 'touched' | 'crossField'>, errors: readonly ErrorLike[]): RejectionMatch {
  let best: number = MATCH_RULES.length;
  const unexplained: ErrorLike[] = [];
  for (const e of errors) {
    const rule = ruleFor(c, e.path);
    if (rule === null) unexplained.push(e);
    else best = Math.min(best, MATCH_RULES.indexOf(rule));
  }
  return { rule: best < MATCH_RULES.length ? MATCH_RULES[best] : null, unexplained };
}

/** The check this replaces, verbatim, kept to show (in a test) what it let through. */
export function oldNamed(c: Pick<FuzzCase, 'touched'>, errors: readonly ErrorLike[]): boolean {
  return errors.some((e) =>
    c.touched.some((t) => t === '' || t.startsWith(e.path) || e.path.startsWith(t) || oldSameGroup(t, e.path)) ||
    e.path === 'frameClaim' || e.path.startsWith('objective') || e.path.startsWith('claims') || e.path === 'regions',
  );
}

function oldSameGroup(a: string, b: string): boolean {
  const group = (p: string) => p.replace(/(\[\d+\])+$/, '').replace(/\.[^.[]+$/, '');
  return group(a) !== '' && group(a).includes('.') && group(a) === group(b);
}

/**
 * The parser's messages as patterns: every message literal passed to `error(…)` (or returned as a
 * `message:`) in src/engine/scenario.ts and scenario-reader.ts, with each ${…} placeholder matching
 * anything. A rejection's message must be one of them, filled in: a check on its words, where the
 * fuzz used to check only that it was a string.
 */
export const PARSER_MESSAGES: readonly RegExp[] = (() => {
  const literals: string[] = [];
  for (const file of ['scenario.ts', 'scenario-reader.ts']) {
    const source = readFileSync(join(__dirname, '..', '..', 'src', 'engine', file), 'utf8');
    for (const m of source.matchAll(/\berror\(([\s\S]*?)\);/g)) {
      const literal = /(`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*')\s*$/.exec(m[1]);
      if (literal) literals.push(literal[1]);
    }
    for (const m of source.matchAll(/message: (`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*')/g)) literals.push(m[1]);
  }
  return literals.map((literal) => {
    const body = literal.slice(1, -1).replace(/\\(.)/g, '$1');
    const parts = body.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${parts.join('[\\s\\S]*')}$`);
  });
})();

export function isParserMessage(message: unknown): boolean {
  return typeof message === 'string' && PARSER_MESSAGES.some((p) => p.test(message));
}
