// One set-up control: a slider and a number field for one scenario input, the scenario's value marked
// on the slider with its status (published, derived or design choice: src/ui/kit/status-label.ts),
// its source or reason and date on hover and focus, and a reset to the scenario's value.
// Invalid text in the number field shows a message and keeps the last good value. A language switch
// re-words it in place (relocalize): labels, source, number format, and any message shown.
import type { InputSpec } from '../../model/inputs';
import type { Sourced } from '../../model/types';
import { h, uid } from '../dom';
import { num, readNumber } from '../format';
import { t, tData } from '../i18n';
import { statusDetail, statusLabel, statusWord, statusKind } from '../kit/status-label';
import { wording } from '../kit/wording';

export interface InputControl {
  element: HTMLElement;
  /** Show a value set from outside (e.g. "reset all"). */
  show(value: number): void;
  /** Re-word every text of the control in the current language. */
  relocalize(): void;
}

function niceCeil(x: number): number {
  if (x <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}

/** Slider span: the physical bounds unless they dwarf the published value (troops 0-1,000,000). */
export function sliderBounds(spec: InputSpec, sourced: Sourced): { min: number; max: number; step: number } {
  const published = sourced.value;
  let max = spec.max;
  if (published > 0 && spec.max > 20 * published) {
    const wanted = Math.max(published * 4, (sourced.range?.[1] ?? 0) * 1.25, spec.path === 'intervener.troops' ? 200_000 : 0);
    max = Math.min(spec.max, niceCeil(wanted));
  }
  const min = spec.min;
  const step = spec.integer ? Math.max(1, niceCeil((max - min) / 400)) : spec.step;
  return { min, max, step };
}

export function createInputControl(spec: InputSpec, sourced: Sourced, current: number, onChange: (value: number | null) => void): InputControl {
  const published = sourced.value;
  const { min, max, step } = sliderBounds(spec, sourced);
  const id = uid('in');
  const tipId = `${id}-tip`;
  const errId = `${id}-err`;
  const listId = `${id}-ticks`;
  const describedBy = `${tipId} ${errId}`;
  let good = current;
  /** The text the field was last given (so a switch re-formats it only when nothing was typed since). */
  let formatted = num(current, spec.step);

  const words = wording();
  /** The message shown under the control, as a function so a language switch re-words it. */
  let message: (() => string) | null = null;

  const slider = words.attr(
    h('input', {
      type: 'range',
      id: `${id}-slider`,
      min,
      max,
      step,
      value: Math.min(max, Math.max(min, current)),
      list: listId,
      'aria-describedby': describedBy,
      'data-path': spec.path,
    }),
    'aria-label',
    () => t('{input} (slider)', { input: tData(spec.label) }),
  );
  const field = h('input', {
    type: 'text',
    inputmode: 'decimal',
    id,
    value: num(current, spec.step),
    'aria-describedby': describedBy,
    'data-path': spec.path,
    class: 'num-field',
    autocomplete: 'off',
  });
  const error = h('span', { id: errId, class: 'input-error', 'aria-live': 'polite' });
  const reset = words.attr(
    words.text(h('button', { type: 'button', class: 'reset' }), () => t('Reset')),
    'aria-label',
    () => t('Reset {input} to the scenario value {value} ({status})', { input: tData(spec.label), value: num(published, spec.step), status: statusWord(statusKind(sourced)) }),
  );
  const pos = max > min ? ((Math.min(max, Math.max(min, published)) - min) / (max - min)) * 100 : 0;
  const marker = words.attr(h('span', { class: 'published-marker', style: `left: ${pos.toFixed(2)}%`, 'aria-hidden': 'true' }), 'title', () => statusLabel(sourced, undefined, spec.step));
  const tip = words.text(h('span', { class: 'tooltip', role: 'tooltip', id: tipId }), () => {
    const range = sourced.range ? ' ' + t('Range {low}-{high} ({kind}).', { low: num(sourced.range[0], spec.step), high: num(sourced.range[1], spec.step), kind: statusWord(statusKind(sourced)) }) : '';
    return `${statusLabel(sourced, undefined, spec.step)} ${tData(spec.unit)}. ${statusDetail(sourced)}${range}${sourced.note ? ` ${tData(sourced.note)}` : ''}`;
  });
  const labelText = document.createTextNode('');
  words.on(() => {
    labelText.data = ` ${tData(spec.label)}`;
  });
  const publishedText = document.createTextNode('');
  words.on(() => {
    publishedText.data = statusLabel(sourced, good, spec.step);
  });

  const row = h(
    'div',
    { class: 'input-row', 'data-path': spec.path },
    words.attr(
      h(
        'label',
        { for: id, class: 'input-label' },
        h('span', { class: 'symbol', text: spec.symbol }),
        labelText,
        words.text(h('span', { class: 'help' }), () => tData(spec.help)),
      ),
      'data-changed',
      () => t('(changed)'),
    ),
    h(
      'div',
      { class: 'slider-wrap' },
      slider,
      marker,
      h(
        'datalist',
        { id: listId },
        words.attr(h('option', { value: published }), 'label', () => statusWord(statusKind(sourced))),
      ),
    ),
    h(
      'div',
      { class: 'field-wrap' },
      field,
      words.text(h('span', { class: 'unit' }), () => tData(spec.unit)),
      reset,
    ),
    h('div', { class: 'published-line', 'data-status': statusKind(sourced) }, publishedText, tip),
    error,
  );

  function mark() {
    row.classList.toggle('changed', Math.abs(good - published) > 1e-12);
    publishedText.data = statusLabel(sourced, good, spec.step);
  }
  function show(value: number) {
    good = value;
    slider.value = String(Math.min(max, Math.max(min, value)));
    field.value = formatted = num(value, spec.step);
    field.removeAttribute('aria-invalid');
    message = null;
    error.textContent = '';
    mark();
  }
  function refuse(word: () => string) {
    field.setAttribute('aria-invalid', 'true');
    message = word;
    error.textContent = word();
    field.value = formatted = num(good, spec.step);
  }
  function commit(value: number) {
    show(value);
    onChange(Math.abs(value - published) < 1e-12 ? null : value);
  }

  slider.addEventListener('input', () => commit(Number(slider.value)));
  field.addEventListener('change', () => {
    const value = readNumber(field.value);
    if (!Number.isFinite(value)) {
      const text = field.value;
      const kept = good;
      refuse(() => t('“{text}” is not a number; keeping {value}.', { text, value: num(kept, spec.step) }));
      return;
    }
    if (value < spec.min || value > spec.max) {
      const kept = good;
      refuse(() => t('Must be between {min} and {max}; keeping {value}.', { min: num(spec.min, spec.step), max: num(spec.max, spec.step), value: num(kept, spec.step) }));
      return;
    }
    commit(spec.integer ? Math.round(value) : value);
  });
  reset.addEventListener('click', () => commit(published));
  mark();
  return {
    element: row,
    show,
    relocalize() {
      words.relocalize();
      if (message) error.textContent = message();
      // The number field follows the new number format unless it holds text not yet committed.
      if (field.value === formatted) field.value = formatted = num(good, spec.step);
    },
  };
}
