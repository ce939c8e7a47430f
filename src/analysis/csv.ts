// CSV for spreadsheets: the one writer of batch and sweep tables, for the app's downloads and the
// CLI's --csv. RFC 4180: comma-separated, CRLF after every row, a field quoted when it holds , " CR
// or LF; text that a spreadsheet would run as a formula gets a leading apostrophe; numbers are raw
// (dot decimal, no grouping, at most six decimals) whatever the page's language. Pure.
// Every CSV file the app writes starts with a UTF-8 byte-order mark (toCsvFile, summaryToCsv): without
// it Excel reads the file as the computer's legacy code page and garbles "Éxito". The CLI's --csv
// (sweepToCsv, printed to a terminal) has none.
import { MODEL_VERSION } from '../model/parameters';
import type { BatchSummary, OutcomeClass, SweepPoint } from '../model/types';

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

/** The UTF-8 byte-order mark that starts every CSV file the app writes. */
export const CSV_BOM = '\uFEFF';

/** `text` as a file's content: with one byte-order mark in front (never two). */
export function withBom(text: string): string {
  return text.startsWith(CSV_BOM) ? text : CSV_BOM + text;
}

/** Rows as a CSV file for a download: toCsv with the byte-order mark. */
export function toCsvFile(rows: readonly (readonly Cell[])[]): string {
  return withBom(toCsv(rows));
}

export interface CsvContext {
  /** Scenario id or title, written in the first column of every row. */
  scenario?: string;
  /** The objective the figures are under, written in the last column. */
  objective?: string;
}

const OUTCOME_COLUMNS: [OutcomeClass, string][] = [
  ['entry-failed', 'share_entry_failed'],
  ['failed', 'share_failed'],
  ['contested', 'share_contested'],
  ['stabilized', 'share_stabilized'],
];

const SUMMARY_HEADER = [
  'scenario',
  'model_version',
  'seed',
  'runs',
  'troops',
  'entry_rate',
  'success_rate',
  'success_low_95',
  'success_high_95',
  ...OUTCOME_COLUMNS.map(([, name]) => name),
  'capital_day_p10',
  'capital_day_p25',
  'capital_day_median',
  'capital_day_p75',
  'capital_day_p90',
  'mean_entered_population_share',
  'mean_stabilized_population_share',
  'objective',
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
    days?.p10,
    days?.p25,
    days?.median,
    days?.p75,
    days?.p90,
    summary.meanEnteredPopulationShare,
    summary.meanStabilizedPopulationShare,
    context.objective ?? '',
  ];
}

/** One batch as a header row and one data row (a file: with the BOM); shares are 0-1, days are empty when no run entered. */
export function summaryToCsv(summary: BatchSummary, context: CsvContext = {}): string {
  return toCsvFile([SUMMARY_HEADER, summaryRow(summary, context)]);
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
