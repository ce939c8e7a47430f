// Exports a class can keep: the current set-up as a scenario file (changed values say they were
// changed in class and what the published value and source were), and results as CSV for a
// spreadsheet. Pure functions returning strings or data; the screens offer them as downloads.
import { checkOverrides, findInput, INPUTS, sourcedAt } from '../model/inputs';
import { MODEL_VERSION } from '../model/parameters';
import type { BatchSummary, OutcomeClass, Overrides, Scenario, Sourced, SweepPoint } from '../model/types';
import { SCENARIO_LIMITS, scenarioToJson } from '../engine/scenario';

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
  const copy = JSON.parse(scenarioToJson(scenario)) as Scenario;
  const changes: string[] = [];

  // INPUTS order, so the "changed in class" list reads the same way as the set-up screen.
  for (const spec of INPUTS) {
    if (!Object.prototype.hasOwnProperty.call(overrides, spec.path)) continue;
    const value = effectiveValue(spec.path, overrides[spec.path]);
    const published = sourcedAt(scenario, spec.path);
    const publishedNumber = published?.value ?? (spec.path === 'objective.holdMonths' ? DEFAULT_HOLD_MONTHS : undefined);
    if (publishedNumber === value) continue;
    const from = published
      ? `published value ${publishedNumber} (${published.asOf}) from: ${published.source}`
      : `no published value; the model's default is ${publishedNumber}`;
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

  if (Object.prototype.hasOwnProperty.call(overrides, 'population.hostility') && copy.regions.some((r) => r.hostility)) {
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
// CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold , " CR or LF)

type Cell = string | number | null | undefined;

/**
 * One CSV field. Text that a spreadsheet would read as a formula (starting with = + - @ or a tab)
 * (after any leading blanks) gets a leading apostrophe, so a seed or label typed in class cannot run in Excel; numbers are
 * written plainly with a dot decimal, whatever the page's language.
 */
export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  let text: string;
  if (typeof cell === 'number') {
    text = Number.isFinite(cell) ? String(Number(cell.toFixed(6))) : '';
  } else {
    // Leading blanks too: some spreadsheets trim them and then read the formula.
    text = /^[\s]*[=+\-@]|^[\t\r]/.test(cell) ? `'${cell}` : cell;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface CsvContext {
  /** Scenario id or title, written in the first column of every row. */
  scenario?: string;
}

const OUTCOME_COLUMNS: [OutcomeClass, string][] = [
  ['entry-failed', 'share_entry_failed'],
  ['failed', 'share_failed'],
  ['contested', 'share_contested'],
  ['stabilized', 'share_stabilized'],
];

const SUMMARY_HEADER = [
  'scenario', 'model_version', 'seed', 'runs', 'troops', 'entry_rate', 'success_rate', 'success_low_95', 'success_high_95',
  ...OUTCOME_COLUMNS.map(([, name]) => name),
  'capital_day_p10', 'capital_day_p25', 'capital_day_median', 'capital_day_p75', 'capital_day_p90',
  'mean_entered_population_share', 'mean_stabilized_population_share',
];

function summaryRow(summary: BatchSummary, context: CsvContext): Cell[] {
  const days = summary.capitalDays;
  return [
    context.scenario ?? '',
    MODEL_VERSION,
    summary.seed,
    summary.runs,
    summary.troops,
    summary.entryRate,
    summary.successRate,
    summary.successInterval[0],
    summary.successInterval[1],
    ...OUTCOME_COLUMNS.map(([kind]) => summary.outcomeShares[kind]),
    days?.p10, days?.p25, days?.median, days?.p75, days?.p90,
    summary.meanEnteredPopulationShare,
    summary.meanStabilizedPopulationShare,
  ];
}

/** One batch as a header row and one data row; shares are 0-1, days are empty when no run entered. */
export function summaryToCsv(summary: BatchSummary, context: CsvContext = {}): string {
  return toCsv([SUMMARY_HEADER, summaryRow(summary, context)]);
}

/** A sweep: one row per troop level, with troops per 1,000 inhabitants after the troops column. */
export function sweepToCsv(points: readonly SweepPoint[], context: CsvContext = {}): string {
  const header = [...SUMMARY_HEADER.slice(0, 5), 'troops_per_thousand', ...SUMMARY_HEADER.slice(5)];
  const rows = points.map((point) => {
    const row = summaryRow(point, context);
    return [...row.slice(0, 5), point.troopsPerThousand, ...row.slice(5)];
  });
  return toCsv([header, ...rows]);
}
