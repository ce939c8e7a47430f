// Text and JSON renderings of batch results and claim verdicts for the command line (CSV: the one
// writer in src/analysis/csv.ts).
// Pure functions of the results, so tests can check the wording without spawning a process.
import { findInput, publishedValue } from '../model/inputs';
import type { BatchSummary, CheckResult, ClaimVerdict, ObjectiveKind, Overrides, Scenario, SensitivityBar, SweepPoint, TroopsForSuccess } from '../model/types';
import type { ClaimsRecord, SummaryRecord, SweepRecord } from '../analysis/queries';
import { METRIC_LABELS } from '../engine/metrics';
import { troopsPerThousand } from '../engine/sweep';

export interface ChangedInput {
  path: string;
  label: string;
  symbol: string;
  published: number | null;
  value: number;
}

const OBJECTIVE_WORDS: Record<ObjectiveKind, string> = {
  capital: 'seize and hold the capital region',
  country: 'full-scale invasion and control of the country',
  limited: 'hold one small region for a set time',
};

export const percent = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;
export const count = (x: number) => Math.round(x).toLocaleString('en-US');

/** Overrides whose value differs from the scenario's published value. */
export function changedInputs(scenario: Scenario, overrides: Overrides): ChangedInput[] {
  const changed: ChangedInput[] = [];
  for (const [path, value] of Object.entries(overrides)) {
    const spec = findInput(path);
    const published = publishedValue(scenario, path) ?? null;
    if (published === value) continue;
    changed.push({ path, label: spec?.label ?? path, symbol: spec?.symbol ?? '', published, value });
  }
  return changed;
}

function describeCheck(check: CheckResult): string {
  const what = `${METRIC_LABELS[check.metric]} (${check.objective} objective) at ${count(check.troops)} troops`;
  const mark = check.holds ? 'holds' : 'does not hold';
  return `${what}: ${percent(check.measured)} [95% ${percent(check.interval[0])}-${percent(check.interval[1])}], claim needs ${check.op} ${percent(check.threshold)}: ${mark}`;
}

/** A claim's verdict across its inputs' declared ranges, in words (the same facts the cards show). */
export function rangeLine(v: ClaimVerdict): string {
  if (!v.testable) return 'not testable by this model: the figures below are what it checks instead, with no verdict on the quote';
  if (!v.range) return `${v.pointVerdict} at the current inputs (ranges not evaluated)`;
  const { range } = v;
  if (range.flips.length === 0) {
    return `${v.pointVerdict} at the current inputs and at both ends of all ${range.examined.length} declared input ranges (${count(range.runs)} runs at each end)`;
  }
  const flips = range.flips.map((f) => `${f.label} (${f.symbol}): ${f.atLow} at ${fmt(f.low)}, ${f.atHigh} at ${fmt(f.high)}, changes near ${fmt(f.flipsAt)} (estimate)`);
  return `${v.pointVerdict} at the current inputs, but depends on ${flips.join('; ')}`;
}

export function formatClaims(verdicts: readonly ClaimVerdict[]): string[] {
  const lines: string[] = [];
  for (const v of verdicts) {
    lines.push(`  [${v.verdict}] ${v.who}: "${v.quote}"`);
    lines.push(`      ${v.testable ? 'claim' : 'checks instead'}: ${v.claim}`);
    lines.push(`      verdict: ${rangeLine(v)}`);
    for (const check of v.checks) lines.push(`      - ${describeCheck(check)}`);
    if (v.driver) {
      const d = v.driver;
      lines.push(
        `      moved most by ${d.label} (${d.symbol}) across ${fmt(d.low)}-${fmt(d.high)} (${d.rangeKind === 'assumed ±50%' ? 'no declared range: ±50% assumed' : `${d.rangeKind} range`}): ${percent(d.metricAtLow)} → ${percent(d.metricAtHigh)}`,
      );
    } else if (v.testable && v.range) {
      lines.push('      no input moves these figures across its range');
    }
    if (v.verdict !== v.expected) lines.push(`      note: the card expects "${v.expected}"`);
  }
  return lines;
}

function fmt(x: number): string {
  return Number.isInteger(x) ? count(x) : String(Math.round(x * 1000) / 1000);
}

function changedLines(changed: readonly ChangedInput[]): string[] {
  if (changed.length === 0) return ['Inputs: all at their published values.'];
  return ['Inputs changed from the published values:', ...changed.map((c) => `  ${c.label} (${c.symbol}): ${c.published === null ? 'none' : fmt(c.published)} → ${fmt(c.value)}`)];
}

export interface RunReport {
  scenario: Scenario;
  objective: ObjectiveKind;
  population: number;
  changed: ChangedInput[];
  summary: BatchSummary;
  claims: ClaimVerdict[];
  /** Where the figures come from (the analysis service's query records). */
  queries?: { summary: SummaryRecord; claims: ClaimsRecord };
}

export function formatRun(report: RunReport): string {
  const { scenario, summary } = report;
  const perThousand = troopsPerThousand(summary.troops, report.population);
  const s = summary.outcomeShares;
  const lines = [
    scenario.title,
    scenario.question,
    '',
    `Objective: ${report.objective} (${OBJECTIVE_WORDS[report.objective]})`,
    `Troops: ${count(summary.troops)} (${perThousand.toFixed(2)} per 1,000 inhabitants)`,
    `Runs: ${count(summary.runs)}   Seed: ${summary.seed}`,
    ...changedLines(report.changed),
    '',
    `Key region entered:   ${percent(summary.entryRate)} of runs`,
    `Objective reached:    ${percent(summary.successRate)} of runs (95% interval ${percent(summary.successInterval[0])}-${percent(summary.successInterval[1])})`,
    `Outcome shares:       never entered ${percent(s['entry-failed'])}, failed ${percent(s.failed)}, contested ${percent(s.contested)}, stabilized ${percent(s.stabilized)}`,
    summary.capitalDays
      ? `Days to enter the capital: median ${summary.capitalDays.median} (p10-p90 ${summary.capitalDays.p10}-${summary.capitalDays.p90}), over the ${count(summary.capitalDayCounts.reduce((a, b) => a + b, 0))} runs that entered it`
      : 'Days to enter the capital: the capital region was never entered',
    `Population ever entered: ${percent(summary.meanEnteredPopulationShare)} on average`,
  ];
  if (report.claims.length > 0) lines.push('', 'Claims:', ...formatClaims(report.claims));
  return lines.join('\n');
}

export function runJson(report: RunReport): object {
  const { capitalDayCounts, ...summary } = report.summary;
  return {
    scenario: { id: report.scenario.id, title: report.scenario.title },
    objective: report.objective,
    population: report.population,
    changedInputs: report.changed,
    ...summary,
    capitalDayCounts,
    claims: report.claims,
    ...(report.queries ? { queries: report.queries } : {}),
  };
}

const SWEEP_COLUMNS = ['troops', 'per 1,000', 'entered', 'success', 'never entered', 'failed', 'contested', 'stabilized'];

function sweepRow(p: SweepPoint): string[] {
  const s = p.outcomeShares;
  return [count(p.troops), p.troopsPerThousand.toFixed(2), percent(p.entryRate), percent(p.successRate), percent(s['entry-failed']), percent(s.failed), percent(s.contested), percent(s.stabilized)];
}

export function formatSweep(scenario: Scenario, objective: ObjectiveKind, points: readonly SweepPoint[], changed: readonly ChangedInput[]): string {
  const rows = [SWEEP_COLUMNS, ...points.map(sweepRow)];
  const widths = SWEEP_COLUMNS.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const table = rows.map((r) => r.map((cell, c) => cell.padStart(widths[c])).join('  '));
  const first = points[0];
  return [
    scenario.title,
    `Sweep of ${points.length} troop levels, ${first ? count(first.runs) : 0} runs each, seed ${first?.seed ?? ''}, common random numbers`,
    `Objective: ${objective} (${OBJECTIVE_WORDS[objective]})`,
    ...changedLines(changed),
    '',
    table[0],
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...table.slice(1),
  ].join('\n');
}

export function sweepJson(scenario: Scenario, objective: ObjectiveKind, points: readonly SweepPoint[], changed: readonly ChangedInput[], query?: SweepRecord): object {
  return {
    scenario: { id: scenario.id, title: scenario.title },
    objective,
    changedInputs: changed,
    points: points.map(({ tally: _tally, ...point }) => point),
    ...(query ? { query } : {}),
  };
}

export function formatTarget(scenario: Scenario, objective: ObjectiveKind, target: number, answer: TroopsForSuccess | null, runs: number, max: number): string {
  const head = `${scenario.title}\nTroops for ${percent(target, 0)} success (${objective} objective), ${count(runs)} runs per level, common random numbers:`;
  if (!answer) return `${head}\n  not reached below ${count(max)} troops.`;
  return [
    head,
    `  ${count(answer.troops)} troops (measured ${percent(answer.rate)} there; to the nearest ${count(answer.resolution)})`,
    `  uncertainty: ${count(answer.low)}-${count(answer.high)}${answer.highAtLimit ? '+' : ''} troops (where the 95% Wilson interval of the rate contains the target)`,
  ].join('\n');
}

export function formatSensitivity(scenario: Scenario, objective: ObjectiveKind, troops: number, runs: number, bars: readonly SensitivityBar[]): string {
  const base = bars[0]?.metricAtBase ?? 0;
  const rows = bars.map((b) => [
    `${b.label} (${b.symbol})`,
    `${fmt(b.low)} → ${fmt(b.high)}`,
    b.rangeKind === 'published' ? 'published' : '±50% assumed',
    `${percent(b.metricAtLow)} → ${percent(b.metricAtHigh)}`,
    `${(b.swing * 100).toFixed(1)} pts`,
  ]);
  const header = ['input', 'range', 'range from', 'success', 'swing'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [
    scenario.title,
    `Sensitivity of the ${objective} objective's success rate at ${count(troops)} troops (${percent(base)} at the current inputs), ${count(runs)} runs per end, common random numbers:`,
    '',
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n');
}
