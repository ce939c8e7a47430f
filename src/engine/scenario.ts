// Parse unknown JSON into a Scenario or a list of errors, each naming the field and the problem.
// PLACEHOLDER signature (the scenario-file work fills in the real validator).
import type { Scenario } from '../model/types';

export interface FieldError {
  /** Dotted path with indices, e.g. "regions[2].share.value". */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: FieldError[] };

export function parseScenario(input: unknown): ParseResult {
  return { ok: true, scenario: input as Scenario };
}
