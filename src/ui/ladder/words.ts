// The ladder's sentences from its figures (rungs.ts): the prediction choices, the prediction against
// the result, and "what changed" from the rung before. Every number in them is the rung's own result
// or the debrief's why figures; none is typed here.
import { int, num, pct } from '../format';
import { t } from '../i18n';
import type { Change, PredictionChoice, PredictionScore } from './rungs';

export const CHOICE_WORDS: Record<PredictionChoice, () => string> = {
  'almost-never': () => t('Almost never (under 5%)'),
  sometimes: () => t('Sometimes (5% to 50%)'),
  usually: () => t('Usually (50% to 90%)'),
  'almost-always': () => t('Almost always (90% or more)'),
};

/** "Your prediction: …; the model: …" in one sentence (no quotation marks: they are kept for sources' words). */
export function scoreSentence(predicted: PredictionChoice, score: PredictionScore, share: number): string {
  const params = { predicted: CHOICE_WORDS[predicted](), share: pct(share, 1), actual: CHOICE_WORDS[score.actual]() };
  if (score.hit) return t('Your prediction: {predicted}. The model: {share}, so your prediction was right.', params);
  return score.off > 0
    ? t('Your prediction: {predicted}. The model: {share}, in the band {actual}: more often than you expected.', params)
    : t('Your prediction: {predicted}. The model: {share}, in the band {actual}: less often than you expected.', params);
}

const ratioText = (ratio: number | null) => (ratio === null ? t('no attack on day 1') : `${num(ratio, 0.01)}:1`);

/** The capital's ratio and the density at this rung, each against what it needs. */
function standing(change: Change): string {
  const { to } = change;
  return t('At the capital the force ratio on day 1 is {ratio} (the plan aims for {target}:1); the force is {density} troops per 1,000 inhabitants (this hostility requires about {required}).', {
    ratio: ratioText(to.ratio),
    target: num(to.target, 0.01),
    density: num(to.density, 0.01),
    required: num(to.required, 0.01),
  });
}

/** One paragraph: what changed from the rung before (or where the ladder starts), from the numbers. */
export function changeSentence(change: Change): string {
  const { from, to } = change;
  if (change.kind === 'first' || !from) return `${t('The starting point: {troops} troops.', { troops: int(to.troops) })} ${standing(change)}`;
  const lead = t('From {from} to {to} troops ({factor} times as many).', { from: int(from.troops), to: int(to.troops), factor: change.troopFactor === null ? '–' : num(change.troopFactor, 0.1) });
  const moves =
    from.success === null || to.success === null
      ? ''
      : ` ${
          change.successMove === 'same'
            ? t('The objective is reached in {to} of runs, as before.', { to: pct(to.success, 1) })
            : t('The objective is reached in {to} of runs instead of {from}.', { to: pct(to.success, 1), from: pct(from.success, 1) })
        }`;
  const verdict = change.ratioMet
    ? change.densityMet
      ? t('Both now meet what they need.')
      : t('The ratio now meets its aim; the density still falls short.')
    : change.densityMet
      ? t('The density meets the requirement; the ratio still falls short.')
      : t('Both still fall short.');
  return `${lead} ${standing(change)} ${verdict}${moves}`;
}
