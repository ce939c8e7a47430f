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
import { findDuplicateKey } from './json-keys';

export type { FieldError } from './scenario-errors';
export { isDateLike } from './schema';
export { LIMITS as SCENARIO_LIMITS, SCENARIO_SCHEMA, SHARE_TOLERANCE, OBJECTIVE_KINDS, CLAIM_OPS } from './scenario-schema';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: FieldError[] };

export function parseScenario(input: unknown): ParseResult {
  const result = parseWith(SCENARIO_FORMAT, input, LIMITS);
  return result.ok ? { ok: true, scenario: result.value } : result;
}

/** What a scenario file's text holds as JSON, or the one error that stops it being read. */
export type JsonTextResult = { ok: true; data: unknown } | { ok: false; error: FieldError };

/**
 * A scenario file's text as JSON data, read the one way every reader of files does (the CLI and the
 * app's import): a text longer than LIMITS.maxFileBytes is refused unread (`file-too-large`; a
 * character is at least one byte), a leading byte-order mark is dropped, text that is not JSON is
 * `unreadable`, and a key written twice in one object is `duplicate-key` at its path (JSON.parse
 * would keep the last silently). Linear in the text; never throws.
 */
export function readScenarioJson(text: string): JsonTextResult {
  if (text.length > LIMITS.maxFileBytes) return { ok: false, error: { path: '', code: 'file-too-large', params: { max: LIMITS.maxFileBytes } } };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    return { ok: false, error: { path: '', code: 'unreadable', params: { reason: err instanceof Error ? err.message : String(err) } } };
  }
  const duplicate = findDuplicateKey(body);
  if (duplicate) return { ok: false, error: { path: duplicate.path, code: 'duplicate-key', params: { key: duplicate.key } } };
  return { ok: true, data };
}

/** parseScenario of a file's text (readScenarioJson first). */
export function parseScenarioText(text: string): ParseResult {
  const read = readScenarioJson(text);
  return read.ok ? parseScenario(read.data) : { ok: false, errors: [read.error] };
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
