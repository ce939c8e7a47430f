// The analysis screen's redraw scheduler: at most one redraw per animation frame, each part of the
// screen redrawn only when what it shows changed (by identity), and the time each part takes kept
// for the bench (window.__thresholdAnalysis.partMs). A language switch forgets what was drawn
// (redrawAll), so every part words itself again from the same state: no new query.
import type { AnalysisState } from './controller';
import type { DEFAULT_SIZES } from './controller';

/** What the page exposes for browser tests and the bench (read-only snapshots). */
export interface AnalysisHook {
  state(): AnalysisState | null;
  sizes: typeof DEFAULT_SIZES;
  renders: number;
  lastRenderAt: number;
  /** Longest single redraw of the screen so far, in ms (main-thread cost of a progress update). */
  maxRenderMs: number;
  /** Longest redraw of each part, in ms. */
  partMs: Record<string, number>;
  /** Coarse curves drawn so far (one per input change that was not overtaken by the next). */
  coarseDrawn: number;
  /** Time `runs` runs at `levels` troop levels in one worker slice; resolves with the worker's ms. */
  timeWorker(runs: number, levels: number[]): Promise<{ runs: number; levels: number; ms: number }>;
}

declare global {
  interface Window {
    __thresholdAnalysis?: AnalysisHook;
  }
}

/** Handed to each part of the screen on a redraw. */
export interface RedrawPass {
  /** Run `draw` when any of `deps` differs (Object.is) from the last time `name` was drawn; timed. */
  part(name: string, deps: readonly unknown[], draw: () => void): void;
}

export interface RenderLoop {
  /** Redraw on the next animation frame (one redraw however often it is called before). */
  schedule(): void;
  /** Forget what every part last drew and redraw now (after a language switch). */
  redrawAll(): void;
  dispose(): void;
}

/**
 * `render(state, pass)` draws the screen; it runs only when `state()` has a state. Each redraw is
 * counted and timed on `hook`.
 */
export function renderLoop(state: () => AnalysisState | null, hook: AnalysisHook, render: (state: AnalysisState, pass: RedrawPass) => void): RenderLoop {
  let frame = 0;
  const lastDeps = new Map<string, readonly unknown[]>();
  const pass: RedrawPass = {
    part(name, deps, draw) {
      const before = lastDeps.get(name);
      if (before && before.length === deps.length && before.every((d, i) => Object.is(d, deps[i]))) return;
      lastDeps.set(name, deps);
      const started = performance.now();
      draw();
      hook.partMs[name] = Math.max(hook.partMs[name] ?? 0, performance.now() - started);
    },
  };
  function run() {
    frame = 0;
    const current = state();
    if (!current) return;
    const started = performance.now();
    render(current, pass);
    hook.renders += 1;
    hook.lastRenderAt = performance.now();
    hook.maxRenderMs = Math.max(hook.maxRenderMs, hook.lastRenderAt - started);
    const tm = current.timings;
    if (tm.coarseAt !== null && tm.coarseDrawnAt === undefined) {
      tm.coarseDrawnAt = hook.lastRenderAt;
      hook.coarseDrawn += 1;
    }
    if (tm.refinedAt !== null && tm.refinedDrawnAt === undefined) tm.refinedDrawnAt = hook.lastRenderAt;
  }
  return {
    schedule() {
      if (!frame) frame = requestAnimationFrame(run);
    },
    redrawAll() {
      lastDeps.clear();
      if (frame) cancelAnimationFrame(frame);
      run();
    },
    dispose() {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
