// The analysis screen's status line (a polite live region that announces milestones only) and its
// progress bar (not live: the run counts change on every slice, and a screen reader should not be
// flooded while the curve refines). Built once; update(state) words both from the state.
import type { AnalysisState } from './controller';
import { fmtInt, htmlEl, setText } from './svg';
import { t } from '../i18n';

export interface StatusLine {
  status: HTMLElement;
  progressRow: HTMLElement;
  update(state: AnalysisState): void;
  /** Show a message (already worded) until the next milestone, e.g. an export that could not run. */
  message(text: string): void;
  relocalize(): void;
}

/** `workers`: how many workers the pool runs (said when everything is done). */
export function buildStatusLine(workers: () => number): StatusLine {
  const status = htmlEl('p', { class: 'an-status', role: 'status', 'aria-live': 'polite', id: 'an-status' });
  const progressRow = htmlEl('div', { class: 'an-progress' });
  const progress = htmlEl('progress');
  const progressText = htmlEl('span', { class: 'an-progress-text' });
  progressRow.append(progress, progressText);
  const wordStatic = () => progress.setAttribute('aria-label', t('Runs per troop level computed so far'));
  wordStatic();
  let last: AnalysisState | null = null;

  function update(state: AnalysisState) {
    last = state;
    const tm = state.timings;
    const milestone = state.error
      ? t('A computation in the background failed. Change an input or reload the page to try again.')
      : state.pending === 0
        ? t('All done: {runs} runs per troop level on {workers} workers, seed "{seed}".', { runs: fmtInt(state.refined.runs), workers: fmtInt(workers()), seed: state.seed })
        : state.refined.centralRuns >= state.refined.runs
          ? t('Curve refined; band, sensitivity and run set still computing…')
          : tm.coarseAt !== null
            ? t('Coarse curve ready ({runs} runs per level); refining…', { runs: fmtInt(state.coarse.runs) })
            : t('Computing…');
    setText(status, milestone);
    status.dataset.pending = String(state.pending);
    // The worker's own message is English and technical: kept for bug reports, not shown.
    if (state.error) status.dataset.error = state.error;
    else delete status.dataset.error;
    progress.max = state.refined.runs;
    progress.value = state.refined.centralRuns;
    setText(
      progressText,
      tm.coarseAt !== null
        ? t('coarse curve drawn {ms} ms after the change · {done} of {runs} runs per level · {jobs} jobs running', {
            ms: fmtInt((tm.coarseDrawnAt ?? performance.now()) - tm.changedAt),
            done: fmtInt(state.refined.centralRuns),
            runs: fmtInt(state.refined.runs),
            jobs: fmtInt(state.pending),
          })
        : t('{jobs} jobs running', { jobs: fmtInt(state.pending) }),
    );
  }

  return {
    status,
    progressRow,
    update,
    message(text) {
      status.textContent = text;
    },
    relocalize() {
      wordStatic();
      if (last) update(last);
    },
  };
}
