// The teacher's Class screen (#/class): the groups' result codes (src/app/result-code.ts), pasted,
// loaded from .txt files or scanned from their QR codes, pooled in this page (src/app/result-pool.ts)
// and shown for the projector: the class's forecasts against the model (a calibration chart and its
// table), the games' outcome classes against the counts the model expects, and the inputs groups
// changed; exported as CSV and the chart as PNG. Nothing leaves the browser and nothing is stored:
// the pooled codes live in this page's memory (kept across screens and a language switch, gone on
// reload), so a shared classroom computer keeps no class's results.
import type { Screen } from '../../app/router';
import { calibration, changedInputs, outcomeTable, poolCodes, poolCsv, type PooledResult, type RefusedCode } from '../../app/result-pool';
import { h } from '../dom';
import { formatNumber, t, tData, tn } from '../i18n';
import { downloadText } from '../kit/files';
import { exportFileName } from '../../app/file-names';
import { kitLocked, mountLockedScreen } from '../kit/pin-prompt';
import { chartPng, downloadBlob } from '../svg-png';
import { calibrationChart } from './class-chart';
import { canScan, openScanner } from './class-scan';
import { calibrationTable, inputsTable, outcomesTable } from './class-tables';
import './class.css';

/** The class pooled so far in this page (memory only). */
const pooled: PooledResult[] = [];
let lastRefused: RefusedCode[] = [];
let lastAdded = 0;

/** For tests: forget the pooled codes. */
export function clearClass(): void {
  pooled.length = 0;
  lastRefused = [];
  lastAdded = 0;
}

export function refusalText(r: RefusedCode): string {
  const why = (() => {
    switch (r.problem) {
      case 'empty':
      case 'malformed':
        return t('the code is damaged or incomplete; copy it again.');
      case 'too-long':
        return t('too long for a result code.');
      case 'not-a-code':
        return t('this is not a result code (result codes start with “TH1-”).');
      case 'unknown-version':
        return t('the code is in format version {version}, which this page cannot read; open the same version of the game the group used.', { version: r.version ?? '?' });
      case 'checksum':
        return t('the checksum does not match: a character was changed, added or lost; copy the code again.');
      case 'duplicate':
        return r.of ? t('a duplicate of line {of}; it counts once.', { of: r.of }) : t('a duplicate of a code already pooled; it counts once.');
      case 'other-model':
        return t('made with model version {version}, not the version of this page, so its figures cannot be compared.', { version: r.version ?? '?' });
      case 'unknown-scenario':
        return t('its scenario is not listed on this page (an imported file? import the same file here first).');
      case 'other-scenario-version':
        return t('made with another version of its scenario (its content differs from this page’s copy), so its figures cannot be compared.');
    }
  })();
  return t('Line {line} (“{code}”): {why}', { line: r.line, code: r.excerpt, why });
}

export const classScreen: Screen = {
  id: 'class',
  title: 'Class',
  mount(root, app) {
    // Teacher-only: while teacher settings are locked by a PIN, the PIN form stands in (src/ui/kit/pin-prompt.ts).
    if (kitLocked(app))
      return mountLockedScreen(
        root,
        app,
        () => t('Class results'),
        () => app.navigate('class'),
      );
    const titleOf = (id: string) => {
      const scenario = app.session.scenarios.find((s) => s.id === id);
      return scenario ? tData(scenario.title) : id;
    };
    const paste = h('textarea', { id: 'class-paste', rows: '6', spellcheck: 'false', autocomplete: 'off', class: 'result-code' });
    const status = h('p', { id: 'class-status', role: 'status' });
    const refusedList = h('ul', { id: 'class-refused', class: 'field-errors' });
    const results = h('div', { id: 'class-results' });
    let chart: SVGSVGElement | null = null;

    const render = () => {
      status.textContent = pooled.length || lastRefused.length ? t('{count} codes pooled. Last added: {added} accepted, {refused} refused.', { count: pooled.length, added: lastAdded, refused: lastRefused.length }) : '';
      status.dataset.pooled = String(pooled.length);
      refusedList.replaceChildren(...lastRefused.map((r) => h('li', { text: refusalText(r), 'data-line': String(r.line), 'data-problem': r.problem })));
      chart = null;
      if (pooled.length === 0) {
        results.replaceChildren(h('p', { class: 'muted', text: t('No codes pooled yet.') }));
        return;
      }
      const cal = calibration(pooled);
      const outcomes = outcomeTable(pooled);
      const changed = changedInputs(pooled);
      chart = calibrationChart(pooled);
      const gapText =
        cal.meanGap === null
          ? t('No group made a forecast.')
          : t('{count} of {groups} groups made a forecast. On average a forecast was {gap} percentage points from the model’s success rate for the group’s set-up; forecasts were {bias} points {direction} on average.', {
              count: cal.count,
              groups: pooled.length,
              gap: formatNumber(cal.meanGap * 100, 1),
              bias: formatNumber(Math.abs(cal.meanBias! * 100), 1),
              direction: cal.meanBias! >= 0 ? t('higher than the model') : t('lower than the model'),
            });
      results.replaceChildren(
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'class-cal-h' },
          h('h3', { id: 'class-cal-h', text: t('Forecasts against the model') }),
          h('p', { id: 'class-cal-summary', text: gapText }),
          h('p', { class: 'small muted', text: t('Each dot is a group: across, the model’s success rate for its set-up; up, its forecast. Dots above the dashed diagonal forecast more success than the model found.') }),
          h('div', { class: 'class-figure' }, chart, calibrationTable(pooled, titleOf)),
        ),
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'class-out-h' },
          h('h3', { id: 'class-out-h', text: t('The games against the model’s distribution') }),
          h('p', {
            id: 'class-out-summary',
            text: `${tn('{count} group finished a game.', '{count} groups finished a game.', outcomes.played)} ${outcomes.unplayed ? tn('{count} group sent a code without a finished game.', '{count} groups sent a code without a finished game.', outcomes.unplayed) : ''} ${t('The model’s expected count adds up, over the groups with a finished game, each group’s share of that class in the automatic plan’s runs for its own set-up.')}`.trim(),
          }),
          outcomesTable(outcomes),
        ),
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'class-in-h' },
          h('h3', { id: 'class-in-h', text: t('Inputs the groups changed') }),
          changed.length ? inputsTable(changed, app.kit.teacher().hiddenInputs) : h('p', { class: 'muted', text: t('No group changed an input: every group played the published values.') }),
        ),
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', id: 'class-csv', text: t('Export CSV'), onclick: () => downloadText(exportFileName(null, 'class-results', 'csv'), poolCsv(pooled), 'text/csv;charset=utf-8') }),
          h('button', {
            type: 'button',
            id: 'class-png',
            text: t('Save chart as PNG'),
            onclick: () => {
              if (chart)
                chartPng(chart).then(
                  (blob) => downloadBlob(blob, exportFileName(null, 'class-forecasts', 'png')),
                  () => app.notify(t('The chart could not be saved as an image.')),
                );
            },
          }),
        ),
      );
    };

    const add = (text: string) => {
      const answer = poolCodes(text, app.session.scenarios, new Set(pooled.map((p) => p.code)));
      pooled.push(...answer.accepted);
      lastAdded = answer.accepted.length;
      lastRefused = answer.refused;
      render();
    };
    const picker = h('input', { type: 'file', id: 'class-file', accept: '.txt,text/plain', multiple: true, class: 'visually-hidden', tabindex: '-1', 'aria-label': t('Load .txt files of codes') });
    picker.addEventListener('change', async () => {
      const files = [...(picker.files ?? [])].filter((f) => f.size <= 1_000_000);
      add((await Promise.all(files.map((f) => f.text()))).join('\n'));
      picker.value = '';
    });

    root.append(
      h('h2', { text: t('Class results') }),
      h('p', {
        class: 'lede',
        text: t(
          'Pool the result codes your groups copied from their debriefs: paste them (one per line, or several at once), load .txt files, or scan their QR codes. Everything stays in this browser: nothing is sent anywhere or kept after you close the page.',
        ),
      }),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'class-add-h' },
        h('h3', { id: 'class-add-h' }, h('label', { for: 'class-paste', text: t('Result codes') })),
        paste,
        h(
          'div',
          { class: 'actions' },
          h('button', {
            type: 'button',
            class: 'primary',
            id: 'class-add',
            text: t('Add the codes'),
            onclick: () => {
              add(paste.value);
              paste.value = '';
            },
          }),
          h('button', { type: 'button', id: 'class-file-button', text: t('Load .txt files'), onclick: () => picker.click() }),
          canScan() ? h('button', { type: 'button', id: 'class-scan', text: t('Scan QR codes'), onclick: () => openScanner((code) => add(code)) }) : null,
          h('button', {
            type: 'button',
            id: 'class-clear',
            text: t('Clear the class'),
            onclick: () => {
              clearClass();
              render();
            },
          }),
          picker,
        ),
        status,
        refusedList,
      ),
      results,
    );
    render();
    return () => {};
  },
};
