// Quote cards for the published force sizes (the chart's markers link here), each with what the
// model shows at that level under the current assumptions, and the scenario's own claim cards.
import type { ClaimCheck, ClaimMetric, ClaimSpec, Scenario, Tally } from '../../model/types';
import { metricValue } from '../../engine/metrics';
import { claimKey } from './controller';
import { troopsPerThousand } from './densities';
import { entryRate, successRate } from './jobs';
import { FORCE_MARKERS, claimsForMarker, claimTroops, type ForceMarker } from './markers';
import { fmtDensity, fmtInt, fmtPct, htmlEl } from './svg';
import { t } from '../i18n';

export function quoteCardId(marker: ForceMarker): string {
  return `an-quote-${marker.id}`;
}

const METRIC_WORDS: Record<ClaimMetric, string> = {
  entryRate: 'entry rate',
  successRate: 'success rate',
  stabilizedShare: 'stabilized share',
  contestedShare: 'contested share',
  failedShare: 'failed-after-entry share',
  entryFailedShare: 'entry-failed share',
};

function holds(value: number, check: ClaimCheck): boolean {
  switch (check.op) {
    case '<': return value < check.value;
    case '<=': return value <= check.value;
    case '>': return value > check.value;
    case '>=': return value >= check.value;
  }
}

/** "Under the current inputs" verdict of a claim from the tallies of its checks, or null while computing. */
export function claimVerdict(claim: ClaimSpec, scenario: Scenario, tallies: Record<string, Tally>): { agrees: boolean; lines: string[] } | null {
  const lines: string[] = [];
  let agrees = true;
  for (const check of claim.checks) {
    const objective = check.objective ?? scenario.objective.kind;
    const troops = check.troops ?? scenario.intervener.troops.value;
    const tally = tallies[claimKey(objective, troops)];
    if (!tally) return null;
    const value = metricValue(tally, check.metric);
    const ok = holds(value, check);
    agrees &&= ok;
    lines.push(`${METRIC_WORDS[check.metric]} at ${fmtInt(troops)} (${objective} objective): ${fmtPct(value)}, claim needs ${check.op} ${fmtPct(check.value)}: ${ok ? 'holds' : 'does not hold'}`);
  }
  return { agrees, lines };
}

function claimBlock(claim: ClaimSpec, scenario: Scenario, verdicts: Map<string, HTMLElement>): HTMLElement {
  const block = htmlEl('div', { class: 'an-claim', id: `an-claim-${claim.id}` });
  block.append(htmlEl('blockquote', {}, claim.quote));
  block.append(htmlEl('p', { class: 'an-cite' }, `${claim.who}, ${claim.date}. ${claim.source}`));
  block.append(htmlEl('p', { class: 'an-claim-text' }, t('Claim tested at {troops} troops: {claim}', { troops: fmtInt(claimTroops(claim, scenario)), claim: claim.claim })));
  const verdict = htmlEl('p', { class: 'an-verdict', 'data-claim': claim.id });
  block.append(verdict);
  verdicts.set(claim.id, verdict);
  return block;
}

export interface QuotesHandle {
  element: HTMLElement;
  /** Update each card's "the model here" line from the current curve. */
  update(central: Tally[] | null, population: number, objectiveWord: string, claims: Record<string, Tally>): void;
}

export function buildQuotes(scenario: Scenario): QuotesHandle {
  const section = htmlEl('section', { class: 'an-quotes', 'aria-labelledby': 'an-quotes-h' });
  section.append(htmlEl('h3', { id: 'an-quotes-h' }, t('What the analysts said, and what the model shows')));
  const lines = new Map<string, HTMLElement>();
  const used = new Set<string>();
  const verdicts = new Map<string, HTMLElement>();
  FORCE_MARKERS.forEach((marker, i) => {
    const card = htmlEl('article', { class: 'an-card', id: quoteCardId(marker), tabindex: '-1', 'aria-labelledby': `${quoteCardId(marker)}-h` });
    card.append(htmlEl('h4', { id: `${quoteCardId(marker)}-h` }, `${i + 1}. ${marker.label}`));
    card.append(htmlEl('blockquote', {}, marker.quote));
    card.append(htmlEl('p', { class: 'an-cite' }, `${marker.who}. ${marker.source}`));
    const line = htmlEl('p', { class: 'an-model-line' });
    card.append(line);
    lines.set(marker.id, line);
    for (const claim of claimsForMarker(marker, scenario)) {
      if (used.has(claim.id)) continue;
      used.add(claim.id);
      card.append(claimBlock(claim, scenario, verdicts));
    }
    section.append(card);
  });
  const others = scenario.claims.filter((c) => !used.has(c.id));
  if (others.length) {
    const card = htmlEl('article', { class: 'an-card' });
    card.append(htmlEl('h4', {}, t('Other claims in this scenario')));
    for (const claim of others) card.append(claimBlock(claim, scenario, verdicts));
    section.append(card);
  }
  return {
    element: section,
    update(central, population, objectiveWord, claims) {
      for (const claim of scenario.claims) {
        const el = verdicts.get(claim.id);
        const verdict = claimVerdict(claim, scenario, claims);
        if (!el) continue;
        el.textContent = verdict
          ? (verdict.agrees
            ? t('Under the current inputs the model agrees: {lines}.', { lines: verdict.lines.join('; ') })
            : t('Under the current inputs the model disagrees: {lines}.', { lines: verdict.lines.join('; ') }))
          : t('Checking this claim under the current inputs…');
        el.dataset.verdict = verdict ? (verdict.agrees ? 'agrees' : 'disagrees') : '';
      }
      for (const marker of FORCE_MARKERS) {
        const line = lines.get(marker.id)!;
        const tally = central?.find((x) => x.troops === marker.troops);
        const density = t('{density} per 1,000 inhabitants', { density: fmtDensity(troopsPerThousand(marker.troops, population)) });
        line.textContent = tally
          ? t('The model here: at {troops} troops ({density}) the {objective} succeeds in {success} of {runs} runs; the key region is entered in {entry}.', {
            troops: fmtInt(marker.troops), density, objective: objectiveWord, success: fmtPct(successRate(tally)), runs: fmtInt(tally.runs), entry: fmtPct(entryRate(tally)),
          })
          : t('The model here: {density}; computing…', { density });
      }
    },
  };
}
