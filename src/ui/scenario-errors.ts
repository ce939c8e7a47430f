// Words for the scenario parser's errors. The parser (src/model/scenario.ts) reports codes with
// parameters, never sentences; this is the one place they become text, in the current language
// (English keys, Spanish in src/ui/locales/es-scenario-errors.ts). No DOM: the CLI uses it too, in
// English.
import type { ExpectedKind, FieldError } from '../model/scenario-errors';
import { formatNumber, t } from './i18n';

/** A number as the reader should see it: grouped for the locale, every significant decimal kept. */
function n(value: number): string {
  return Math.abs(value) < 1e15 && Number(value.toFixed(12)) === value ? formatNumber(value, 12) : String(value);
}

function words(list: readonly string[]): string {
  return list.length ? list.join(', ') : t('none');
}

/** The JSON kind a field should have, in words. */
function kindWord(kind: ExpectedKind | string): string {
  switch (kind) {
    case 'object':
      return t('an object');
    case 'array':
      return t('a list');
    case 'string':
      return t('text');
    case 'number':
      return t('a number');
    case 'boolean':
      return t('true or false');
    default:
      return kind;
  }
}

/** One error's problem in words (without its path). */
export function scenarioErrorText(error: FieldError): string {
  switch (error.code) {
    case 'missing':
      return t('missing');
    case 'wrong-type':
      return t('wrong type: expected {expected}, got {got}', { expected: kindWord(error.params.expected), got: kindWord(error.params.got) });
    case 'not-finite':
      return t('not a finite number (got {got})', { got: error.params.got });
    case 'too-long':
      return t('too long: at most {max} characters, got {length}', { max: n(error.params.max), length: n(error.params.length) });
    case 'blank':
      return t('empty: must not be blank');
    case 'bad-character':
      return t('holds a control or text-direction character ({char}) at character {at}; remove it', { char: error.params.char, at: n(error.params.at) });
    case 'out-of-range':
      return t('out of range: must be between {min} and {max}, got {got}', { min: n(error.params.min), max: n(error.params.max), got: n(error.params.got) });
    case 'not-whole':
      return t('must be a whole number, got {got}', { got: n(error.params.got) });
    case 'not-kebab-case':
      return t('must be kebab-case (a-z, 0-9 and single hyphens), got “{got}”', { got: error.params.got });
    case 'not-a-date':
      return t('must be a date like “2025”, “2025-10” or “2025-10-31”, got “{got}”', { got: error.params.got });
    case 'unknown-value':
      return t('unknown value “{got}”; expected one of: {allowed}', { got: error.params.got, allowed: words(error.params.allowed) });
    case 'unknown-field':
      return t('unknown field “{field}”; allowed here: {allowed}', { field: error.params.field, allowed: words(error.params.allowed) });
    case 'unknown-schema':
      return t('unknown schema “{got}”; expected “{expected}”', { got: error.params.got, expected: error.params.expected });
    case 'wrong-count':
      return t('must hold {min} to {max} items, got {got}', { min: n(error.params.min), max: n(error.params.max), got: n(error.params.got) });
    case 'not-a-pair':
      return t('must be [low, high], got {got} items', { got: n(error.params.got) });
    case 'range-reversed':
      return t('low end {low} is above high end {high}', { low: n(error.params.low), high: n(error.params.high) });
    case 'outside-range':
      return t('{got} is outside its range [{low}, {high}]', { got: n(error.params.got), low: n(error.params.low), high: n(error.params.high) });
    case 'duplicate-id':
      return t('duplicate id “{id}” (also {first})', { id: error.params.id, first: error.params.first });
    case 'capital-count':
      return t('exactly one region must have "capital": true, found {found}', { found: n(error.params.found) });
    case 'share-sum':
      return t('region shares must sum to 1 (±{tolerance}), they sum to {sum}', { tolerance: n(error.params.tolerance), sum: n(error.params.sum) });
    case 'unknown-region':
      return t('unknown region id “{got}”; regions here: {known}', { got: error.params.got, known: words(error.params.known) });
    case 'unknown-claim':
      return t('unknown claim id “{got}”; claims here: {known}', { got: error.params.got, known: words(error.params.known) });
    case 'unknown-source':
      return t('unknown source id “{got}”; the known sources are listed in docs/sources.md', { got: error.params.got });
    case 'limited-needs-region':
      return t('missing: a “limited” objective names the region to hold');
    case 'too-deep':
      return t('nested too deeply: more than {max} levels', { max: n(error.params.max) });
    case 'too-many-values':
      return t('too large: more than {max} values', { max: n(error.params.max) });
    case 'too-many-items':
      return t('too large: a list of {got} items', { got: n(error.params.got) });
    case 'too-many-fields':
      return t('too large: an object with {got} fields', { got: n(error.params.got) });
    case 'duplicate-key':
      return t('the key “{key}” appears twice in this object; write it once', { key: error.params.key });
    case 'file-too-large':
      return t('too large: a scenario file holds at most {max} bytes', { max: n(error.params.max) });
    case 'unreadable':
      return t('could not read the input: {reason}', { reason: error.params.reason });
    case 'invalid':
      return t('not a valid scenario');
  }
}

/** Where an error is: its field path, or "(scenario)" for the whole input. */
export function scenarioErrorPath(error: FieldError): string {
  // A file that is not JSON at all is a problem of the file, not of a scenario in it.
  if (error.path === '') return error.code === 'unreadable' || error.code === 'file-too-large' ? t('(file)') : t('(scenario)');
  return error.path;
}

/** "path: problem", one error. */
export function scenarioErrorLine(error: FieldError): string {
  return `${scenarioErrorPath(error)}: ${scenarioErrorText(error)}`;
}

/** One "path: problem" line per error. */
export function scenarioErrorLines(errors: readonly FieldError[]): string[] {
  return errors.map(scenarioErrorLine);
}
