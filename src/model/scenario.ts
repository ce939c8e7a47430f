// Parse unknown input (a scenario file, a pasted or imported JSON) into a Scenario, or into a list of
// errors `{ path, code, params }` that each name the field and the problem (worded by the UI:
// src/ui/scenario-errors.ts). Pure, and it never throws: every shipped file and every file a teacher
// edits passes through here before the engine sees it. Parser, writer and JSON Schema all come from
// the one declaration in scenario-schema.ts.
//
// Policy on unknown fields: they are REPORTED as errors, not ignored. A misspelt optional field
// ("hostilty", "capitol") would otherwise vanish silently and change the scenario without a word.
// Only "$schema" (the editor's pointer to the JSON Schema) is accepted and left out. The result is a
// fresh object built only from known fields, so it never aliases the input.
import { parseWith, toJsonSchema, writeWith } from './schema';
import { LIMITS, SCENARIO_FORMAT, SCENARIO_SCHEMA, type Scenario } from './scenario-schema';
import type { FieldError } from './scenario-errors';

export type { FieldError } from './scenario-errors';
export { isDateLike } from './schema';
export { LIMITS as SCENARIO_LIMITS, SCENARIO_SCHEMA, SHARE_TOLERANCE, OBJECTIVE_KINDS, CLAIM_OPS } from './scenario-schema';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: FieldError[] };

export function parseScenario(input: unknown): ParseResult {
  const result = parseWith(SCENARIO_FORMAT, input, LIMITS);
  return result.ok ? { ok: true, scenario: result.value } : result;
}

/**
 * Canonical JSON of a scenario: "$schema" first, then the fields in declaration order, optional
 * fields only when present. parseScenario(JSON.parse(...)) returns the scenario unchanged, and every
 * shipped file is byte for byte its own canonical form.
 */
export function scenarioToJson(scenario: Scenario): string {
  return JSON.stringify(writeWith(SCENARIO_FORMAT, scenario), null, 2) + '\n';
}

/** A deep copy of a scenario in canonical form (known fields only, in declaration order), sharing nothing with it. */
export function copyScenario(scenario: Scenario): Scenario {
  const { $schema: _ignored, ...copy } = JSON.parse(JSON.stringify(writeWith(SCENARIO_FORMAT, scenario))) as Scenario & { $schema?: string };
  return copy;
}

/** The published JSON Schema of scenario files (scenarios/scenario.schema.json is this, written by `npm run schema`). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $comment: `Generated from src/model/scenario-schema.ts by \`npm run schema\`; do not edit by hand. Format ${SCENARIO_SCHEMA}.`,
    title: 'Threshold scenario',
    ...toJsonSchema(SCENARIO_FORMAT),
  };
}

/** The JSON Schema file's text, as written to disk. */
export function scenarioJsonSchemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}
