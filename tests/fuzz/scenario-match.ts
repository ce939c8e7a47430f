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
import { isScenarioError } from '../../src/model/scenario-errors';
import { scenarioErrorText } from '../../src/ui/scenario-errors';
import type { FuzzCase } from './scenario-gen';

export type MatchRule = 'exact' | 'inside' | 'group' | 'cross';
export const MATCH_RULES: readonly MatchRule[] = ['exact', 'inside', 'group', 'cross'];

export interface ErrorLike {
  path: string;
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
  return errors.some(
    (e) => c.touched.some((t) => t === '' || t.startsWith(e.path) || e.path.startsWith(t) || oldSameGroup(t, e.path)) || e.path === 'frameClaim' || e.path.startsWith('objective') || e.path.startsWith('claims') || e.path === 'regions',
  );
}

function oldSameGroup(a: string, b: string): boolean {
  const group = (p: string) => p.replace(/(\[\d+\])+$/, '').replace(/\.[^.[]+$/, '');
  return group(a) !== '' && group(a).includes('.') && group(a) === group(b);
}

/**
 * A rejection's error must be one the parser can give, filled in: a known code with exactly that
 * code's parameters, each of its kind (src/model/scenario-errors.ts), and worded by the UI with every
 * placeholder filled (src/ui/scenario-errors.ts). This replaces the check of messages against the
 * parser's sentence templates now that the parser reports codes.
 */
export function isParserError(e: unknown): boolean {
  if (!isScenarioError(e)) return false;
  const text = scenarioErrorText(e);
  if (typeof text !== 'string' || text.trim() === '') return false;
  // Words from the data (a field name, a value) may hold braces; the wording itself must not.
  const filled = Object.values(e.params as Record<string, unknown>)
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .reduce((acc, v) => acc.split(v).join(''), text);
  return !/\{\w+\}/.test(filled);
}
