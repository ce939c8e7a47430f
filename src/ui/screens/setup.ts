// Set up: every input of the chosen scenario (published value marked, source on hover and focus,
// reset), the objective, the seed, and what the scenario assumes. Changes go to the session.
import type { Screen } from '../../app/router';
import { INPUTS, sourcedAt } from '../../model/inputs';
import type { ObjectiveKind } from '../../model/types';
import { h } from '../dom';
import { int } from '../format';
import { createInputControl, type InputControl } from '../setup/input-control';
import { inputAccess, isTeacherModeOn, parsePrediction } from '../../app/teacher';
import { scenarioFileText } from '../../app/export';
import { t, tData, tn, formatPercent } from '../i18n';
import { downloadText, importZone } from '../kit/files';

const OBJECTIVE_WORDS: Record<ObjectiveKind, () => string> = {
  capital: () => t('Seize and hold the capital region (3 months with enough troops)'),
  country: () => t('Invade and control the whole country (36 months)'),
  limited: () => t('Limited use of force: hold one small region for a set time'),
};

const GROUPS: { title: () => string; prefix: string }[] = [
  { title: () => t('Intervening force'), prefix: 'intervener.' },
  { title: () => t('Defender'), prefix: 'defender.' },
  { title: () => t('Population'), prefix: 'population.' },
  { title: () => t('Host security forces'), prefix: 'host.' },
  { title: () => t('Objective'), prefix: 'objective.' },
];

export const setupScreen: Screen = {
  id: 'setup',
  title: 'Set up',
  mount(root, app) {
    const { session } = app;
    const scenario = session.scenario();
    const controls = new Map<string, InputControl>();
    const overrides = session.selection.overrides;
    const teacher = app.kit.teacher();

    const groups = GROUPS.map((group) => {
      // Hidden inputs are not shown at all; locked ones are shown disabled with a note.
      const specs = INPUTS.filter((spec) => spec.path.startsWith(group.prefix) && sourcedAt(scenario, spec.path) && inputAccess(teacher, spec.path) !== 'hidden');
      if (!specs.length) return null;
      return h(
        'fieldset',
        { class: 'input-group' },
        h('legend', { text: group.title() }),
        ...specs.map((spec) => {
          const sourced = sourcedAt(scenario, spec.path)!;
          const control = createInputControl(spec, sourced, overrides[spec.path] ?? sourced.value, (value) => session.setOverride(spec.path, value));
          controls.set(spec.path, control);
          if (inputAccess(teacher, spec.path) === 'locked') {
            control.element.classList.add('locked');
            control.element.dataset.locked = 'true';
            for (const el of control.element.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) el.disabled = true;
            control.element.prepend(h('p', { class: 'locked-note', text: t('Locked by the teacher.') }));
          }
          return control.element;
        }),
      );
    });

    const kinds: ObjectiveKind[] = scenario.objective.kind === 'limited' ? ['limited', 'capital', 'country'] : ['country', 'capital'];
    const chosen = session.selection.objective ?? scenario.objective.kind;
    const objective = h(
      'fieldset',
      { class: 'objective-choice' },
      h('legend', { text: t('Objective') }),
      ...kinds.map((kind) =>
        h(
          'label',
          { class: 'radio' },
          h('input', { type: 'radio', name: 'objective', value: kind, checked: kind === chosen, onchange: () => session.setObjective(kind) }),
          ` ${OBJECTIVE_WORDS[kind]()}${kind === scenario.objective.kind ? t(' (this scenario’s objective)') : ''}`,
        ),
      ),
    );

    const seedField = h('input', { type: 'text', id: 'seed', value: session.selection.seed, autocomplete: 'off', 'aria-describedby': 'seed-help' });
    const seedError = h('span', { class: 'input-error', 'aria-live': 'polite' });
    seedField.addEventListener('change', () => {
      const seed = seedField.value.trim();
      if (!seed || seed.length > 64) {
        seedError.textContent = t('A seed is 1 to 64 characters; keeping the last one.');
        seedField.value = session.selection.seed;
        return;
      }
      seedError.textContent = '';
      session.setSeed(seed);
    });
    const newSeed = h('button', {
      type: 'button',
      text: t('New seed'),
      onclick: () => {
        const seed = String(Math.floor(Math.random() * 1e6));
        seedField.value = seed;
        seedError.textContent = '';
        session.setSeed(seed);
      },
    });

    const resetAll = h('button', {
      type: 'button',
      text: t('Reset all to published'),
      onclick: () => {
        session.resetOverrides();
        for (const [path, control] of controls) control.show(sourcedAt(scenario, path)!.value);
      },
    });

    // Predict, then reveal: the forecast is asked here, before any result is shown.
    const forecast = teacher.predictFirst ? forecastPanel() : null;
    function forecastPanel(): HTMLElement {
      const field = h('input', { type: 'text', id: 'forecast', inputmode: 'decimal', autocomplete: 'off', value: app.kit.prediction() === null ? '' : String(Math.round(app.kit.prediction()! * 1000) / 10) });
      const note = h('p', { class: 'muted', id: 'forecast-note', 'aria-live': 'polite', text: app.kit.prediction() === null ? t('Enter your forecast before you play; the debrief scores it.') : t('Forecast saved: {share}.', { share: formatPercent(app.kit.prediction()!) }) });
      const saveForecast = () => {
        const share = parsePrediction(field.value);
        if (share === null) {
          note.textContent = t('Type a percentage from 0 to 100, e.g. 35.');
          return;
        }
        app.kit.setPrediction(share);
        note.textContent = t('Forecast saved: {share}.', { share: formatPercent(share) });
      };
      field.addEventListener('change', saveForecast);
      return h(
        'section',
        { class: 'panel', id: 'forecast-panel' },
        h('h3', {}, h('label', { for: 'forecast', text: t('Your forecast: chance of success (%)') })),
        h('div', { class: 'forecast-row' }, field, h('button', { type: 'button', id: 'forecast-save', onclick: saveForecast, text: t('Save forecast') })),
        note,
      );
    }

    // A valid import becomes the selection and the Choose list shows it with its remove button.
    const imports = importZone(app, (id) => {
      const found = session.scenarios.find((s) => s.id === id);
      const title = found ? tData(found.title) : id;
      if (session.selection.scenarioId !== id) session.select(id);
      app.navigate('choose');
      app.notify(t('Imported “{title}”; it is kept in this browser and listed on Choose.', { title }));
    });
    const files = h(
      'section',
      { class: 'panel', id: 'files-panel' },
      h('h3', { text: t('Scenario files') }),
      h('button', {
        type: 'button',
        id: 'export-scenario',
        text: t('Export scenario'),
        onclick: () => {
          const label = t('class set-up');
          const text = scenarioFileText(scenario, session.selection.overrides, label);
          downloadText(`${scenario.id}-set-up.json`, text, 'application/json');
        },
      }),
      imports.element,
    );

    const regionRows = scenario.regions.map((r) =>
      h('tr', {}, h('th', { scope: 'row', text: tData(r.name) + (r.capital ? t(' (capital)') : '') }), h('td', { text: formatPercent(r.share.value) }), h('td', { text: tData(r.terrain) })),
    );

    root.append(
      h('h2', { text: t('Set up: {title}', { title: tData(scenario.title) }) }),
      ...(isTeacherModeOn(teacher) ? [h('p', {}, h('span', { class: 'teacher-badge', id: 'teacher-badge', text: t('Teacher mode') }))] : []),
      h('p', { class: 'lede', text: tData(scenario.question) }),
      h(
        'div',
        { class: 'setup-layout' },
        h('div', { class: 'setup-inputs' }, h('div', { class: 'setup-bar' }, resetAll, h('span', { class: 'muted', text: t('The orange mark on each slider is the published value; hover or focus a control for its source and date. A change starts a new game.') })), ...groups),
        h(
          'aside',
          { class: 'setup-side' },
          h('section', { class: 'panel' }, h('h3', { text: t('What this scenario assumes') }), h('p', { text: scenario.assumes })),
          objective,
          h(
            'section',
            { class: 'panel' },
            h('h3', {}, h('label', { for: 'seed', text: t('Seed') })),
            h('p', { id: 'seed-help', class: 'muted', text: t('The same seed and inputs always give the same game. Change it to see another roll of the dice.') }),
            h('div', { class: 'seed-row' }, seedField, newSeed),
            seedError,
          ),
          h(
            'section',
            { class: 'panel' },
            h('h3', { text: tn('The board: {count} region, {people} people', 'The board: {count} regions, {people} people', scenario.regions.length, { people: int(scenario.population.total.value) }) }),
            h('table', { class: 'compact' }, h('thead', {}, h('tr', {}, h('th', { text: t('Region') }), h('th', { text: t('Population') }), h('th', { text: t('Terrain') }))), h('tbody', {}, ...regionRows)),
          ),
          forecast,
          files,
          h('button', { type: 'button', class: 'primary big', id: 'start-play', onclick: () => app.navigate('play'), text: t('Play this set-up') }),
        ),
      ),
    );
    return () => imports.dispose();
  },
};
