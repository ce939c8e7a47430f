// Typed errors of the analysis service: a code and plain details, never an English sentence, so the
// worker can send them as data and each caller words them (the UI through its catalogue, the CLI in
// English). `message` exists only for stack traces and logs.

export type AnalysisErrorCode =
  /** A query of a kind the service does not know. details: { kind } */
  | 'unknown-query'
  /** runs or firstRun not a whole number ≥ 0. details: { runs, firstRun } */
  | 'bad-run-range'
  /** An override path not in INPUTS, or a value out of its bounds. details: { path, value } */
  | 'bad-override'
  /** A troop level that is not a finite number ≥ 0. details: { level } */
  | 'bad-level'
  /** The inverse's target is not a rate in [0, 1]. details: { target } */
  | 'bad-target'
  /** The inverse's search range is empty or negative. details: { min, max } */
  | 'bad-search-range'
  /** Variants of one query on different boards (region counts). details: { regions } */
  | 'mixed-boards'
  /** Results that are not adjacent slices of the same query. details: { reason } */
  | 'merge-mismatch'
  /** A query that cannot be split into run ranges (inverse, claims with drivers). details: { kind } */
  | 'not-mergeable'
  /** The engine threw; a bug. details: { message } */
  | 'engine-failure'
  /** A Web Worker crashed or could not start. details: { message } */
  | 'worker-failure'
  /** An inverse query's `known` counts come from another quantity (inputs, seed or runs). details: { field } */
  | 'bad-known';

export type ErrorDetails = Record<string, string | number | boolean | null>;

/** An error as data (what crosses from a worker). */
export interface AnalysisErrorData {
  code: AnalysisErrorCode;
  details: ErrorDetails;
}

export class AnalysisError extends Error implements AnalysisErrorData {
  constructor(
    readonly code: AnalysisErrorCode,
    readonly details: ErrorDetails = {},
  ) {
    super(`${code} ${JSON.stringify(details)}`);
    this.name = 'AnalysisError';
  }

  toData(): AnalysisErrorData {
    return { code: this.code, details: { ...this.details } };
  }

  static from(data: AnalysisErrorData): AnalysisError {
    return new AnalysisError(data.code, data.details);
  }
}

/** Any thrown value as typed error data: an AnalysisError as it is, anything else as an engine failure. */
export function errorData(error: unknown): AnalysisErrorData {
  if (error instanceof AnalysisError) return error.toData();
  return { code: 'engine-failure', details: { message: error instanceof Error ? error.message : String(error) } };
}
