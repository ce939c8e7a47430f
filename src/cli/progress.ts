// Progress of long batches on stderr, for a person watching a terminal: one line, a bar and a
// percentage, redrawn in place with \r and cleared when the work is done. sim.ts installs it only
// when stderr is a TTY; piped or redirected stderr (scripts, tests) gets nothing, so it stays clean.
// Short batches draw nothing: the first redraw waits `delayMs`, and redraws come at most every
// `everyMs`.

const WIDTH = 30;

/** The progress line: "\r[#########.....]  31% " (no newline). */
export function progressLine(done: number, total: number): string {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  const filled = Math.round(share * WIDTH);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% `;
}

/** Wipes a drawn progress line. */
export const CLEAR_LINE = `\r${' '.repeat(WIDTH + 8)}\r`;

/**
 * A progress callback `(done, total)` that draws through `write`, reading the clock through `now`.
 * `done === total` ends a stretch of work: a drawn line is cleared, and the next stretch waits its
 * own delay.
 */
export function progressReporter(write: (text: string) => void, now: () => number, options: { delayMs?: number; everyMs?: number } = {}): (done: number, total: number) => void {
  const delay = options.delayMs ?? 500;
  const every = options.everyMs ?? 100;
  let started: number | null = null;
  let drawnAt: number | null = null;
  return (done, total) => {
    const time = now();
    if (done >= total) {
      if (drawnAt !== null) write(CLEAR_LINE);
      started = null;
      drawnAt = null;
      return;
    }
    started ??= time;
    if (time - started < delay || (drawnAt !== null && time - drawnAt < every)) return;
    write(progressLine(done, total));
    drawnAt = time;
  };
}
