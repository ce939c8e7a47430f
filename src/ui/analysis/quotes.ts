// Quote cards for the published force sizes (the chart's markers link here), each with what the
// model shows at that level under the current assumptions, and the scenario's own claim cards.
import type { ClaimSpec, Scenario, Tally } from '../../model/types';
import { troopsPerThousand } from './densities';
import { entryRate, successRate } from './jobs';
import { FORCE_MARKERS, claimsForMarker, claimTroops, type ForceMarker } from './markers';
import { fmtDensity, fmtInt, fmtPct, htmlEl } from './svg';

export function quoteCardId(marker: ForceMarker): string {
  return `an-quote-${marker.id}`;
}

function claimBlock(claim: ClaimSpec, scenario: Scenario): HTMLElement {
  const block = htmlEl('div', { class: 'an-claim', id: `an-claim-${claim.id}` });
  block.append(htmlEl('blockquote', {}, claim.quote));
  block.append(htmlEl('p', { class: 'an-cite' }, `${claim.who}, ${claim.date}. ${claim.source}`));
  block.append(htmlEl('p', { class: 'an-claim-text' }, `Claim tested at ${fmtInt(claimTroops(claim, scenario))} troops: ${claim.claim}`));
  return block;
}

export interface QuotesHandle {
  element: HTMLElement;
  /** Update each card's "the model here" line from the current curve. */
  update(central: Tally[] | null, population: number, objectiveWord: string): void;
}

export function buildQuotes(scenario: Scenario): QuotesHandle {
  const section = htmlEl('section', { class: 'an-quotes', 'aria-labelledby': 'an-quotes-h' });
  section.append(htmlEl('h3', { id: 'an-quotes-h' }, 'What the analysts said, and what the model shows'));
  const lines = new Map<string, HTMLElement>();
  const used = new Set<string>();
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
      card.append(claimBlock(claim, scenario));
    }
    section.append(card);
  });
  const others = scenario.claims.filter((c) => !used.has(c.id));
  if (others.length) {
    const card = htmlEl('article', { class: 'an-card' });
    card.append(htmlEl('h4', {}, 'Other claims in this scenario'));
    for (const claim of others) card.append(claimBlock(claim, scenario));
    section.append(card);
  }
  return {
    element: section,
    update(central, population, objectiveWord) {
      for (const marker of FORCE_MARKERS) {
        const line = lines.get(marker.id)!;
        const t = central?.find((x) => x.troops === marker.troops);
        const density = `${fmtDensity(troopsPerThousand(marker.troops, population))} per 1,000 inhabitants`;
        line.textContent = t
          ? `The model here: at ${fmtInt(marker.troops)} troops (${density}) the ${objectiveWord} succeeds in ${fmtPct(successRate(t))} of ${fmtInt(t.runs)} runs; the key region is entered in ${fmtPct(entryRate(t))}.`
          : `The model here: ${density}; computing…`;
      }
    },
  };
}
