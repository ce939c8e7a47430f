// What each outcome class means, in words built from the model's own parameters, so that a class shown
// beside numbers states its rule instead of a judgment the numbers seem to contradict ("contested"
// beside 90% of the population covered says why it is not yet stabilized). One place for the rules:
// the debrief, the play log and the About page all word them here (src/engine/control.ts
// finishCampaign is what they describe; docs/model.md §4 and §6 say the same for teachers).
import type { ModelParameters, ObjectiveKind, OutcomeClass } from '../../model/types';
import { OUTCOME_WORDS, pct } from '../format';
import { t, tData } from '../i18n';

/** The class word and its meaning: "contested (…)". */
export function outcomeWithMeaning(outcome: OutcomeClass, objective: ObjectiveKind, params: ModelParameters): string {
  return `${tData(OUTCOME_WORDS[outcome])} (${outcomeMeaning(outcome, objective, params)})`;
}

/** What the class means under this objective, as a phrase (model version 2: classes on held coverage). */
export function outcomeMeaning(outcome: OutcomeClass, objective: ObjectiveKind, params: ModelParameters): string {
  const stab = pct(params.stabilizedPopulationShare);
  const failed = pct(params.failedPopulationShare);
  const months = Math.min(params.stabilizedHoldMonths, params.controlMonths);
  const multiple = params.failedResistanceMultiple;
  if (outcome === 'entry-failed') return t('the key region was never entered');
  if (objective === 'country') {
    switch (outcome) {
      case 'stabilized':
        return t('the capital and regions holding at least {stab} of the people were covered in each of the last {months} months', { stab, months });
      case 'failed':
        return t('regions holding at least {failed} of the people failed (resistance above {multiple} times its start) or were never entered', { failed, multiple });
      case 'contested':
        return t('not yet stabilized: the capital and regions holding {stab} of the people must each be covered in each of the last {months} months; failed or never-entered regions hold less than {failed}', { stab, months, failed });
    }
  }
  switch (outcome) {
    case 'stabilized':
      return t('the key region was covered in each of the last {months} months', { months });
    case 'failed':
      return t('resistance in the key region grew above {multiple} times its start', { multiple });
    case 'contested':
      return t('the key region is entered but was not covered in each of the last {months} months, and its resistance stayed below {multiple} times its start', { months, multiple });
  }
}

/** The region rule, as the About page states it. */
export function regionRuleWords(params: ModelParameters): string {
  return t(
    'At the end of the last month each entered region is classed: failed if its active resistance has grown above {multiple} times its level at the start of control; otherwise stabilized if it was covered (troops per 1,000 at or above the requirement) in each of the last {months} months; otherwise contested. A region never entered counts as failed. (Covered regions see resistance shrink in expectation, so a lucky month of random noise cannot make a region stabilized or failed.)',
    { multiple: params.failedResistanceMultiple, months: Math.min(params.stabilizedHoldMonths, params.controlMonths) },
  );
}

/** The success rule of each objective, as the About page states it. */
export function objectiveRuleWords(objective: ObjectiveKind, params: ModelParameters): string {
  switch (objective) {
    case 'country':
      return t(
        'Country objective (invade and control the whole country): after {months} months the run is stabilized, the only success, if the capital region and regions holding at least {stab} of the population are stabilized; failed if regions holding at least {failed} of the population failed or were never entered; entry failed if the capital was never entered; otherwise contested.',
        { months: params.controlMonths, stab: pct(params.stabilizedPopulationShare), failed: pct(params.failedPopulationShare) },
      );
    case 'capital':
      return t('Capital objective (seize and hold the capital region): succeeds if the capital region is entered and covered for {months} months in a row.', { months: params.capitalHoldMonths });
    case 'limited':
      return t('Limited objective (a use of force below invasion): succeeds if the chosen region is entered and covered in every month of the holding period. The model has no counter-attack, so “held” means the density test.');
  }
}
