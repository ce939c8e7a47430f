// Quote cards for the published force sizes (the chart's markers link here), each with what the
// model shows at that level under the current inputs, and the scenario's own claim cards with the
// verdicts of the analysis service's claims query: the same query, verdicts and words as the
// debrief's cards (checkSentence), so both screens say the same of one set-up.
import type { ClaimsResult } from '../../analysis/queries';
import { entryRate, successRate } from '../../engine/metrics';
import { troopsPerThousand } from '../../engine/sweep';
import type { ClaimSpec, Scenario, Tally } from '../../model/types';
import { checkSentence } from '../debrief/claim-card';
import { attribution, wordsNodes } from '../kit/source-words';
import { rangeSentence, verdictWord } from '../kit/verdict-words';
import { claimsForMarker, claimTroops, markersFor, type ForceMarker } from './markers';
import { fmtDensity, fmtInt, fmtPct, htmlEl, setText } from './svg';
import { formatDate, t, tData } from '../i18n';

export function quoteCardId(marker: ForceMarker): string {
  return `an-quote-${marker.id}`;
}

interface ClaimSlots {
  tested: HTMLElement;
  verdict: HTMLElement;
}

/** The line saying at what troop level a claim is tested. */
function testedText(claim: ClaimSpec, troops: number): string {
  if (claim.testable === false) return t('The model cannot test this quote; at {troops} troops it checks instead: {claim}', { troops: fmtInt(troops), claim: tData(claim.claim) });
  return t('Claim tested at {troops} troops: {claim}', { troops: fmtInt(troops), claim: tData(claim.claim) });
}

function claimBlock(claim: ClaimSpec, scenario: Scenario, slots: Map<string, ClaimSlots>): HTMLElement {
  const block = htmlEl('div', { class: 'an-claim', id: `an-claim-${claim.id}` });
  block.append(...wordsNodes(claim));
  block.append(htmlEl('p', { class: 'an-cite' }, attribution(claim.who, formatDate(claim.date), claim.cite, claim.source)));
  const tested = htmlEl('p', { class: 'an-claim-text' }, testedText(claim, claimTroops(claim, scenario)));
  block.append(tested);
  const verdict = htmlEl('p', { class: 'an-verdict', 'data-claim': claim.id });
  block.append(verdict);
  slots.set(claim.id, { tested, verdict });
  return block;
}

export interface QuotesHandle {
  element: HTMLElement;
  /** Update each card's "the model here" line from the current curve, and the claims' verdicts. */
  update(central: Tally[] | null, population: number, objectiveWord: string, claims: ClaimsResult | null): void;
  /** Word the headings again in the current language (the next update words the rest). */
  relocalize(): void;
}

/** `scenario`: the scenario as played (markers); `claimsScenario`: the one whose claim cards are shown. */
export function buildQuotes(scenario: Scenario, claimsScenario: Scenario = scenario): QuotesHandle {
  const section = htmlEl('section', { class: 'an-quotes', 'aria-labelledby': 'an-quotes-h' });
  const heading = htmlEl('h3', { id: 'an-quotes-h' }, t('What the analysts said, and what the model shows'));
  section.append(heading);
  let othersHeading: HTMLElement | null = null;
  const lines = new Map<string, HTMLElement>();
  const used = new Set<string>();
  const slots = new Map<string, ClaimSlots>();
  // The markers of the scenario as played; its claims attach to them (same scenario data but the objective).
  const markers = markersFor(scenario);
  // The marker's label, its words and who said them, in the page's language (relocalize words them again).
  const rewords: (() => void)[] = [];
  markers.forEach((marker, i) => {
    const card = htmlEl('article', { class: 'an-card', id: quoteCardId(marker), tabindex: '-1', 'aria-labelledby': `${quoteCardId(marker)}-h` });
    const title = htmlEl('h4', { id: `${quoteCardId(marker)}-h` });
    const cite = htmlEl('p', { class: 'an-cite' });
    let said = wordsNodes(marker);
    card.append(title, ...said, cite);
    const reword = () => {
      title.textContent = `${i + 1}. ${tData(marker.label)}`;
      cite.textContent = attribution(marker.who, null, marker.cite, marker.source);
      const fresh = wordsNodes(marker);
      for (const [k, node] of said.entries()) node.replaceWith(fresh[k]!);
      said = fresh;
    };
    reword();
    rewords.push(reword);
    const line = htmlEl('p', { class: 'an-model-line' });
    card.append(line);
    lines.set(marker.id, line);
    for (const claim of claimsForMarker(marker, claimsScenario)) {
      if (used.has(claim.id)) continue;
      used.add(claim.id);
      card.append(claimBlock(claim, claimsScenario, slots));
    }
    section.append(card);
  });
  const others = claimsScenario.claims.filter((c) => !used.has(c.id));
  if (others.length) {
    const card = htmlEl('article', { class: 'an-card' });
    othersHeading = htmlEl('h4', {}, t('Other claims in this scenario'));
    card.append(othersHeading);
    for (const claim of others) card.append(claimBlock(claim, claimsScenario, slots));
    section.append(card);
  }
  return {
    element: section,
    update(central, population, objectiveWord, claims) {
      claimsScenario.claims.forEach((claim, i) => {
        const slot = slots.get(claim.id);
        if (!slot) return;
        const verdict = claims?.verdicts[i]?.id === claim.id ? claims.verdicts[i] : null;
        const el = slot.verdict;
        if (!verdict) {
          setText(slot.tested, testedText(claim, claimTroops(claim, claimsScenario)));
          setText(el, t('Checking this claim under the current inputs…'));
          el.dataset.verdict = '';
          delete el.dataset.troops;
          return;
        }
        const words = verdict.checks.map((c, k) => `${checkSentence(c)}${claim.checks[k]?.why ? ` ${t('Why this level: {why}', { why: tData(claim.checks[k].why!) })}` : ''}`).join(' ');
        const headline = verdict.testable ? `${t("The model's verdict:")} ${verdictWord(verdict.verdict)}. ` : '';
        setText(el, `${headline}${rangeSentence(verdict)} ${words}`);
        el.dataset.verdict = verdict.verdict;
        el.dataset.point = verdict.pointVerdict;
        // The troop level the result says it tested (the first check's), as the heading line says it.
        const troops = verdict.checks[0]?.troops ?? claimTroops(claim, claimsScenario);
        el.dataset.troops = String(troops);
        setText(slot.tested, testedText(claim, troops));
      });
      for (const marker of markers) {
        const line = lines.get(marker.id)!;
        const tally = central?.find((x) => x.troops === marker.troops);
        const density = t('{density} per 1,000 inhabitants', { density: fmtDensity(troopsPerThousand(marker.troops, population)) });
        const text = tally
          ? t('The model here: at {troops} troops ({density}) the {objective} succeeds in {success} of {runs} runs; the key region is entered in {entry}.', {
              troops: fmtInt(marker.troops),
              density,
              objective: objectiveWord,
              success: fmtPct(successRate(tally)),
              runs: fmtInt(tally.runs),
              entry: fmtPct(entryRate(tally)),
            })
          : t('The model here: {density}; computing…', { density });
        setText(line, text);
      }
    },
    relocalize() {
      heading.textContent = t('What the analysts said, and what the model shows');
      for (const reword of rewords) reword();
      if (othersHeading) othersHeading.textContent = t('Other claims in this scenario');
    },
  };
}
