// The defender team's set-up form (two-team play): how the fighting regulars are spread (the share in
// the capital region; the rest by population), each region's posture within the published range, and
// the control month from which the militia joins the resistance. Plain sliders and a select (keyboard
// accessible), each with its range and source. It sends nothing: the gate (two-teams.ts) turns the
// values into defender actions. Every text goes through a wording, so a language switch re-words it.
import type { DefenderAction, GameState, Scenario } from '../../model/types';
import { defenderChoices, defenderOf } from '../../engine/defender';
import { h } from '../dom';
import { num, pct } from '../format';
import { t, tData } from '../i18n';
import type { Wording } from '../kit/wording';
import { regionName } from './describe';

export interface DefenderForm {
  element: HTMLElement;
  /** The actions that set the form's values (spread, each posture, militia), in order. */
  actions(): DefenderAction[];
}

const STEP = 0.05;

function slider(id: string, range: readonly [number, number], value: number, words: Wording, label: () => string, shown: (v: number) => string): { row: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { type: 'range', id, min: range[0], max: range[1], step: STEP, value });
  const output = h('output', { for: id, id: `${id}-value` });
  const show = () => {
    output.textContent = shown(Number(input.value));
    input.setAttribute('aria-valuetext', output.textContent);
  };
  input.addEventListener('input', () => {
    input.dataset.touched = 'true';
    show();
  });
  words.on(show);
  return { row: h('div', { class: 'team-row' }, words.text(h('label', { for: id }), label), input, output), input };
}

/** The slider's value once moved; until then the exact starting value (a slider snaps to its step). */
function sliderValue(input: HTMLInputElement, start: number): number {
  return input.dataset.touched ? Number(input.value) : start;
}

export function defenderForm(state: GameState, scenario: Scenario, words: Wording): DefenderForm {
  const defender = defenderOf(state);
  const choices = defenderChoices(state);
  const { ranges } = defender;
  const capital = state.inputs.capitalIndex;
  const capitalName = () => regionName(state, state.regions[capital].id);
  const several = state.regions.length > 1;

  // The spread: k_cap (a design value; the scenario format's bounds).
  const spread = slider(
    'defender-capital-share',
    ranges.capitalShare,
    choices.capitalShare,
    words,
    () => t('Share of the fighting regulars in {capital}', { capital: capitalName() }),
    (v) => t('{share} in {capital}; the rest spread over the regions by population', { share: pct(v), capital: capitalName() }),
  );
  const spreadSet = several
    ? h(
        'fieldset',
        { class: 'team-group' },
        words.text(h('legend'), () => t('How the regulars are spread')),
        spread.row,
        words.text(h('p', { class: 'muted source' }), () =>
          t('Design choice, no published range: the scenario puts {share} in the capital region (automatic defender). Any share from {min} to {max} is allowed.', {
            share: pct(defender.automatic.capitalShare),
            min: pct(ranges.capitalShare[0]),
            max: pct(ranges.capitalShare[1]),
          }),
        ),
      )
    : null;

  // Posture π per region, within the published range.
  const postures = state.regions.map((region, r) =>
    slider(
      `defender-posture-${region.id}`,
      ranges.posture,
      choices.posture[r],
      words,
      () => regionName(state, region.id),
      (v) => `π = ${num(v, 0.01)}`,
    ),
  );
  const postureSet = h(
    'fieldset',
    { class: 'team-group' },
    words.text(h('legend'), () => t('Posture in each region')),
    words.text(h('p', { class: 'muted source' }), () =>
      t('Published range {min} to {max} (hasty defence to fortified); the automatic defender uses {value} everywhere. Source: {source}', {
        min: num(ranges.posture[0], 0.01),
        max: num(ranges.posture[1], 0.01),
        value: num(defender.automatic.posture, 0.01),
        source: tData(scenario.defender.posture.source),
      }),
    ),
    ...postures.map((p) => p.row),
  );

  // Militia timing: month 1 (the model's rule) … the last control month.
  const militia = h('select', { id: 'defender-militia' });
  const months: number[] = [];
  for (let m = ranges.militiaMonth[0]; m <= ranges.militiaMonth[1]; m++) months.push(m);
  for (const m of months) militia.append(h('option', { value: m, selected: m === choices.militiaMonth }));
  words.on(() =>
    months.forEach((m, i) => {
      militia.options[i].textContent = m === 1 ? t('At once: when control begins (the model’s rule)') : t('Held back until month {month} of control', { month: String(m) });
    }),
  );
  const militiaSet = h(
    'fieldset',
    { class: 'team-group' },
    words.text(h('legend'), () => t('When the militia joins the resistance')),
    h(
      'div',
      { class: 'team-row' },
      words.text(h('label', { for: 'defender-militia' }), () => t('The militia’s part of the resistance counts from')),
      militia,
    ),
    words.text(h('p', { class: 'muted source' }), () => t('Design choice: the model seeds resistance with a share of the militia when control begins; holding it back keeps that share out until the month chosen.')),
  );

  return {
    element: h('div', { class: 'team-form' }, spreadSet, postureSet, militiaSet),
    actions() {
      const out: DefenderAction[] = [];
      if (several) out.push({ type: 'defender/spread', capitalShare: sliderValue(spread.input, choices.capitalShare) });
      state.regions.forEach((region, r) => {
        out.push({ type: 'defender/posture', region: region.id, posture: sliderValue(postures[r].input, choices.posture[r]) });
      });
      out.push({ type: 'defender/militia', month: Number(militia.value) });
      return out;
    },
  };
}
