// The analysis screen's input sliders: the troop level and the key assumptions, sharing the
// session's overrides so set-up and analysis always agree. Sends changes only; no rules here.
// Teacher mode as on Set up: hidden inputs are left out (their value stays as published or as the
// teacher set it), locked ones are shown disabled with the same note.
import { checkSeed, type SeedProblem } from '../../app/state-schema';
import { inputAccess, type TeacherSettings } from '../../app/teacher';
import { seedProblemText } from '../kit/notices';
import { findInput, publishedValue, sourcedAt } from '../../model/inputs';
import { statusLabel } from '../kit/status-label';
import type { Overrides, Scenario } from '../../model/types';
import { troopAxisMax } from './axis';
import { buildTroopField, type TroopField } from './troop-field';
import { t, tData } from '../i18n';
import { fmtInt, formatShow, htmlEl } from './svg';

interface SliderSpec {
  path: string;
  /** The troop slider: it ends at the scenario's troop axis end (axis.ts), with a typed field beside it. */
  troops?: boolean;
  /** For troop-like inputs: the slider reaches this multiple of the published value. */
  maxFactor?: number;
  max?: number;
}

export const ANALYSIS_SLIDERS: readonly SliderSpec[] = [
  { path: 'intervener.troops', troops: true },
  { path: 'population.hostility' },
  { path: 'defender.cohesion' },
  { path: 'defender.regulars', maxFactor: 3 },
  { path: 'host.retained' },
  { path: 'intervener.quality' },
  { path: 'defender.mastery' },
  { path: 'defender.posture' },
  { path: 'intervener.sustainableForce', maxFactor: 4 },
];

function show(value: number, step: number): string {
  if (step >= 1) return fmtInt(value);
  return formatShow(value, Math.min(3, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9))));
}

export interface ControlsHandle {
  element: HTMLElement;
  sync(scenario: Scenario, overrides: Overrides): void;
  /** Word the panel again in the current language (same elements: focus and values stay). */
  relocalize(): void;
}

/** Builds the slider panel for a scenario; `onInput(path, value)` fires on every slider movement. */
export function buildControls(scenario: Scenario, onInput: (path: string, value: number) => void, onReset: () => void, teacher?: TeacherSettings): ControlsHandle {
  const words: (() => void)[] = [];
  const word = <E extends Element>(el: E, text: () => string): E => {
    const update = () => {
      el.textContent = text();
    };
    words.push(update);
    return el;
  };
  const panel = htmlEl('fieldset', { class: 'an-controls' });
  panel.append(word(htmlEl('legend'), () => t('Assumptions')));
  panel.append(word(htmlEl('p', { class: 'an-shared-note' }), () => t('Shared with Set up: a change here changes the game too.')));
  const rows = new Map<string, { input: HTMLInputElement; output: HTMLOutputElement; step: number; typed?: TroopField; wordPub: (value: number) => void }>();
  for (const slider of ANALYSIS_SLIDERS) {
    const spec = findInput(slider.path);
    const published = publishedValue(scenario, slider.path);
    if (!spec || published === undefined) continue;
    const access = teacher ? inputAccess(teacher, slider.path) : 'open';
    if (access === 'hidden') continue;
    const max = slider.troops ? troopAxisMax(scenario) : (slider.max ?? (slider.maxFactor ? Math.min(spec.max, Math.max(published * slider.maxFactor, spec.step * 10)) : spec.max));
    const id = `an-in-${slider.path.replace('.', '-')}`;
    const row = htmlEl('div', { class: 'an-slider' });
    const label = word(htmlEl('label', { for: id }), () => `${tData(spec.label)} (${spec.symbol})`);
    words.push(() => label.setAttribute('data-changed', t('(changed)')));
    const input = htmlEl('input', {
      id,
      type: 'range',
      min: String(spec.min),
      max: String(max),
      step: String(spec.step),
      'data-path': slider.path,
      'aria-describedby': `${id}-pub`,
    });
    const output = htmlEl('output', { for: id, class: 'an-value' });
    // The file's value and its status, or "changed (published: 10,000)" once the value in use differs
    // (a share link's or the student's): a changed value is never called published.
    const pub = htmlEl('span', { id: `${id}-pub`, class: 'an-published' });
    const unit = spec.unit === 'share' || spec.unit === '0-1' ? '' : spec.unit;
    const wordPub = (value: number) => {
      pub.textContent = `${statusLabel(sourcedAt(scenario, slider.path)!, value, spec.step)}${unit ? ` ${tData(unit)}` : ''}`;
    };
    input.addEventListener('input', () => onInput(slider.path, Number(input.value)));
    row.append(label, output, input, pub);
    const typed = slider.troops ? buildTroopField(id, spec.min, spec.max, (value) => onInput(slider.path, value), access === 'locked') : undefined;
    if (typed) {
      row.append(typed.element);
      words.push(typed.relocalize);
    }
    if (access === 'locked') {
      input.disabled = true;
      row.classList.add('locked');
      row.dataset.locked = 'true';
      row.prepend(word(htmlEl('p', { class: 'locked-note' }), () => t('Locked by the teacher.')));
    }
    panel.append(row);
    rows.set(slider.path, { input, output, step: spec.step, typed, wordPub });
  }
  const reset = word(htmlEl('button', { type: 'button', class: 'an-reset' }), () => t('Reset to the scenario values'));
  reset.addEventListener('click', onReset);
  panel.append(reset);
  // Worded once here, and again on each relocalize.
  for (const update of words) update();
  let last: [Scenario, Overrides] | null = null;
  const sync = (current: Scenario, overrides: Overrides) => {
    last = [current, overrides];
    for (const [path, row] of rows) {
      const value = overrides[path] ?? publishedValue(current, path) ?? 0;
      // The troop slider reaches the axis end, stretched when a larger level was typed.
      if (row.typed) row.input.max = String(troopAxisMax(current, value));
      row.typed?.sync(value);
      row.wordPub(value);
      if (document.activeElement !== row.input || Number(row.input.value) !== value) row.input.value = String(value);
      const text = show(value, row.step);
      row.output.textContent = text;
      row.input.setAttribute('aria-valuetext', text);
      row.input.closest('.an-slider')?.classList.toggle('an-changed', path in overrides);
    }
  };
  return {
    element: panel,
    sync,
    relocalize() {
      for (const update of words) update();
      if (last) sync(...last);
    },
  };
}

/**
 * The analysis screen's seed field, under the one seed rule of src/app/state-schema.ts (the rule Set
 * up, share links and storage use): a valid seed goes to `setSeed`; an invalid one (empty, over 64
 * characters, control or invisible characters) is refused and the field shows the seed in use
 * again. Nothing is silently replaced. `message` is told why (null once a seed is accepted): an
 * element to word it in, or a function (which can word it again after a language switch).
 * Returns the clean-up.
 */
export function bindSeedField(input: HTMLInputElement, current: () => string, setSeed: (seed: string) => void, message?: HTMLElement | ((problem: SeedProblem | null) => void)): () => void {
  const tell = (problem: SeedProblem | null) => {
    if (typeof message === 'function') message(problem);
    else if (message) message.textContent = problem ? seedProblemText(problem) : '';
  };
  const onChange = () => {
    const check = checkSeed(input.value.trim());
    if (!check.ok) {
      input.setAttribute('aria-invalid', 'true');
      tell(check.problem);
      input.value = current();
      return;
    }
    input.removeAttribute('aria-invalid');
    tell(null);
    setSeed(check.seed);
  };
  input.addEventListener('change', onChange);
  return () => input.removeEventListener('change', onChange);
}
