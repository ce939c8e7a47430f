// Exports a class can keep: the current set-up as a scenario file (changed values say they were
// changed in class and what the published value and source were), and results as CSV for a
// spreadsheet (written by src/analysis/csv.ts). Pure functions returning strings or data; the
// screens offer them as downloads.
import { checkOverrides, findInput, INPUTS, sourcedAt } from '../model/inputs';
import type { Overrides, Scenario, Sourced } from '../model/types';
import { copyScenario, SCENARIO_LIMITS, scenarioToJson } from '../engine/scenario';

/** The value resolveInputs would use for an override, so an exported file runs exactly the same. */
function effectiveValue(path: string, raw: number): number {
  const spec = findInput(path)!;
  const clamped = Math.min(spec.max, Math.max(spec.min, raw));
  return spec.integer ? Math.round(clamped) : clamped;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Holding months the model uses when a scenario gives none (resolveInputs' fallback). */
const DEFAULT_HOLD_MONTHS = 2;

export interface ExportOptions {
  /** Date of the lesson for the changed values' asOf ("2026-03-12"); default: the published asOf. */
  date?: string;
}

/**
 * The scenario with the overrides written into it as values, each changed value's source saying
 * it was changed in class (with `label`) and giving the published value and source. The result
 * passes parseScenario and resolves to the same inputs as (scenario, overrides). Overrides equal to
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
    const publishedNumber = published?.value ?? (spec.path === 'objective.holdMonths' ? DEFAULT_HOLD_MONTHS : undefined);
    if (publishedNumber === value) continue;
    const from = published ? `published value ${publishedNumber} (${published.asOf}) from: ${published.source}` : `no published value; the model's default is ${publishedNumber}`;
    const changed: Sourced = {
      value,
      source: clip(`Changed in class (${name}): ${from}`, SCENARIO_LIMITS.mediumText),
      asOf: options.date ?? published?.asOf ?? scenario.population.total.asOf,
    };
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

function setSourced(scenario: Scenario, path: string, value: Sourced): void {
  if (path === 'objective.holdMonths') {
    scenario.objective.holdMonths = value;
    return;
  }
  const [group, key] = path.split('.');
  (scenario as unknown as Record<string, Record<string, Sourced>>)[group][key] = value;
}

/** The file text of `scenarioWithOverrides` (canonical JSON, as the shipped files are written). */
export function scenarioFileText(scenario: Scenario, overrides: Overrides, label: string, options: ExportOptions = {}): string {
  return scenarioToJson(scenarioWithOverrides(scenario, overrides, label, options));
}

// ---------------------------------------------------------------------------------------------
// CSV: one writer for the app and the CLI, in src/analysis/csv.ts (RFC 4180, CRLF, one header set).
export { csvField, summaryToCsv, sweepToCsv, toCsv, type CsvContext } from '../analysis/csv';
