// The shape the model-v3 case tests (cases-a, cases-b) read a back-test file as, and its loader:
// the parsed scenario seen through loose records, so each test can walk every sourced value.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseScenario } from '../../src/model/scenario';

const ROOT = resolve(__dirname, '../..');

export interface Rec {
  value: number;
  source: string;
  status: 'published' | 'derived' | 'design';
  cite?: string[];
  range?: [number, number];
  note?: string;
}
export interface CaseFile {
  id: string;
  kind: string;
  title: string;
  question: string;
  assumes: string;
  population: { total: Rec; hostility: Rec };
  regions: { name: string; share: Rec; terrainSource?: string }[];
  intervener: Record<string, Rec>;
  defender: Record<string, Rec>;
  host: Record<string, Rec>;
  resistance?: { outsideSupport: Rec; reconcilable: Rec };
  claims: { id: string; who: string; claim: string; source: string; cite: string[]; quote: string; checks: { metric: string; op: string; value: number; why?: string }[] }[];
  frameClaim: string;
  history: { outcome: string; horizon: string; summary: string; why: string; limit?: string; source: string; cite: string[] };
}

/** A shipped back-test file, parsed (a file that does not parse fails the test that loads it). */
export function loadCase(id: string): CaseFile {
  const result = parseScenario(JSON.parse(readFileSync(join(ROOT, 'scenarios', `${id}.json`), 'utf8')));
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.errors)}`);
  return result.scenario as unknown as CaseFile;
}
