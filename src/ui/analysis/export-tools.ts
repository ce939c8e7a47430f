// Export buttons under each analysis chart: "Export CSV" writes the chart's own data table (raw
// values: plain numbers with a dot decimal, whatever the page's language) and "Save chart as PNG"
// rasterizes the SVG (src/ui/svg-png.ts, shared with the debrief).
import { toCsvFile } from '../../app/export';
import { exportFileName, type FileContext } from '../../app/file-names';
import { t } from '../i18n';
import { chartPng, downloadBlob, tableRows } from '../svg-png';
import { htmlEl, type ChartFrame } from './svg';

export { chartPng, standaloneSvg, tableRows } from '../svg-png';

/** The file context of what the analysis screen shows: its scenario, troop level and seed. */
export function stateFileContext(state: { scenario: { id: string }; troops: number; seed: string } | null): FileContext | null {
  return state ? { scenario: state.scenario.id, troops: state.troops, seed: state.seed } : null;
}

export interface ChartTools {
  element: HTMLElement;
  /** Word the buttons again in the current language. */
  relocalize(): void;
}

/**
 * Adds the two export buttons to a chart's figure; the file name (exportFileName) carries the
 * set-up's scenario, troops and seed (`context`: the state the chart shows) and `name`.
 */
export function addChartTools(frame: ChartFrame, name: string, status: (message: string) => void, context: () => FileContext | null = () => null): ChartTools {
  const tools = htmlEl('div', { class: 'an-tools' });
  const csv = htmlEl('button', { type: 'button', class: 'an-export-csv' });
  csv.addEventListener('click', () => {
    const rows = tableRows(frame.table);
    if (rows.length < 2) return status(t('No data yet: wait for the chart to finish computing.'));
    downloadBlob(new Blob([toCsvFile(rows)], { type: 'text/csv;charset=utf-8' }), exportFileName(context(), name, 'csv'));
  });
  const png = htmlEl('button', { type: 'button', class: 'an-export-png' });
  png.addEventListener('click', () => {
    chartPng(frame.svg).then(
      (blob) => downloadBlob(blob, exportFileName(context(), name, 'png')),
      () => status(t('The chart could not be saved as an image.')),
    );
  });
  tools.append(csv, png);
  frame.figure.append(tools);
  const relocalize = () => {
    csv.textContent = t('Export CSV');
    png.textContent = t('Save chart as PNG');
  };
  relocalize();
  return { element: tools, relocalize };
}
