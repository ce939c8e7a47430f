// Set up: every input of the chosen scenario (published value marked, source on hover and focus,
// reset), the objective, the seed, and what the scenario assumes. Changes go to the session.
import type { Screen } from '../../app/router';
import { INPUTS, sourcedAt } from '../../model/inputs';
import type { ObjectiveKind } from '../../model/types';
import { h } from '../dom';
import { int, pct } from '../format';
import { createInputControl, type InputControl } from '../setup/input-control';

const OBJECTIVE_WORDS: Record<ObjectiveKind, string> = {
  capital: 'Seize and hold the capital region (3 months with enough troops)',
  country: 'Invade and control the whole country (36 months)',
  limited: 'Limited use of force: hold one small region for a set time',
};

const GROUPS: { title: string; prefix: string }[] = [
  { title: 'Intervening force', prefix: 'intervener.' },
  { title: 'Defender', prefix: 'defender.' },
  { title: 'Population', prefix: 'population.' },
  { title: 'Host security forces', prefix: 'host.' },
  { title: 'Objective', prefix: 'objective.' },
];

export const setupScreen: Screen = {
  id: 'setup',
  title: 'Set up',
  mount(root, app) {
    const { session } = app;
    const scenario = session.scenario();
    const controls = new Map<string, InputControl>();
    const overrides = session.selection.overrides;

    const groups = GROUPS.map((group) => {
      const specs = INPUTS.filter((spec) => spec.path.startsWith(group.prefix) && sourcedAt(scenario, spec.path));
      if (!specs.length) return null;
      return h(
        'fieldset',
        { class: 'input-group' },
        h('legend', { text: group.title }),
        ...specs.map((spec) => {
          const sourced = sourcedAt(scenario, spec.path)!;
          const control = createInputControl(spec, sourced, overrides[spec.path] ?? sourced.value, (value) => session.setOverride(spec.path, value));
          controls.set(spec.path, control);
          return control.element;
        }),
      );
    });

    const kinds: ObjectiveKind[] = scenario.objective.kind === 'limited' ? ['limited', 'capital', 'country'] : ['country', 'capital'];
    const chosen = session.selection.objective ?? scenario.objective.kind;
    const objective = h(
      'fieldset',
      { class: 'objective-choice' },
      h('legend', { text: 'Objective' }),
      ...kinds.map((kind) =>
        h(
          'label',
          { class: 'radio' },
          h('input', { type: 'radio', name: 'objective', value: kind, checked: kind === chosen, onchange: () => session.setObjective(kind) }),
          ` ${OBJECTIVE_WORDS[kind]}${kind === scenario.objective.kind ? ' (this scenario’s objective)' : ''}`,
        ),
      ),
    );

    const seedField = h('input', { type: 'text', id: 'seed', value: session.selection.seed, autocomplete: 'off', 'aria-describedby': 'seed-help' });
    const seedError = h('span', { class: 'input-error', 'aria-live': 'polite' });
    seedField.addEventListener('change', () => {
      const seed = seedField.value.trim();
      if (!seed || seed.length > 64) {
        seedError.textContent = 'A seed is 1 to 64 characters; keeping the last one.';
        seedField.value = session.selection.seed;
        return;
      }
      seedError.textContent = '';
      session.setSeed(seed);
    });
    const newSeed = h('button', {
      type: 'button',
      text: 'New seed',
      onclick: () => {
        const seed = String(Math.floor(Math.random() * 1e6));
        seedField.value = seed;
        seedError.textContent = '';
        session.setSeed(seed);
      },
    });

    const resetAll = h('button', {
      type: 'button',
      text: 'Reset all to published',
      onclick: () => {
        session.resetOverrides();
        for (const [path, control] of controls) control.show(sourcedAt(scenario, path)!.value);
      },
    });

    const regionRows = scenario.regions.map((r) =>
      h('tr', {}, h('th', { scope: 'row', text: r.name + (r.capital ? ' (capital)' : '') }), h('td', { text: pct(r.share.value) }), h('td', { text: r.terrain })),
    );

    root.append(
      h('h2', { text: `Set up: ${scenario.title}` }),
      h('p', { class: 'lede', text: scenario.question }),
      h(
        'div',
        { class: 'setup-layout' },
        h('div', { class: 'setup-inputs' }, h('div', { class: 'setup-bar' }, resetAll, h('span', { class: 'muted', text: 'The orange mark on each slider is the published value; hover or focus a control for its source and date. A change starts a new game.' })), ...groups),
        h(
          'aside',
          { class: 'setup-side' },
          h('section', { class: 'panel' }, h('h3', { text: 'What this scenario assumes' }), h('p', { text: scenario.assumes })),
          objective,
          h(
            'section',
            { class: 'panel' },
            h('h3', {}, h('label', { for: 'seed', text: 'Seed' })),
            h('p', { id: 'seed-help', class: 'muted', text: 'The same seed and inputs always give the same game. Change it to see another roll of the dice.' }),
            h('div', { class: 'seed-row' }, seedField, newSeed),
            seedError,
          ),
          h(
            'section',
            { class: 'panel' },
            h('h3', { text: `The board: ${scenario.regions.length} region${scenario.regions.length > 1 ? 's' : ''}, ${int(scenario.population.total.value)} people` }),
            h('table', { class: 'compact' }, h('thead', {}, h('tr', {}, h('th', { text: 'Region' }), h('th', { text: 'Population' }), h('th', { text: 'Terrain' }))), h('tbody', {}, ...regionRows)),
          ),
          h('button', { type: 'button', class: 'primary big', id: 'start-play', onclick: () => app.navigate('play'), text: 'Play this set-up' }),
        ),
      ),
    );
    return () => {};
  },
};
