// The engine's events in words, for the log and for screen readers, in the page's language. The log
// keeps the events themselves and words them at each render, so a language switch re-words it.
// Strength is a share of the starting force; no casualty counts.
import type { ControlExplanation, EntryExplanation, GameEvent, GameState } from '../../model/types';
import { int, pct } from '../format';
import { formatNumber, localeTag, t, tData, tn } from '../i18n';
import { outcomeWithMeaning } from '../kit/outcome-words';

export function regionName(state: GameState, id: string): string {
  const i = state.inputs.regionIds.indexOf(id);
  return i >= 0 ? tData(state.inputs.regionNames[i]) : id;
}

/** A force ratio as the odds table writes it: 1.5 → "1.50:1" (en) or "1,50:1" (es). */
export function ratioWords(ratio: number): string {
  return `${fixed(ratio, 2)}:1`;
}

const fixedFormats = new Map<string, Intl.NumberFormat>();

/** A number with exactly `digits` decimals in the page's language (density per 1,000: "2.5", "2,5"). */
export function fixed(value: number, digits: number): string {
  if (!Number.isFinite(value)) return String(value);
  const key = `${localeTag()}|${digits}`;
  let format = fixedFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeTag(), { minimumFractionDigits: digits, maximumFractionDigits: digits });
    fixedFormats.set(key, format);
  }
  return format.format(value);
}

/**
 * "29.2% chance to advance (the die rounds it to 3 of 10 faces)": the chance the engine uses, and the
 * die's faces as what they are, a rounding of it (formulas.ts winningFaces), never "exactly" beside a
 * different number.
 */
export function oddsWords(x: Pick<EntryExplanation, 'winningFaces' | 'probability'>): string {
  return t('{chance} chance to advance (the die rounds it to {faces} of 10 faces)', { faces: String(x.winningFaces), chance: pct(x.probability, 1) });
}

/** The die and what it meant: "rolled 4: advance" / "rolled 9: held". */
export function rollWords(x: Pick<EntryExplanation, 'die' | 'advanced'>): string {
  return x.advanced ? t('rolled {die}: advance', { die: String(x.die) }) : t('rolled {die}: held', { die: String(x.die) });
}

function signed(score: number): string {
  return score > 0 ? `+${int(score)}` : int(score);
}

export function entryWords(state: GameState, x: EntryExplanation): string {
  const name = regionName(state, x.region);
  if (x.unopposed) return t('{region}: no organized defenders; entered unopposed.', { region: name });
  const params = { region: name, ratio: ratioWords(x.ratio), column: x.column, odds: oddsWords(x), die: String(x.die), score: signed(x.scoreAfter) };
  const head = x.advanced
    ? t('{region}: force ratio {ratio}, odds column {column}, {odds}; rolled {die}: the attack advances. Score {score}.', params)
    : t('{region}: force ratio {ratio}, odds column {column}, {odds}; rolled {die}: the defence holds. Score {score}.', params);
  const result = x.result === 'entered' ? t('Region entered.') : x.result === 'culminated' ? t('The attack culminates.') : x.result === 'stalemate' ? t('Stalemate: time is up.') : '';
  return result ? `${head} ${result}` : head;
}

/** Resistance this month against last month's, in words. */
export function trendWords(x: ControlExplanation): string {
  const change = x.resistersBefore > 0 ? x.resistersAfter / x.resistersBefore - 1 : 0;
  if (Math.abs(change) < 0.005) return t('resistance steady');
  return change > 0 ? t('resistance up {change}', { change: pct(change) }) : t('resistance down {change}', { change: pct(-change) });
}

export function controlWords(state: GameState, x: ControlExplanation): string {
  return t('{region}: {density} per 1,000 against {requirement} needed (coverage {coverage}); {trend}.', {
    region: regionName(state, x.region),
    density: fixed(x.density, 1),
    requirement: fixed(x.requirement, 1),
    coverage: pct(Math.min(x.coverage, 9.99)),
    trend: trendWords(x),
  });
}

/** The requirement's two parts, each named by what requires it (never "hostility 4.3": 4.3 is a density). */
type RequirementParts = Pick<ControlExplanation, 'density' | 'requirement' | 'requirementFromHostility' | 'requirementFromResistance' | 'coverage'>;

/** "5.3 per 1,000 vs 4.3 needed (the larger of 4.3 required by hostility and 0.9 by resistance); coverage 122%" */
export function requirementWords(x: RequirementParts): string {
  return t('{density} per 1,000 vs {requirement} needed (the larger of {hostility} required by hostility and {resistance} by resistance); coverage {coverage}', {
    density: fixed(x.density, 1),
    requirement: fixed(x.requirement, 1),
    hostility: fixed(x.requirementFromHostility, 1),
    resistance: fixed(x.requirementFromResistance, 1),
    coverage: pct(Math.min(x.coverage, 9.99)),
  });
}

/** The same before a month is played, the coverage left to the caller (shown in bold). */
export function requirementNowWords(x: Omit<RequirementParts, 'coverage'>): string {
  return t('Now: {density} per 1,000 vs {requirement} needed (the larger of {hostility} required by hostility and {resistance} by resistance); coverage', {
    density: fixed(x.density, 1),
    requirement: fixed(x.requirement, 1),
    hostility: fixed(x.requirementFromHostility, 1),
    resistance: fixed(x.requirementFromResistance, 1),
  });
}

/** The first log line of a game, before any event. */
export function introWords(title: string, troops: number): string {
  return t('{title}: {troops} troops in reserve. Place them on regions, then end the day.', { title, troops: int(troops) });
}

/** One log line per event (entry days and months give one line per region). */
export function describeEvent(state: GameState, event: GameEvent): string[] {
  const day = (n: number) => String(n);
  switch (event.type) {
    case 'entry/day':
      return [t('Day {day}.', { day: day(event.day) }), ...event.explanations.map((x) => entryWords(state, x))];
    case 'region/entered':
      return [t('Day {day}: {region} entered; organized resistance there broke.', { day: day(event.day), region: regionName(state, event.region) })];
    case 'region/culminated':
      return [t('Day {day}: the attack on {region} culminated; its troops return to the reserve.', { day: day(event.day), region: regionName(state, event.region) })];
    case 'entry/ended':
      return [tn('Entry phase over after {count} day. Monthly control turns begin.', 'Entry phase over after {count} days. Monthly control turns begin.', event.day)];
    case 'control/month':
      if (!event.explanations.length) return [t('Month {month}.', { month: day(event.month) }), t('No region has been entered, so there is nothing to hold: the whole country counts as hostile.')];
      return [t('Month {month}.', { month: day(event.month) }), ...event.explanations.map((x) => controlWords(state, x))];
    case 'rotation/cap':
      return [t('Month {month}: first rotation. At most {cap} troops can stay in the country from now on.', { month: day(event.month), cap: int(event.cap) })];
    case 'objective/met':
      return [t('Month {month}: the objective is met.', { month: day(event.month) })];
    case 'intervention/withdrawn':
      return [
        t(
          'Month {month}: the intervention has run out of political will. Resistance stayed above {multiple} times its start for {months} months in a row, so every troop goes home; the remaining months run with host forces alone, and a region they do not stabilize has failed.',
          { month: day(event.month), months: day(event.months), multiple: formatNumber(event.multiple) },
        ),
      ];
    case 'game/ended':
      // The class with what it means, so the words agree with the numbers beside them.
      return [
        event.success
          ? t('Game over: {outcome}; objective achieved.', { outcome: outcomeWithMeaning(event.outcome, state.inputs.objective, state.params) })
          : t('Game over: {outcome}; objective not achieved.', { outcome: outcomeWithMeaning(event.outcome, state.inputs.objective, state.params) }),
      ];
    case 'allocation/changed':
      return [t('{region} now has {troops} troops.', { region: regionName(state, event.region), troops: int(event.troops) })];
    case 'turn/undone':
      return [t('Turn undone: placements since the last day or month were taken back.')];
    case 'militia/called':
      return [t('From month {month} on, the militia has joined the resistance in every entered region.', { month: day(event.month) })];
    default:
      return [];
  }
}
