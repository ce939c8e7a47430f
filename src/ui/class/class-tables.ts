// The Class screen's tables (real <table>s with captions and row headers, for screen readers and the
// projector): each group's forecast against the model, the games' outcome classes against the counts
// the model expects, and the inputs groups changed. Cells holding a figure carry its raw value
// (data-value, src/ui/svg-png.ts setCellValue) beside the formatted text.
import type { ChangedInput, OutcomeTable, PooledResult } from '../../app/result-pool';
import { findInput } from '../../model/inputs';
import { h } from '../dom';
import { num, OUTCOME_WORDS } from '../format';
import { formatNumber, formatPercent, t, tData } from '../i18n';
import { setCellValue } from '../svg-png';

function cell(tag: 'td' | 'th', text: string, value?: number | string | null, attrs: Record<string, string> = {}): HTMLElement {
  const el = h(tag, { ...attrs, text });
  if (value !== undefined) setCellValue(el, value);
  return el;
}

function table(id: string, caption: string, headers: string[], rows: HTMLElement[], foot?: HTMLElement): HTMLTableElement {
  return h(
    'table',
    { id, class: 'compact class-table' },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, ...headers.map((text) => h('th', { scope: 'col', text })))),
    h('tbody', {}, ...rows),
    ...(foot ? [h('tfoot', {}, foot)] : []),
  ) as HTMLTableElement;
}

const lineWord = (line: number) => t('Line {line}', { line });

export function calibrationTable(results: readonly PooledResult[], titleOf: (scenarioId: string) => string): HTMLTableElement {
  const rows = results.map(({ line, record: r }) => {
    const gap = r.forecast === null ? null : (r.forecast - r.batch.successRate) * 100;
    return h(
      'tr',
      { 'data-line': String(line) },
      cell('th', lineWord(line), line, { scope: 'row' }),
      cell('td', titleOf(r.scenarioId), r.scenarioId),
      cell('td', r.seed),
      cell('td', r.forecast === null ? t('no forecast') : formatPercent(r.forecast), r.forecast, { class: 'num' }),
      cell('td', formatPercent(r.batch.successRate), r.batch.successRate, { class: 'num' }),
      cell('td', gap === null ? '—' : `${gap > 0 ? '+' : ''}${formatNumber(gap, 1)}`, gap, { class: 'num' }),
      cell('td', r.game ? tData(OUTCOME_WORDS[r.game.outcome]) : t('no finished game'), r.game?.outcome ?? ''),
    );
  });
  return table(
    'class-calibration',
    t('Each group’s forecast beside the model’s success rate for that group’s set-up'),
    [t('Group'), t('Scenario'), t('Seed'), t('Forecast'), t('Model’s success rate'), t('Forecast minus model (percentage points)'), t('Game outcome')],
    rows,
  );
}

export function outcomesTable(outcomes: OutcomeTable): HTMLTableElement {
  const share = (n: number) => (outcomes.played > 0 ? n / outcomes.played : null);
  const rows = outcomes.rows.map((row) =>
    h(
      'tr',
      { 'data-outcome': row.outcome },
      cell('th', tData(OUTCOME_WORDS[row.outcome]), row.outcome, { scope: 'row' }),
      cell('td', String(row.games), row.games, { class: 'num' }),
      cell('td', formatNumber(row.expected, 1), row.expected, { class: 'num' }),
      cell('td', share(row.games) === null ? '—' : formatPercent(share(row.games)!), share(row.games), { class: 'num' }),
      cell('td', share(row.expected) === null ? '—' : formatPercent(share(row.expected)!), share(row.expected), { class: 'num' }),
    ),
  );
  const foot = h(
    'tr',
    {},
    cell('th', t('All finished games'), null, { scope: 'row' }),
    cell('td', String(outcomes.played), outcomes.played, { class: 'num' }),
    cell('td', formatNumber(outcomes.played, 1), outcomes.played, { class: 'num' }),
    cell('td', ''),
    cell('td', ''),
  );
  return table(
    'class-outcomes',
    t('The groups’ games by outcome class, beside the counts the model expects for the same set-ups'),
    [t('Outcome class'), t('Groups’ games'), t('Expected by the model'), t('Share of the groups’ games'), t('Model’s share')],
    rows,
    foot,
  );
}

/**
 * The inputs groups changed. The values of inputs the teacher hides (`hidden`) are not shown: the
 * table is for the projector (the CSV, the teacher's own file, keeps them).
 */
export function inputsTable(changed: readonly ChangedInput[], hidden: readonly string[] = []): HTMLTableElement {
  const rows = changed.map((c) => {
    const spec = findInput(c.path);
    const secret = hidden.includes(c.path);
    const values = secret ? t('hidden by the teacher') : c.values.map((v) => (v.groups > 1 ? `${num(v.value, spec?.step)} (${v.groups})` : num(v.value, spec?.step))).join(', ');
    return h(
      'tr',
      { 'data-path': c.path },
      cell('th', spec ? tData(spec.label) : c.path, null, { scope: 'row' }),
      cell('td', c.path, c.path, { class: 'path' }),
      cell('td', String(c.groups), c.groups, { class: 'num' }),
      cell('td', values, secret ? '' : c.values.map((v) => `${v.value}×${v.groups}`).join(' ')),
    );
  });
  return table('class-inputs', t('Inputs the groups changed from the published values, and the values chosen (number of groups in brackets when more than one)'), [t('Input'), t('Path'), t('Groups'), t('Values chosen')], rows);
}
