// The inverse question under the sweep chart: "How many troops for N% success under these
// assumptions?", answered from the analysis service's inverse results (never from the drawn curve).
// Built once; update() words the answer, relocalize() words the form again.
import { BAND_RUNS } from '../../analysis/queries';
import { INVERSE_DEFAULTS } from '../../analysis/records';
import type { InverseSet } from './controller';
import { troopsPerThousand } from './densities';
import type { InverseView } from './sweep-chart';
import { fmtDensity, fmtInt, fmtPct, htmlEl, setText } from './svg';
import { t } from '../i18n';

/** The inverse answer as the chart and the sentence show it: the service's results, null while computing. */
export function inverseView(set: InverseSet): InverseView | null {
  if (!set.central) return null;
  const answer = set.central.answer;
  const bandDone = set.withBand && set.optimistic && set.pessimistic;
  return {
    target: set.target,
    max: set.central.query.max ?? INVERSE_DEFAULTS.max,
    troops: answer?.troops ?? null,
    sampling: answer ? [answer.low, answer.highAtLimit ? null : answer.high] : [null, null],
    inputs: bandDone ? [set.optimistic!.answer?.troops ?? null, set.pessimistic!.answer?.troops ?? null] : null,
  };
}

export function inverseText(inv: InverseView, population: number): string {
  const around = (x: number | null) => (x === null ? t('not reached below {max}', { max: fmtInt(inv.max) }) : fmtInt(Math.round(x / 1000) * 1000));
  if (inv.troops === null) {
    return inv.inputs && inv.inputs[0] !== null
      ? t('{target} success is not reached below {max} troops under these assumptions; with every ranged input at its optimistic end it is reached at about {troops}.', {
          target: fmtPct(inv.target),
          max: fmtInt(inv.max),
          troops: around(inv.inputs[0]),
        })
      : t('{target} success is not reached below {max} troops under these assumptions.', { target: fmtPct(inv.target), max: fmtInt(inv.max) });
  }
  let text = t('{target} success takes about {troops} troops ({density} per 1,000 inhabitants).', { target: fmtPct(inv.target), troops: around(inv.troops), density: fmtDensity(troopsPerThousand(inv.troops, population)) }) + ' ';
  text += t('Sampling uncertainty (95% bounds of the runs): {low} to {high}.', { low: around(inv.sampling[0]), high: around(inv.sampling[1]) }) + ' ';
  if (inv.inputs)
    text += t('Input uncertainty (band ends, {runs} runs): {optimistic} at the optimistic ends to {pessimistic} at the pessimistic ends.', { runs: fmtInt(BAND_RUNS), optimistic: around(inv.inputs[0]), pessimistic: around(inv.inputs[1]) });
  return text;
}

export interface InverseForm {
  element: HTMLFormElement;
  /** The answer for `set` (null view: still computing). */
  update(set: InverseSet, view: InverseView | null, population: number): void;
  relocalize(): void;
}

/** `onTarget(rate)`: the target typed, as a share 0.01-0.99. */
export function buildInverseForm(onTarget: (rate: number) => void): InverseForm {
  const form = htmlEl('form', { class: 'an-inverse-form' });
  const targetInput = htmlEl('input', { id: 'an-target', type: 'number', min: '1', max: '99', step: '1', value: '50' });
  const output = htmlEl('output', { id: 'an-inverse-answer', for: 'an-target', 'aria-live': 'off' });
  // Announced once per question or per finished curve, not on every refinement step.
  const announce = htmlEl('span', { class: 'an-visually-hidden', role: 'status', 'aria-live': 'polite' });
  targetInput.setAttribute('aria-describedby', 'an-inverse-answer');
  const label = htmlEl('label', { for: 'an-target' });
  const after = htmlEl('span');
  form.append(label, targetInput, after, output, announce);
  form.addEventListener('submit', (e) => e.preventDefault());
  targetInput.addEventListener('input', () => onTarget(Math.min(0.99, Math.max(0.01, (Number(targetInput.value) || 50) / 100))));
  let lastAnnounced: unknown = null;
  let last: [InverseSet, InverseView | null, number] | null = null;

  function update(set: InverseSet, view: InverseView | null, population: number) {
    last = [set, view, population];
    setText(output, view ? inverseText(view, population) : t('Computing…'));
    output.dataset.troops = view?.troops === null || !view ? '' : String(view.troops);
    // Announced once per answer (a new target or new inputs), not on every redraw.
    if (set.central && set.central !== lastAnnounced) {
      lastAnnounced = set.central;
      announce.textContent = output.textContent;
    }
  }
  const wordStatic = () => {
    label.textContent = t('How many troops for') + ' ';
    after.textContent = ' ' + t('% success under these assumptions?') + ' ';
  };
  wordStatic();
  return {
    element: form,
    update,
    relocalize() {
      wordStatic();
      if (!last) return;
      update(...last);
      // The hidden status says the same answer in the new language (said once, as on a new answer).
      if (last[0].central) announce.textContent = output.textContent;
    },
  };
}
