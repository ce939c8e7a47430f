// The debrief's "Your game" sentences for an ended game, each naming the quantity it shows: the class
// with what it means (not a bare judgment the numbers beside it seem to contradict), the key region's
// entry day as a model day (a round of engagements, not a calendar day), the shares of the population
// covered, stabilized and never entered, resistance per 1,000 of the whole population (only entered
// regions have a count), and where the force ended: placed in regions, in reserve, sent home.
import { selectTroopsInCountry } from '../../engine/play';
import type { GameState } from '../../model/types';
import { pct } from '../format';
import { formatNumber, t, tData, tn } from '../i18n';
import { outcomeWithMeaning } from '../kit/outcome-words';

/** Where the force stands at the end, as shares of the starting force. */
export function forceShares(state: GameState): { placed: number; reserve: number; home: number } {
  const start = Math.max(1, state.troopsInitial);
  const inCountry = selectTroopsInCountry(state);
  return { placed: (inCountry - state.reserve) / start, reserve: state.reserve / start, home: (state.sentHome ?? 0) / start };
}

/** The outcome line: "contested (not yet stabilized: …); objective not achieved". */
export function outcomeLine(state: GameState): string {
  if (!state.outcome) return state.success ? t('Game over; objective achieved.') : t('Game over; objective not achieved.');
  const klass = outcomeWithMeaning(state.outcome, state.inputs.objective, state.params);
  return state.success ? t('{outcome}; objective achieved', { outcome: klass }) : t('{outcome}; objective not achieved', { outcome: klass });
}

/** The facts under the outcome line, each a function of the language. */
export function outcomeFacts(state: GameState): (() => string)[] {
  const last = state.timeline[state.timeline.length - 1];
  const key = state.regions[state.inputs.keyRegion];
  const keyName = () => tData(state.inputs.regionNames[state.inputs.keyRegion]);
  const result = state.result;
  const force = forceShares(state);
  return [
    () => (key.enteredDay ? t('{region} was entered on model day {day} (a round of engagements, not a calendar day).', { region: keyName(), day: key.enteredDay }) : t('{region} was never entered.', { region: keyName() })),
    () =>
      last
        ? tn(
            'After {count} month, {covered} of the population lived in covered regions, with {resisters} active resisters per 1,000 people in the whole country.',
            'After {count} months, {covered} of the population lived in covered regions, with {resisters} active resisters per 1,000 people in the whole country.',
            last.month,
            { covered: pct(last.controlledShare), resisters: formatNumber(last.resistancePerThousand, 2) },
          )
        : t('No control month was played.'),
    ...(result
      ? [
          () =>
            t('Stabilized regions hold {stabilized} of the people; regions never entered ({never}) count as failed, with no resisters counted.', {
              stabilized: pct(result.stabilizedPopulationShare),
              never: pct(Math.max(0, 1 - result.enteredPopulationShare)),
            }),
        ]
      : []),
    () => t('At the end, of the starting force: {placed} placed in regions, {reserve} in reserve, {home} sent home.', { placed: pct(force.placed), reserve: pct(force.reserve), home: pct(force.home) }),
  ];
}
