// The set-up's input exports: every input as set, with its status (published, derived, design choice
// or changed) and its source, as CSV for a spreadsheet or JSON for a program (src/app/export.ts).
import { inputsToCsv, inputsToJson } from '../../app/export';
import type { Overrides, Scenario } from '../../model/types';
import { h } from '../dom';
import { t } from '../i18n';
import { downloadText } from '../kit/files';
import type { Wording } from '../kit/wording';

export function inputExportButtons(scenario: Scenario, overrides: () => Overrides, words: Wording): HTMLElement[] {
  return [
    words.text(h('button', { type: 'button', id: 'export-inputs-csv', onclick: () => downloadText(`${scenario.id}-inputs.csv`, inputsToCsv(scenario, overrides()), 'text/csv;charset=utf-8') }), () => t('Export the inputs (CSV)')),
    words.text(h('button', { type: 'button', id: 'export-inputs-json', onclick: () => downloadText(`${scenario.id}-inputs.json`, inputsToJson(scenario, overrides()), 'application/json') }), () => t('Export the inputs (JSON)')),
  ];
}
