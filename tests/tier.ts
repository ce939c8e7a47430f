// Test tiers and fuzz sizes, read from the environment in one place.
//
// `npm test` (the fast tier) runs every fuzzer at a small size with its fixed regression seed.
// `npm run test:full` sets TEST_TIER=full: every fuzzer runs at full size, and scripts/test.mjs draws
// a fresh FUZZ_SEED for the run and prints it first, so a failure can be replayed with
// `FUZZ_SEED=<seed> TEST_TIER=full npx vitest run <file>`.
// Sizes can always be set by hand: FUZZ_CASES (scenario files), FUZZ_LINKS (share links),
// FUZZ_ACTIONS (UI actions).

/** True under `npm run test:full` (or TEST_TIER=full). */
export const FULL = process.env.TEST_TIER === 'full';

/** A fuzzer's size: the environment variable if set, else the tier's default. */
export function fuzzSize(variable: 'FUZZ_CASES' | 'FUZZ_LINKS' | 'FUZZ_ACTIONS', fast: number, full: number): number {
  const raw = process.env[variable];
  if (raw !== undefined && raw !== '') {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${variable} must be a whole number ≥ 1, got "${raw}"`);
    return n;
  }
  return FULL ? full : fast;
}

export interface FuzzRun {
  seed: string;
  size: number;
  /** The fixed-seed regression run (true) or the run's fresh or replayed seed (false). */
  regression: boolean;
}

/**
 * The runs of one fuzzer: its fixed regression seed at the fast size, always; plus, when FUZZ_SEED
 * is set (the full tier always sets it), that seed at the full size (or at the size variable's value).
 * Each run is its own test, named by its seed.
 */
export function fuzzRuns(variable: 'FUZZ_CASES' | 'FUZZ_LINKS' | 'FUZZ_ACTIONS', regressionSeed: string, fast: number, full: number): FuzzRun[] {
  const fresh = process.env.FUZZ_SEED;
  const runs: FuzzRun[] = [{ seed: regressionSeed, size: fresh ? fast : fuzzSize(variable, fast, fast), regression: true }];
  if (fresh && fresh !== regressionSeed) runs.push({ seed: fresh, size: fuzzSize(variable, full, full), regression: false });
  return runs;
}

/** The command that replays one fuzz run, printed with every fuzz failure. */
export function replayCommand(file: string, run: FuzzRun, variable: string): string {
  return `FUZZ_SEED=${JSON.stringify(run.seed)} ${variable}=${run.size} npx vitest run ${file}`;
}
