// "Does the model match history?" (#/history): one row per back-test with a history record —
// history's outcome class, the model's distribution over the four classes at the case's published
// inputs (a small stacked bar, with the shares as text for screen readers), the model's most likely
// class, agree or not, and where the model misses. A real <table>. Each row is one summary query of
// the analysis service run on the app's worker pool (src/analysis/history.ts), so the page never
// freezes; rows fill in as their results arrive. A language switch re-words the screen in place.
import type { Screen } from '../../app/router';
import { getWorkerPool } from '../../app/worker-client';
import { historyCases, historyQuery, historyRow, historyScore, type HistoryRow } from '../../analysis/history';
import { OUTCOME_CLASSES, type OutcomeClass, type Scenario } from '../../model/types';
import { h } from '../dom';
import { OUTCOME_COLOURS, OUTCOME_WORDS } from '../format';
import { formatDate, formatPercent, t, tData } from '../i18n';
import { wording, type Wording } from '../kit/wording';
import './history.css';

const classWord = (c: OutcomeClass) => tData(OUTCOME_WORDS[c]);

function bar(row: HistoryRow): HTMLElement {
  const el = h('span', { class: 'history-bar', 'aria-hidden': 'true' });
  for (const c of OUTCOME_CLASSES) {
    const share = row.distribution[c];
    if (share <= 0) continue;
    const seg = h('span', { class: 'history-seg', 'data-class': c });
    seg.style.width = `${share * 100}%`;
    seg.style.background = OUTCOME_COLOURS[c];
    el.append(seg);
  }
  return el;
}

const distributionText = (row: HistoryRow) => OUTCOME_CLASSES.map((c) => `${classWord(c)} ${formatPercent(row.distribution[c])}`).join(', ');

function missText(row: HistoryRow): string {
  if (row.agrees) return '—';
  const head = t("The model misses: its most likely class is {modal} ({modalShare} of runs); history's class, {history}, comes in {historyShare} of runs.", {
    modal: classWord(row.modal),
    modalShare: formatPercent(row.distribution[row.modal]),
    history: classWord(row.history.outcome),
    historyShare: formatPercent(row.historyShare),
  });
  return row.history.limit ? `${head} ${tData(row.history.limit)}` : head;
}

/** The cells of a finished row (re-worded on a language switch through `words`). */
function fillRow(tr: HTMLTableRowElement, row: HistoryRow, words: Wording): void {
  const distribution = h(
    'td',
    { class: 'history-dist' },
    bar(row),
    words.text(h('span', { class: 'history-dist-text' }), () => distributionText(row)),
  );
  tr.replaceChildren(
    words.text(h('th', { scope: 'row' }), () => tData(row.title)),
    h(
      'td',
      {},
      words.text(h('strong'), () => classWord(row.history.outcome)),
      words.text(h('span', { class: 'history-source' }), () => ` ${t('by {date}', { date: formatDate(row.history.horizon) })}; ${tData(row.history.source)}`),
    ),
    distribution,
    words.text(h('td'), () => classWord(row.modal)),
    words.text(h('td', { class: row.agrees ? 'history-agree' : 'history-miss' }), () => (row.agrees ? t('Agrees') : t('Disagrees'))),
    words.text(h('td', { class: 'history-why' }), () => missText(row)),
  );
  tr.dataset.agrees = String(row.agrees);
  tr.removeAttribute('aria-busy');
}

export const historyScreen: Screen = {
  id: 'history',
  title: 'History',
  mount(root, app) {
    const words = wording();
    const cases: Scenario[] = historyCases(app.session.scenarios.filter((s) => !app.kit.isCustom(s.id)));
    const pool = getWorkerPool();
    const rows: (HistoryRow | null)[] = cases.map(() => null);
    const status = h('p', { class: 'history-status', role: 'status', 'aria-live': 'polite' });
    const updateStatus = () => {
      const done = rows.filter((r): r is HistoryRow => r !== null);
      if (done.length < rows.length) status.textContent = t('Computing {done} of {cases} cases…', { done: done.length, cases: rows.length });
      else {
        const { agree, cases: n } = historyScore(done);
        status.textContent = t('The model agrees with history in {agree} of {cases} cases, with one set of model constants for all of them.', { agree, cases: n });
      }
    };
    words.on(updateStatus);
    const trs = cases.map((s) => {
      const tr = h('tr', { 'data-case': s.id, 'aria-busy': 'true' });
      tr.append(
        words.text(h('th', { scope: 'row' }), () => tData(s.title)),
        words.text(h('td', { colspan: '5' }), () => t('Computing…')),
      );
      return tr;
    });
    const head = (text: () => string) => words.text(h('th', { scope: 'col' }), text);
    const table = h(
      'table',
      { class: 'history-table', id: 'history-table' },
      words.text(h('caption'), () =>
        t("Each back-test at its published inputs ({runs} runs): history's outcome class beside the model's distribution over the four classes.", { runs: historyQuery(cases[0] ?? app.session.scenarios[0]).runs }),
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          head(() => t('Case')),
          head(() => t("History's class")),
          head(() => t("Model's distribution")),
          head(() => t('Most likely in the model')),
          head(() => t('Agree?')),
          head(() => t('Where the model misses')),
        ),
      ),
      h('tbody', {}, ...trs),
    );
    const legend = h(
      'p',
      { class: 'history-legend', 'aria-hidden': 'true' },
      ...OUTCOME_CLASSES.map((c) => {
        const swatch = h('span', { class: 'history-swatch' });
        swatch.style.background = OUTCOME_COLOURS[c];
        return h(
          'span',
          { class: 'history-key' },
          swatch,
          words.text(h('span'), () => classWord(c)),
        );
      }),
    );
    root.append(
      words.text(h('h2'), () => t('Does the model match history?')),
      words.text(h('p', { class: 'lede' }), () => t("The model agrees with a case when history's class is the model's most likely class. Nothing is tuned per case: a miss is shown, with the reason the model cannot follow that case.")),
      status,
      legend,
      table,
      h(
        'p',
        {},
        words.text(h('a', { href: '#/choose' }), () => t('Back to the scenarios')),
      ),
    );

    const jobs = cases.map((scenario, i) => {
      const job = pool.run(historyQuery(scenario));
      job.result.then(
        (result) => {
          rows[i] = historyRow(scenario, result);
          fillRow(trs[i], rows[i]!, words);
          updateStatus();
        },
        () => {
          /* cancelled on leaving the page, or an engine error the status line keeps showing as "computing" */
        },
      );
      return job;
    });
    return {
      dispose: () => {
        for (const job of jobs) job.cancel();
      },
      relocalize: () => words.relocalize(),
    };
  },
};
