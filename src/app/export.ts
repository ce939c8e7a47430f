// Exports a class can keep: the current set-up as a scenario file (changed values say they were
// changed in class and what the published value and source were), and results as CSV for a
// spreadsheet (written by src/analysis/csv.ts). Pure functions returning strings or data; the
// screens offer them as downloads.
import { ADVANCED_PREFIX } from '../model/advanced';
import { modelDefaultAt } from '../model/resolve';
import { checkOverrides, findInput, INPUTS, sourcedAt } from '../model/inputs';
import type { BatchSummary, Overrides, Scenario, Sourced } from '../model/types';
import { copyScenario, SCENARIO_LIMITS, scenarioToJson } from '../engine/scenario';
import { statusAgainstFiles, statusOf, type ValueStatus } from '../model/status';
import { summaryToCsv, toCsv, toCsvFile, type CsvContext } from '../analysis/csv';
import { slug } from '../model/text-rules';

/** A status in the words of the exported files (English, as the files are). */
const STATUS_TEXT: Record<ValueStatus, string> = { published: 'published', derived: 'derived', design: 'design choice' };

/** The value resolveInputs would use for an override, so an exported file runs exactly the same. */
function effectiveValue(path: string, raw: number): number {
  const spec = findInput(path)!;
  const clamped = Math.min(spec.max, Math.max(spec.min, raw));
  return spec.integer ? Math.round(clamped) : clamped;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface ExportOptions {
  /** Date of the lesson for the changed values' asOf ("2026-03-12"); default: the published asOf. */
  date?: string;
}

/**
 * The scenario with the overrides written into it as values, each changed value's source saying
 * it was changed in class (with `label`) and giving the published value and source. The result
 * passes parseScenario and resolves to the same inputs as (scenario, overrides), except the model
 * constants of the advanced group, which no scenario file carries (listed in `assumes`). Overrides equal to
 * the published value are left out. Throws on overrides checkOverrides rejects (a caller's bug:
 * the set-up screen only produces valid ones).
 */
export function scenarioWithOverrides(scenario: Scenario, overrides: Overrides, label: string, options: ExportOptions = {}): Scenario {
  const errors = checkOverrides(overrides);
  if (errors.length > 0) throw new Error(`invalid overrides: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  const name = clip(label.trim().replace(/\s+/g, ' ') || 'class set-up', 80);
  // A deep copy through the canonical form: the original is never touched.
  const copy = copyScenario(scenario);
  const changes: string[] = [];

  // INPUTS order, so the "changed in class" list reads the same way as the set-up screen.
  for (const spec of INPUTS) {
    if (!Object.hasOwn(overrides, spec.path)) continue;
    const value = effectiveValue(spec.path, overrides[spec.path]);
    const published = sourcedAt(scenario, spec.path);
    if (spec.status === 'design' && spec.path.startsWith('advanced.')) {
      // A model constant (src/model/advanced.ts) is global: a scenario file cannot carry it. Say so.
      if (published?.value !== value) changes.push(`model constant ${spec.label} (${spec.symbol}) ${published?.value} → ${value}, not carried by the file (set it again in the set-up's advanced group or with --set ${spec.path}=${value})`);
      continue;
    }
    const publishedNumber = published?.value ?? modelDefaultAt(scenario, spec.path);
    if (publishedNumber === value) continue;
    // A class's value is the class's own choice: the file says "Design choice" first, so statusOf (and
    // so every screen of an app that imports it) never calls it published; the scenario's value follows
    // with its own status and source.
    const from = published ? `the scenario's ${STATUS_TEXT[statusOf(published)]} value ${publishedNumber} (${published.asOf}) from: ${published.source}` : `no published value; the model's default is ${publishedNumber}`;
    const changed: Sourced = {
      value,
      source: clip(`Design choice, changed in class (${name}): ${from}`, SCENARIO_LIMITS.mediumText),
      status: 'design',
      asOf: options.date ?? published?.asOf ?? scenario.population.total.asOf,
    };
    if (published?.cite) changed.cite = [...published.cite];
    const range = published?.range;
    if (range && value >= range[0] && value <= range[1]) changed.range = [range[0], range[1]];
    else if (range) changed.note = clip(`The published range was ${range[0]} to ${range[1]}; the class value lies outside it.`, SCENARIO_LIMITS.mediumText);
    setSourced(copy, spec.path, changed);
    changes.push(`${spec.label} (${spec.symbol}) ${publishedNumber} → ${value}`);
  }

  if (Object.hasOwn(overrides, 'population.hostility') && copy.regions.some((r) => r.hostility)) {
    // resolveInputs applies a national hostility override to every region; the file must too.
    for (const region of copy.regions) delete region.hostility;
    changes.push('regional hostility values replaced by the national value');
  }

  const base = slug(scenario.id);
  const suffix = slug(name) || 'class';
  copy.id = `${base}-${suffix}`.slice(0, SCENARIO_LIMITS.id).replace(/-+$/, '');
  copy.title = clip(`${scenario.title} (${name})`, SCENARIO_LIMITS.shortText);
  if (changes.length > 0) {
    copy.assumes = clip(`${scenario.assumes}\n\nChanged in class (${name}): ${changes.join('; ')}.`, SCENARIO_LIMITS.longText);
  }
  return copy;
}

export function setSourced(scenario: Scenario, path: string, value: Sourced): void {
  if (path === 'objective.holdMonths') {
    scenario.objective.holdMonths = value;
    return;
  }
  const [group, key] = path.split('.');
  if (group === 'resistance' && !scenario.resistance) {
    // The optional model-v3 section carries both of its inputs: the other one at the model's default.
    const absent = (v: number): Sourced => ({ value: v, source: "Design choice: not in the scenario file; the model's default (docs/model.md §4b).", status: 'design', asOf: value.asOf });
    scenario.resistance = { outsideSupport: absent(modelDefaultAt(scenario, 'resistance.outsideSupport') ?? 0), reconcilable: absent(modelDefaultAt(scenario, 'resistance.reconcilable') ?? 0) };
  }
  (scenario as unknown as Record<string, Record<string, Sourced>>)[group][key] = value;
}

/** The file text of `scenarioWithOverrides` (canonical JSON, as the shipped files are written). */
export function scenarioFileText(scenario: Scenario, overrides: Overrides, label: string, options: ExportOptions = {}): string {
  return scenarioToJson(scenarioWithOverrides(scenario, overrides, label, options));
}

// ---------------------------------------------------------------------------------------------
// The inputs as set, with their status and source, as rows (CSV) or records (JSON).

export interface InputRecord {
  path: string;
  label: string;
  symbol: string;
  unit: string;
  value: number;
  /** "changed" when the class changed it, else the scenario value's own status. */
  status: ValueStatus | 'changed';
  scenario_value: number;
  scenario_status: ValueStatus;
  source: string;
  as_of: string;
}

/** Every input of the scenario as set: value, status (published, derived, design, or changed) and source. */
export function inputRecords(scenario: Scenario, overrides: Overrides): InputRecord[] {
  return INPUTS.flatMap((spec): InputRecord[] => {
    const sourced = sourcedAt(scenario, spec.path);
    if (!sourced) return [];
    const set = Object.hasOwn(overrides, spec.path) ? effectiveValue(spec.path, overrides[spec.path]) : sourced.value;
    const changed = set !== sourced.value;
    return [
      {
        path: spec.path,
        label: spec.label,
        symbol: spec.symbol,
        unit: spec.unit,
        value: set,
        status: changed ? 'changed' : statusOf(sourced),
        scenario_value: sourced.value,
        scenario_status: statusOf(sourced),
        source: sourced.source,
        as_of: sourced.asOf,
      },
    ];
  });
}

const INPUT_COLUMNS = ['path', 'label', 'symbol', 'unit', 'value', 'status', 'scenario_value', 'scenario_status', 'source', 'as_of'] as const;

/** The inputs as a CSV table (one header row, one row per input). */
export function inputsToCsv(scenario: Scenario, overrides: Overrides): string {
  return toCsvFile([[...INPUT_COLUMNS], ...inputRecords(scenario, overrides).map((r) => INPUT_COLUMNS.map((c) => r[c]))]);
}

/** The inputs as JSON text (an array of records with the same fields as the CSV). */
export function inputsToJson(scenario: Scenario, overrides: Overrides): string {
  return `${JSON.stringify({ scenario: scenario.id, inputs: inputRecords(scenario, overrides) }, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// The debrief's CSV: the batch's figures, then every input that differs from the scenario file.

export interface ChangedInput {
  path: string;
  label: string;
  file_value: number;
  used_value: number;
  /** Always "changed": the value used is not the file's. */
  status: 'changed';
  /** The file value's own status: published, derived or design. */
  file_status: ValueStatus;
}

/** Every input (the advanced model constants too) whose value in use differs from the file's, in INPUTS order. */
export function changedInputs(scenario: Scenario, overrides: Overrides): ChangedInput[] {
  return INPUTS.flatMap((spec): ChangedInput[] => {
    const file = sourcedAt(scenario, spec.path);
    if (!file || !Object.hasOwn(overrides, spec.path)) return [];
    const used = effectiveValue(spec.path, overrides[spec.path]);
    if (used === file.value) return [];
    return [{ path: spec.path, label: spec.label, file_value: file.value, used_value: used, status: 'changed', file_status: statusOf(file) }];
  });
}

const CHANGED_COLUMNS = ['changed_input', 'label', 'file_value', 'used_value', 'status', 'file_status'] as const;

/**
 * The debrief's CSV file: the batch's header and row (summaryToCsv), a blank row, then a table of
 * every changed input (header row `changed_input,label,file_value,used_value,status,file_status`
 * and one row per input; only the header when nothing was changed).
 */
export function debriefCsv(summary: BatchSummary, context: CsvContext, scenario: Scenario, overrides: Overrides): string {
  const changed = changedInputs(scenario, overrides).map((c) => CHANGED_COLUMNS.map((k) => (k === 'changed_input' ? c.path : c[k])));
  return summaryToCsv(summary, context) + toCsv([[], [...CHANGED_COLUMNS], ...changed]);
}

// ---------------------------------------------------------------------------------------------
// An imported set-up: a value changed by hand after a file was published is never "published".

/**
 * `scenario` (an imported file) with each value that claims a shipped file's published or derived
 * source but differs from every shipped value under that source (statusAgainstFiles) rewritten as
 * the importer's design choice, its source saying so and giving the file's value: the same words an
 * exported class set-up uses. Unchanged records are kept as they are; a copy is returned.
 */
export function markImportedChanges(scenario: Scenario, shipped: readonly Scenario[]): Scenario {
  const others = shipped.filter((s) => s.id !== scenario.id);
  let copy: Scenario | null = null;
  for (const spec of INPUTS) {
    if (spec.path.startsWith(ADVANCED_PREFIX)) continue;
    const record = sourcedAt(scenario, spec.path);
    if (!record) continue;
    const files = others.map((s) => sourcedAt(s, spec.path));
    if (statusAgainstFiles(record, files) === statusOf(record)) continue;
    const file = files.find((f) => f && f.source === record.source)!;
    copy ??= copyScenario(scenario);
    setSourced(copy, spec.path, {
      ...record,
      status: 'design',
      source: clip(`Design choice, changed before import: the file's ${STATUS_TEXT[statusOf(file)]} value ${file.value} (${file.asOf}) from: ${file.source}`, SCENARIO_LIMITS.mediumText),
    });
  }
  return copy ?? scenario;
}

// ---------------------------------------------------------------------------------------------
// CSV: one writer for the app and the CLI, in src/analysis/csv.ts (RFC 4180, CRLF, one header set).
export { CSV_BOM, csvField, summaryToCsv, sweepToCsv, toCsv, toCsvFile, withBom, type CsvContext } from '../analysis/csv';
