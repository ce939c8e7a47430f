// The typed troop number beside the analysis screen's troop slider: a text field (numeric keyboard
// on phones) for a level the slider cannot hit exactly, or one beyond its end (the troop axis then
// stretches, axis.ts). A valid whole number from the input's bounds goes to the session like a
// slider move; anything else is refused with a message that says why, and the field shows the level
// in use again: the slider's value is never lost. Synced both ways through the session.
import { t } from '../i18n';
import { fmtInt, htmlEl } from './svg';

export type TroopProblem = { kind: 'not-number' } | { kind: 'out-of-range'; value: number };

/**
 * A typed troop level: digits, with optional group separators (spaces, or commas or dots before
 * exactly three digits: "12,000", "12.000", "12 000"), inside [min, max]. Decimals are refused.
 */
export function parseTroops(text: string, min: number, max: number): { ok: true; value: number } | { ok: false; problem: TroopProblem } {
  const clean = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^-?\d{1,3}([.,]\d{3})*$|^-?\d+$/.test(clean)) return { ok: false, problem: { kind: 'not-number' } };
  const value = Number(clean.replace(/[.,]/g, ''));
  if (!Number.isSafeInteger(value)) return { ok: false, problem: { kind: 'not-number' } };
  if (value < min || value > max) return { ok: false, problem: { kind: 'out-of-range', value } };
  return { ok: true, value };
}

export interface TroopField {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Show the level in use (unless the field is being typed in). */
  sync(value: number): void;
  relocalize(): void;
}

/** `id`: the slider's id (the field is `${id}-typed`); `onValue(troops)` sends an accepted level. */
export function buildTroopField(id: string, min: number, max: number, onValue: (troops: number) => void, disabled = false): TroopField {
  const fieldId = `${id}-typed`;
  const element = htmlEl('div', { class: 'an-troop-field' });
  const label = htmlEl('label', { for: fieldId });
  const input = htmlEl('input', { id: fieldId, class: 'num-field', type: 'text', inputmode: 'numeric', autocomplete: 'off', size: '9', 'aria-describedby': `${fieldId}-msg` });
  input.disabled = disabled;
  const message = htmlEl('span', { id: `${fieldId}-msg`, class: 'an-troop-message', role: 'status' });
  element.append(label, input, message);
  let problem: TroopProblem | null = null;
  let current = 0;
  const wordMessage = () => {
    const range = { min: fmtInt(min), max: fmtInt(max) };
    message.textContent = !problem
      ? ''
      : problem.kind === 'not-number'
        ? t('Not a whole number: type troops as digits, from {min} to {max}; the level in use is kept.', range)
        : t('{value} is out of range: type a number of troops from {min} to {max}; the level in use is kept.', { ...range, value: fmtInt(problem.value) });
  };
  const accept = () => {
    const parsed = parseTroops(input.value, min, max);
    if (!parsed.ok) {
      problem = parsed.problem;
      input.setAttribute('aria-invalid', 'true');
      wordMessage();
      input.value = fmtInt(current);
      return;
    }
    problem = null;
    input.removeAttribute('aria-invalid');
    wordMessage();
    input.value = fmtInt(parsed.value);
    if (parsed.value !== current) onValue(parsed.value);
  };
  input.addEventListener('change', accept);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      accept();
    }
  });
  const relocalize = () => {
    label.textContent = t('Or type a number of troops');
    wordMessage();
    input.value = fmtInt(current);
  };
  relocalize();
  return {
    element,
    input,
    sync(value) {
      current = value;
      if (document.activeElement !== input) input.value = fmtInt(value);
    },
    relocalize,
  };
}
