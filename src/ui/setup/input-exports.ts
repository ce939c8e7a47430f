// The set-up's input exports: every input as set, with its status (published, derived, design choice
// or changed) and its source, as CSV for a spreadsheet or JSON for a program (src/app/export.ts).
import { inputsToCsv, inputsToJson } from '../../app/export';
import type { Overrides, Scenario } from '../../model/types';
import { h } from '../dom';
import { t } from '../i18n';
import { downloadText } from '../kit/files';
import { exportFileName, fileContext } from '../../app/file-names';
import type { Wording } from '../kit/wording';

/** `selection`: the overrides and seed in use (the file names carry the scenario, the troops and the seed: exportFileName). */
export function inputExportButtons(scenario: Scenario, selection: () => { overrides: Overrides; seed: string }, words: Wording): HTMLElement[] {
  const overrides = () => selection().overrides;
  const name = (ext: string) => exportFileName(fileContext(scenario, overrides(), selection().seed), 'inputs', ext);
  return [
    words.text(h('button', { type: 'button', id: 'export-inputs-csv', onclick: () => downloadText(name('csv'), inputsToCsv(scenario, overrides()), 'text/csv;charset=utf-8') }), () => t('Export the inputs (CSV)')),
    words.text(h('button', { type: 'button', id: 'export-inputs-json', onclick: () => downloadText(name('json'), inputsToJson(scenario, overrides()), 'application/json') }), () => t('Export the inputs (JSON)')),
  ];
}
