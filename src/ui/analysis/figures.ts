// The analysis screen's other charts, each in its own section with its export buttons: the density
// comparison, the tornado (sensitivity) and one run set at the current level. Built once; update()
// redraws a chart only when its inputs changed, relocalize() words the captions and buttons again.
import { t, tData } from '../i18n';
import type { AnalysisState } from './controller';
import { densityRows, densitySources, DENSITY_W, renderDensity } from './density-chart';
import { addChartTools, stateFileContext, type ChartTools } from './export-tools';
import { markersFor } from './markers';
import type { RedrawPass } from './render-loop';
import { renderRunSet, RUNSET_H, RUNSET_W } from './runset-chart';
import { chartFrame, htmlEl, type ChartFrame } from './svg';
import { renderTornado, TORNADO_W } from './tornado-chart';

export interface Figures {
  sections: HTMLElement[];
  /** `hidden`: the inputs the teacher hid (the tornado leaves them out). */
  update(state: AnalysisState, pass: RedrawPass, population: number, word: string, hidden?: readonly string[]): void;
  relocalize(): void;
}

export function buildFigures(status: (message: string) => void): Figures {
  const frames: ChartFrame[] = [];
  let shown: AnalysisState | null = null;
  const tools: ChartTools[] = [];
  const section = (id: string, caption: () => string, width: number, height: number, file: string) => {
    const frame = chartFrame(id, caption, width, height);
    const element = htmlEl('section', { class: 'an-section', 'aria-labelledby': `${id}-caption` });
    element.append(frame.figure);
    tools.push(addChartTools(frame, file, status, () => stateFileContext(shown)));
    frames.push(frame);
    return { frame, element };
  };
  const density = section('an-density', () => t('Troops per 1,000 inhabitants: this country at the published force sizes, and past interventions'), DENSITY_W, 400, 'densities');
  density.element.append(densitySources());
  const tornado = section('an-tornado', () => t('Sensitivity: which input, moved across its range (published, or ±50% where none is published), changes the success rate most'), TORNADO_W, 300, 'sensitivity');
  const runSet = section('an-runset', () => t('One run set at the current troop level: days to enter the capital and outcome shares'), RUNSET_W, RUNSET_H, 'run-set');

  return {
    sections: [density.element, tornado.element, runSet.element],
    update(state, pass, population, word, hidden = []) {
      shown = state;
      pass.part('density', [state.scenario, population, state.troops], () =>
        renderDensity(density.frame, densityRows(tData(state.scenario.title), population, state.troops, markersFor(state.scenario)), population, state.troops, state.scenario.intervener.troops.value),
      );
      pass.part('tornado', [state.tornado, state.scenario, state.troops, word, hidden.join(',')], () => renderTornado(tornado.frame, state.tornado, state.scenario, state.troops, word, hidden));
      pass.part('runset', [state.runSetResult, word], () => renderRunSet(runSet.frame, state.runSetResult, word));
    },
    relocalize() {
      for (const frame of frames) frame.relocalize();
      for (const tool of tools) tool.relocalize();
    },
  };
}
