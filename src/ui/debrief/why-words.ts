// The "why" panel's sentences (src/ui/debrief/why-panel.ts), each a function of the language so the
// panel re-words in place. Every number says what it is: the model's output, derived (with what from),
// published or a design choice (the shared status words, src/ui/kit/status-label.ts).
import { WHY_MAX_TROOPS, type InputMove, type WhyDensity, type WhyRatio } from '../../analysis/why';
import type { InverseResult, TornadoResult } from '../../analysis/queries';
import { sourcedAt } from '../../model/inputs';
import type { Scenario, Overrides } from '../../model/types';
import { fmtDensity } from '../analysis/svg';
import { QUINLIVAN_BANDS } from '../analysis/densities';
import { int, pct } from '../format';
import { formatNumber, t, tData } from '../i18n';
import { rangeWord, statusNow } from '../kit/status-label';
import { ratioWords } from '../play/describe';

/** "design choice" or "changed (design choice: 3)": the status of an input as set now. */
function inputStatus(scenario: Scenario, overrides: Overrides, path: string, step: number): string {
  const sourced = sourcedAt(scenario, path);
  return sourced ? statusNow(sourced, overrides[path], step) : t('design choice');
}

const times = (x: number) => formatNumber(x, 1);

/** The force-ratio sentences: what the key region's attack had against the plan's R*. */
export function ratioSentences(r: WhyRatio, region: string, scenario: Scenario, overrides: Overrides): string[] {
  const target = ratioWords(r.target);
  const status = inputStatus(scenario, overrides, 'intervener.targetRatio', 0.1);
  const troops = int(Math.round(r.troopsForTarget / 100) * 100);
  if (r.unopposed) return [t('{region} had no organized defenders: it was entered without a roll.', { region })];
  if (r.had === null) {
    return [
      t('Your force never attacked {region}, so it could not be entered there: its force ratio was 0.', { region }),
      t('The plan aims for {target} ({status}), where the model gives about {chance} entry (derived: the entry walk without losses).', { target, status, chance: pct(r.chanceAtTarget) }),
      t('{target} there takes about {troops} troops (derived: A = R*·D·π·τ/Q from the region’s defenders, posture, terrain and quality).', { target, troops }),
    ];
  }
  const ratio = ratioWords(r.had);
  const first =
    r.from === 'game'
      ? t('Your force ratio in {region} on model day {day} was {ratio} (model output, as your log records it).', { region, day: r.day ?? 1, ratio })
      : t('The automatic plan’s force ratio in {region} on model day 1 is {ratio} (model output, from its day-1 allocation).', { region, ratio });
  const second = t('The plan aims for {target} ({status}), where the model gives about {chance} entry; at {ratio} it gives {chanceHad} (derived: the entry walk without losses).', {
    target,
    status,
    chance: pct(r.chanceAtTarget),
    ratio,
    chanceHad: pct(r.chanceHad ?? 0),
  });
  const attackers = int(Math.round(r.attackers));
  const third =
    r.had < r.target
      ? t('Entry needs about {factor} times more combat power there: about {troops} troops for {target} instead of the {attackers} sent (derived: A = R*·D·π·τ/Q).', { factor: times(r.factor ?? 0), troops, target, attackers })
      : t('That is {factor} times the plan’s ratio, a margin above what entry needs: {target} took about {troops} troops and {attackers} were sent (derived: A = R*·D·π·τ/Q).', { factor: times(r.had / r.target), troops, target, attackers });
  return [first, second, third];
}

/** The density sentences: troops per 1,000 had against d_pop(g), placed on Quinlivan's tiers. */
export function densitySentences(d: WhyDensity, scenario: Scenario, overrides: Overrides): string[] {
  const had = fmtDensity(d.had);
  const required = fmtDensity(d.required);
  const first = t('The force was {had} troops per 1,000 inhabitants (derived: {troops} troops over {population} people).', { had, troops: int(d.troops), population: int(d.population) });
  const second = t('Hostility {g} ({status}) requires about {required} per 1,000 to hold (derived: d_pop(g) = 2·10^((g − 0.1)/0.6), a design choice set on Quinlivan’s tiers).', {
    g: formatNumber(d.hostility, 2),
    status: inputStatus(scenario, overrides, 'population.hostility', 0.01),
    required,
  });
  const third =
    d.margin < 1 ? t('Holding needs about {factor} times the troops per 1,000 the force had.', { factor: times(1 / d.margin) }) : t('That is {factor} times the requirement, a margin above what holding needs.', { factor: times(d.margin) });
  return [first, second, third, quinlivanSentence(d.had)];
}

/** Where a density sits on Quinlivan's tiers (the bands and their labels from densities.ts). */
export function quinlivanSentence(density: number): string {
  const policing = QUINLIVAN_BANDS.find((b) => b.id === 'policing')!;
  const difficult = QUINLIVAN_BANDS.find((b) => b.id === 'difficult')!;
  const params = { density: fmtDensity(density), low: formatNumber(policing.low), high: formatNumber(policing.high), difficult: formatNumber(difficult.low) };
  const where =
    density < policing.low
      ? t('{density} per 1,000 is below even the policing tier of {low}-{high} per 1,000; difficult stability cases take {difficult} or more.', params)
      : density <= policing.high
        ? t('{density} per 1,000 is within the policing tier of {low}-{high} per 1,000; difficult stability cases take {difficult} or more.', params)
        : density < difficult.low
          ? t('{density} per 1,000 is above the policing tier of {low}-{high} per 1,000 and below the {difficult} or more of difficult stability cases.', params)
          : t('{density} per 1,000 reaches the {difficult} or more per 1,000 of difficult stability cases.', params);
  return `${where} ${t('(Tiers published: J. T. Quinlivan, RAND Review, 2003.)')}`;
}

/** The inverse answer: troops for the target under the same inputs and objective. */
export function inverseSentence(result: InverseResult, troopsHad: number, population: number): string {
  const { query, answer } = result;
  const common = { target: pct(query.target), runs: int(query.runs), seed: query.seed, had: int(troopsHad) };
  if (!answer) return t('Under these assumptions, {target} success takes more than {max} troops: the search does not reach it by then (model output, {runs} runs, seed “{seed}”; your force: {had}).', { ...common, max: int(WHY_MAX_TROOPS) });
  return t('Under these assumptions, {target} success takes about {troops} troops, {density} per 1,000 (model output, {runs} runs, seed “{seed}”; your force: {had}).', {
    ...common,
    troops: int(Math.round(answer.troops / 1000) * 1000),
    density: fmtDensity((answer.troops / population) * 1000),
  });
}

function value(v: number): string {
  return Math.abs(v) >= 1000 ? int(v) : formatNumber(Number(v.toPrecision(3)), 3);
}

/** An input's move in words, with the kind of range its end comes from. */
function moveSentence(m: InputMove): string {
  const range = m.bar.rangeKind === 'assumed ±50%' ? t('no range given: ±50% assumed') : t('an end of its {range}', { range: rangeWord(m.bar.rangeKind) });
  const params = { input: tData(m.bar.label), from: value(m.from), to: value(m.to), range, before: pct(m.before), after: pct(m.after) };
  return m.after >= m.before ? t('{input} {from} → {to} ({range}) would raise success from {before} to {after}.', params) : t('{input} {from} → {to} ({range}) would lower success from {before} to {after}.', params);
}

/**
 * The tornado's top moves in words ("Hostility 0.3 → 0.2 would raise success from 0% to 12%"). When
 * nothing moves the result at the level played, `atNeed` is the tornado at the inverse answer's level.
 */
export function inputSentences(result: TornadoResult, moves: InputMove[], atNeed: { result: TornadoResult; moves: InputMove[] } | null = null): string[] {
  const troops = int(result.query.troops);
  const base = result.bars[0]?.metricAtBase ?? 0;
  const head = t('At {troops} troops the automatic plan succeeds in {rate} of {runs} runs as set (model output).', { troops, rate: pct(base), runs: int(result.query.runs) });
  if (moves.length) return [head, ...moves.map(moveSentence)];
  const none = t('No input moved across its range changes that: here the troop level decides, not the assumptions.');
  if (!atNeed) return [head, none];
  const needBase = atNeed.result.bars[0]?.metricAtBase ?? 0;
  return [
    head,
    none,
    t('At about {troops} troops, the level these assumptions need, it succeeds in {rate}, and there:', { troops: int(atNeed.result.query.troops), rate: pct(needBase) }),
    ...(atNeed.moves.length ? atNeed.moves.map(moveSentence) : [t('no input moved across its range changes that either.')]),
  ];
}
