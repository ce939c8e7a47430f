// A claim card: the analyst's quote, who and when, the model's verdict across the declared input
// ranges (or "not testable"), the figures behind it with the reason for each check's level, and the
// input that moves those figures most across its range (the tornado's ranking).
import type { CheckResult, ClaimSpec, ClaimVerdict } from '../../model/types';
import { h } from '../dom';
import { int, num, pct } from '../format';
import { formatDate, t, tData } from '../i18n';
import { attribution, wordsNodes } from '../kit/source-words';
import { rangeSentence, verdictWord } from '../kit/verdict-words';
import { wording, type Wording } from '../kit/wording';
import { wordNode } from './timeline';

const METRIC_WORDS: Record<string, () => string> = {
  entryRate: () => t('key region entered'),
  successRate: () => t('objective reached'),
  stabilizedShare: () => t('stabilized'),
  contestedShare: () => t('contested'),
  failedShare: () => t('failed after entry'),
  entryFailedShare: () => t('entry failed'),
};

const OP_WORDS: Record<string, () => string> = { '<': () => t('below'), '<=': () => t('at most'), '>': () => t('above'), '>=': () => t('at least') };

/** The words before a check's measured figure, e.g. "objective reached at 27,684 troops (country): ". */
function checkLead(c: CheckResult): string {
  return t('{metric} at {troops} troops ({objective}): ', { metric: METRIC_WORDS[c.metric]?.() ?? c.metric, troops: int(c.troops), objective: tData(c.objective) });
}

/** The words after it: runs, interval, what the claim needs and whether it holds. */
function checkTail(c: CheckResult): string {
  return t(' of {runs} runs (95%: {low}-{high}); the claim needs {op} {threshold}: {result}.', {
    runs: int(c.runs),
    low: pct(c.interval[0], 1),
    high: pct(c.interval[1], 1),
    op: OP_WORDS[c.op]?.() ?? c.op,
    threshold: pct(c.threshold, 1),
    result: c.holds ? t('holds') : t('does not hold'),
  });
}

/** One check result in words: the same sentence on the debrief's cards and the analysis screen's. */
export function checkSentence(c: CheckResult): string {
  return `${checkLead(c)}${pct(c.measured, 1)}${checkTail(c)}`;
}

/** A check as a paragraph with its figure in bold (data attributes give the raw figure and level), and the reason for its level. */
export function checkParagraph(c: CheckResult, words: Wording = wording(), why?: string): HTMLElement {
  return h(
    'p',
    { class: 'small figure', 'data-metric': c.metric, 'data-troops': String(c.troops), 'data-objective': c.objective, 'data-measured': String(c.measured), 'data-runs': String(c.runs) },
    wordNode(words, () => checkLead(c)),
    words.text(h('strong'), () => pct(c.measured, 1)),
    wordNode(words, () => checkTail(c)),
    ...(why ? [words.text(h('span', { class: 'check-why' }), () => ` ${t('Why this level: {why}', { why: tData(why) })}`)] : []),
  );
}

/** A claim card from a verdict already computed; every text is registered with `words` (a language switch re-words it). */
export function claimCard(claim: ClaimSpec, verdict: ClaimVerdict | null, error?: string | (() => string), words: Wording = wording()): HTMLElement {
  const body: (HTMLElement | null)[] = [];
  if (error) {
    const reason = typeof error === 'string' ? () => error : error;
    body.push(words.text(h('p', { class: 'message' }), () => t('Could not evaluate: {error}', { error: reason() })));
  }
  // While the workers compute, plain muted text (a grey badge with white text would be too faint to read).
  else if (!verdict) body.push(words.text(h('p', { class: 'small muted verdict-pending' }), () => t('evaluating…')));
  else {
    const driver = verdict.driver;
    // An untestable quote gets no badge: the card says so in words (rangeSentence).
    const badge = verdict.testable ? [wordNode(words, () => `${t("The model's verdict:")} `), words.text(h('span', { class: `verdict ${verdict.verdict}` }), () => verdictWord(verdict.verdict))] : [];
    body.push(
      h('p', { class: 'verdict-line' }, ...badge),
      words.text(h('p', { class: 'small range-line', 'data-point': verdict.pointVerdict }), () => rangeSentence(verdict)),
      ...verdict.checks.map((c, i) => checkParagraph(c, words, claim.checks[i]?.why)),
      driver
        ? h(
            'p',
            { class: 'small driver' },
            wordNode(words, () => t('Moves it most: ')),
            words.text(h('strong'), () => `${tData(driver.label)} (${driver.symbol})`),
            wordNode(words, () =>
              t(' from {low} to {high} ({kind} range) moves the figure from {from} to {to}.', {
                low: num(driver.low, driver.low < 5 ? 0.01 : 1),
                high: num(driver.high, driver.high < 5 ? 0.01 : 1),
                kind: tData(driver.rangeKind),
                from: pct(driver.metricAtLow),
                to: pct(driver.metricAtHigh),
              }),
            ),
          )
        : verdict.testable && verdict.range
          ? words.text(h('p', { class: 'small driver' }), () => t('No input moves this figure across its range.'))
          : null,
    );
  }
  return h(
    'article',
    { class: 'claim-card', 'data-claim': claim.id, 'data-verdict': verdict?.verdict },
    ...wordsNodes(claim),
    words.text(h('p', { class: 'small muted' }), () => attribution(claim.who, formatDate(claim.date), claim.cite, claim.source)),
    words.text(h('p', { class: 'small' }), () => (claim.testable === false ? tData(claim.claim) : t('Claim tested: {claim}', { claim: tData(claim.claim) }))),
    ...body,
  );
}
