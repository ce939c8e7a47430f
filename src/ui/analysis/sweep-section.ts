// The sweep section of the analysis screen: the sweep chart (with its sentence and table), its
// legend, the published force-size buttons and the inverse question. Built once; update() redraws
// each part only when what it shows changed, relocalize() words the fixed texts again (the parts
// are then redrawn from the same state by the render loop's redrawAll).
import { BAND_RUNS } from '../../analysis/queries';
import type { Tally } from '../../model/types';
import { t, tData } from '../i18n';
import type { AnalysisState } from './controller';
import { addChartTools, stateFileContext } from './export-tools';
import { buildInverseForm, inverseView } from './inverse-form';
import { buildMarkerList } from './marker-list';
import { markersFor } from './markers';
import type { RedrawPass } from './render-loop';
import { renderSweep, SWEEP_H, SWEEP_W, type SweepView } from './sweep-chart';
import { chartFrame, fmtInt, htmlEl, setText } from './svg';

export interface SweepSection {
  element: HTMLElement;
  update(state: AnalysisState, pass: RedrawPass, population: number, word: string): void;
  relocalize(): void;
}

/** `onTarget(rate)`: a new target typed in the inverse question; `status(message)`: export messages. */
export function buildSweepSection(onTarget: (rate: number) => void, status: (message: string) => void): SweepSection {
  const section = htmlEl('section', { class: 'an-section', 'aria-labelledby': 'an-sweep-caption' });
  const sweep = chartFrame('an-sweep', () => t('Success rate against troop level'), SWEEP_W, SWEEP_H);
  const legend = htmlEl('ul', { class: 'an-legend' });
  const keys = ['an-key-success', 'an-key-entry', 'an-key-band', 'an-key-inverse'].map((cls) => htmlEl('li', { class: cls }));
  legend.append(...keys);
  const markerList = buildMarkerList();
  const inverseForm = buildInverseForm(onTarget);
  sweep.figure.insertBefore(legend, sweep.sentence);
  sweep.figure.insertBefore(markerList.element, sweep.sentence);
  section.append(sweep.figure, inverseForm.element);
  let shown: AnalysisState | null = null;
  const tools = addChartTools(sweep, 'sweep', status, () => stateFileContext(shown));
  // Until the new coarse curve arrives, the last one stays on screen, dimmed, rather than a blank chart.
  let lastCentral: Tally[] | null = null;

  function update(state: AnalysisState, pass: RedrawPass, population: number, word: string) {
    shown = state;
    const useRefined = !!state.refined.central && state.refined.centralRuns >= state.coarse.runs;
    const curves = useRefined ? state.refined : state.coarse;
    const bandSet = state.refined.optimistic && state.refined.pessimistic ? state.refined : state.coarse;
    const band = bandSet.optimistic && bandSet.pessimistic ? { optimistic: bandSet.optimistic, pessimistic: bandSet.pessimistic } : null;
    const stale = !curves.central && lastCentral !== null;
    if (curves.central) lastCentral = curves.central;
    const inverse = inverseView(state.inverse);
    const markers = markersFor(state.scenario);
    const central = curves.central ?? (stale ? lastCentral : null);
    const runs = useRefined ? state.refined.centralRuns : state.coarse.runs;
    pass.part(
      'sweep',
      [markers, central, runs, band?.optimistic, band?.pessimistic, state.inverse.central, state.inverse.optimistic, state.inverse.pessimistic, state.inverse.target, state.troops, state.axisMax, stale, population, word],
      () => {
        sweep.svg.classList.toggle('an-stale', stale);
        const view: SweepView = {
          central,
          runs,
          targetRuns: state.refined.runs,
          optimistic: band?.optimistic ?? null,
          pessimistic: band?.pessimistic ?? null,
          population,
          objectiveWord: word,
          troops: state.troops,
          inverse,
          bandInputs: state.band.moved.map((m) => tData(m.label).toLowerCase()),
          stale,
          markers,
          axisMax: state.axisMax,
        };
        renderSweep(sweep, view);
      },
    );
    pass.part('inverse', [state.inverse, state.inverse.central, state.inverse.optimistic, state.inverse.pessimistic, population], () => inverseForm.update(state.inverse, inverse, population));
    pass.part('legend', [state.band, word], () => {
      const moved = state.band.moved;
      setText(keys[0], t('Success rate ({objective})', { objective: word }));
      setText(keys[1], t('Entry rate: the key region entered'));
      setText(
        keys[2],
        moved.length
          ? t('Band: {inputs} moved together to the pessimistic and to the optimistic ends of their published ranges (the first {runs} of the same runs; inputs you set are kept as set)', {
              inputs: moved.map((m) => tData(m.label).toLowerCase()).join(', '),
              runs: fmtInt(BAND_RUNS),
            })
          : t('Band: no input you have not set has a published range'),
      );
      setText(keys[3], t('Dotted line: your target rate; dot: where the curve first reaches it; dark bar: its 95% sampling interval; light bar: from the optimistic to the pessimistic band curve'));
    });
    pass.part('markers', [markers, state.refined.central, population], () => markerList.update(markers, state.refined.central, population));
  }

  return {
    element: section,
    update,
    relocalize() {
      sweep.relocalize();
      tools.relocalize();
      markerList.relocalize();
      inverseForm.relocalize();
    },
  };
}
