// Set up: every input of the chosen scenario (the scenario's value marked with its status, source or
// reason on hover and focus, reset), the objective, the seed, and what the scenario assumes. Changes
// go to the session (the app store). A language switch re-words the screen in place (relocalize): nothing is rebuilt, so focus,
// scroll and half-typed text stay. The seed follows the one rule of src/app/state-schema.ts.
import type { Screen } from '../../app/router';
import { checkSeed, type SeedProblem } from '../../app/state-schema';
import { INPUTS, sourcedAt } from '../../model/inputs';
import type { ObjectiveKind } from '../../model/types';
import { h } from '../dom';
import { int } from '../format';
import { createInputControl, type InputControl } from '../setup/input-control';
import { inputExportButtons } from '../setup/input-exports';
import { inputAccess, isTeacherModeOn, parsePrediction } from '../../app/teacher';
import { scenarioFileText } from '../../app/export';
import { exportFileName, fileContext } from '../../app/file-names';
import { t, tData, tn, formatPercent } from '../i18n';
import { downloadText, importedText, importZone } from '../kit/files';
import { seedProblemText } from '../kit/notices';
import { wording } from '../kit/wording';

const OBJECTIVE_WORDS: Record<ObjectiveKind, () => string> = {
  capital: () => t('Seize and hold the capital region (3 months with enough troops)'),
  country: () => t('Invade and control the whole country (36 months)'),
  limited: () => t('Limited use of force: hold one small region for a set time'),
};

const GROUPS: { title: () => string; prefix: string }[] = [
  { title: () => t('Intervening force'), prefix: 'intervener.' },
  { title: () => t('Defender'), prefix: 'defender.' },
  { title: () => t('Population'), prefix: 'population.' },
  { title: () => t('Resistance after entry'), prefix: 'resistance.' },
  { title: () => t('Host security forces'), prefix: 'host.' },
  { title: () => t('Objective'), prefix: 'objective.' },
  // Model constants with no published value (src/model/advanced.ts), shown collapsed.
  { title: () => t('Advanced: model constants (design choices)'), prefix: 'advanced.' },
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
    const words = wording();

    const groups = GROUPS.map((group) => {
      // Hidden inputs are not shown at all; locked ones are shown disabled with a note.
      const specs = INPUTS.filter((spec) => spec.path.startsWith(group.prefix) && sourcedAt(scenario, spec.path) && inputAccess(teacher, spec.path) !== 'hidden');
      if (!specs.length) return null;
      const fieldset = h(
        'fieldset',
        { class: 'input-group' },
        // Inside the collapsed Advanced group the summary shows the title; the legend stays for screen readers only.
        words.text(h('legend', group.prefix === 'advanced.' ? { class: 'visually-hidden' } : {}), group.title),
        ...specs.map((spec) => {
          const sourced = sourcedAt(scenario, spec.path)!;
          const control = createInputControl(spec, sourced, overrides[spec.path] ?? sourced.value, (value) => session.setOverride(spec.path, value));
          controls.set(spec.path, control);
          if (inputAccess(teacher, spec.path) === 'locked') {
            control.element.classList.add('locked');
            control.element.dataset.locked = 'true';
            for (const el of control.element.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) el.disabled = true;
            control.element.prepend(words.text(h('p', { class: 'locked-note' }), () => t('Locked by the teacher.')));
          }
          return control.element;
        }),
      );
      return group.prefix === 'advanced.' ? h('details', { class: 'advanced-inputs' }, words.text(h('summary'), group.title), fieldset) : fieldset;
    });

    const kinds: ObjectiveKind[] = scenario.objective.kind === 'limited' ? ['limited', 'capital', 'country'] : ['country', 'capital'];
    const chosen = session.selection.objective ?? scenario.objective.kind;
    const objective = h(
      'fieldset',
      { class: 'objective-choice' },
      words.text(h('legend'), () => t('Objective')),
      ...kinds.map((kind) => {
        const label = document.createTextNode('');
        words.on(() => {
          label.data = ` ${OBJECTIVE_WORDS[kind]()}${kind === scenario.objective.kind ? t(' (this scenario’s objective)') : ''}`;
        });
        return h('label', { class: 'radio' }, h('input', { type: 'radio', name: 'objective', value: kind, checked: kind === chosen, onchange: () => session.setObjective(kind) }), label);
      }),
    );

    const seedField = h('input', { type: 'text', id: 'seed', value: session.selection.seed, autocomplete: 'off', 'aria-describedby': 'seed-help' });
    const seedError = h('span', { class: 'input-error', 'aria-live': 'polite' });
    /** Why the last seed typed was refused (re-worded on a language switch), or null. */
    let seedProblem: SeedProblem | null = null;
    const showSeedProblem = (problem: SeedProblem | null) => {
      seedProblem = problem;
      seedError.textContent = problem ? seedProblemText(problem) : '';
      if (problem) seedField.setAttribute('aria-invalid', 'true');
      else seedField.removeAttribute('aria-invalid');
    };
    seedField.addEventListener('change', () => {
      // One rule everywhere: the seed a share link or storage would accept.
      const check = checkSeed(seedField.value.trim());
      if (!check.ok) {
        showSeedProblem(check.problem);
        seedField.value = session.selection.seed;
        return;
      }
      showSeedProblem(null);
      seedField.value = check.seed;
      session.setSeed(check.seed);
    });
    const newSeed = words.text(
      h('button', {
        type: 'button',
        onclick: () => {
          const seed = String(Math.floor(Math.random() * 1e6));
          seedField.value = seed;
          showSeedProblem(null);
          session.setSeed(seed);
        },
      }),
      () => t('New seed'),
    );

    const resetAll = words.text(
      h('button', {
        type: 'button',
        onclick: () => {
          session.resetOverrides();
          for (const [path, control] of controls) control.show(sourcedAt(scenario, path)!.value);
        },
      }),
      () => t('Reset all to the scenario values'),
    );

    // Predict, then reveal: the forecast is asked here, before any result is shown.
    const forecast = teacher.predictFirst ? forecastPanel() : null;
    function forecastPanel(): HTMLElement {
      const field = h('input', { type: 'text', id: 'forecast', inputmode: 'decimal', autocomplete: 'off', value: app.kit.prediction() === null ? '' : String(Math.round(app.kit.prediction()! * 1000) / 10) });
      /** What the note says, as a function of the language. */
      let noteWords = (): string => (app.kit.prediction() === null ? t('Enter your forecast before you play; the debrief scores it.') : t('Forecast saved: {share}.', { share: formatPercent(app.kit.prediction()!) }));
      const note = words.text(h('p', { class: 'muted', id: 'forecast-note', 'aria-live': 'polite' }), () => noteWords());
      const saveForecast = () => {
        const share = parsePrediction(field.value);
        if (share === null) {
          noteWords = () => t('Type a percentage from 0 to 100, e.g. 35.');
        } else {
          app.kit.setPrediction(share);
          noteWords = () => t('Forecast saved: {share}.', { share: formatPercent(share) });
        }
        note.textContent = noteWords();
      };
      field.addEventListener('change', saveForecast);
      return h(
        'section',
        { class: 'panel', id: 'forecast-panel' },
        h(
          'h3',
          {},
          words.text(h('label', { for: 'forecast' }), () => t('Your forecast: chance of success (%)')),
        ),
        h(
          'div',
          { class: 'forecast-row' },
          field,
          words.text(h('button', { type: 'button', id: 'forecast-save', onclick: saveForecast }), () => t('Save forecast')),
        ),
        note,
      );
    }

    // A valid import becomes the selection and the Choose list shows it with its remove button.
    const imports = importZone(app, (id, saved) => {
      const found = session.scenarios.find((s) => s.id === id);
      const title = found ? tData(found.title) : id;
      if (session.selection.scenarioId !== id) session.select(id);
      app.navigate('choose');
      app.notify(importedText(title, saved));
    });
    const files = h(
      'section',
      { class: 'panel', id: 'files-panel' },
      words.text(h('h3'), () => t('Scenario files')),
      words.text(
        h('button', {
          type: 'button',
          id: 'export-scenario',
          onclick: () => {
            const label = t('class set-up');
            const text = scenarioFileText(scenario, session.selection.overrides, label);
            downloadText(exportFileName(fileContext(scenario, session.selection.overrides, session.selection.seed), 'set-up', 'json'), text, 'application/json');
          },
        }),
        () => t('Export scenario'),
      ),
      ...inputExportButtons(scenario, () => session.selection, words),
      imports.element,
    );

    const regionRows = scenario.regions.map((r) =>
      h(
        'tr',
        {},
        words.text(h('th', { scope: 'row' }), () => tData(r.name) + (r.capital ? t(' (capital)') : '')),
        words.text(h('td'), () => formatPercent(r.share.value)),
        words.text(h('td'), () => tData(r.terrain)),
      ),
    );

    root.append(
      words.text(h('h2'), () => t('Set up: {title}', { title: tData(scenario.title) })),
      ...(isTeacherModeOn(teacher)
        ? [
            h(
              'p',
              {},
              words.text(h('span', { class: 'teacher-badge', id: 'teacher-badge' }), () => t('Teacher mode')),
            ),
          ]
        : []),
      words.text(h('p', { class: 'lede' }), () => tData(scenario.question)),
      h(
        'div',
        { class: 'setup-layout' },
        h(
          'div',
          { class: 'setup-inputs' },
          h(
            'div',
            { class: 'setup-bar' },
            resetAll,
            words.text(h('span', { class: 'muted' }), () =>
              t('The orange mark on each slider is the scenario’s value, labelled published, derived or design choice; hover or focus a control for its source or reason. A change starts a new game.'),
            ),
          ),
          ...groups,
        ),
        h(
          'aside',
          { class: 'setup-side' },
          h(
            'section',
            { class: 'panel' },
            words.text(h('h3'), () => t('What this scenario assumes')),
            words.text(h('p'), () => tData(scenario.assumes)),
          ),
          objective,
          h(
            'section',
            { class: 'panel' },
            h(
              'h3',
              {},
              words.text(h('label', { for: 'seed' }), () => t('Seed')),
            ),
            words.text(h('p', { id: 'seed-help', class: 'muted' }), () => t('The same seed and inputs always give the same game. Change it to see another roll of the dice.')),
            h('div', { class: 'seed-row' }, seedField, newSeed),
            seedError,
          ),
          h(
            'section',
            { class: 'panel' },
            words.text(h('h3'), () => tn('The board: {count} region, {people} people', 'The board: {count} regions, {people} people', scenario.regions.length, { people: int(scenario.population.total.value) })),
            h(
              'table',
              { class: 'compact' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  words.text(h('th'), () => t('Region')),
                  words.text(h('th'), () => t('Population')),
                  words.text(h('th'), () => t('Terrain')),
                ),
              ),
              h('tbody', {}, ...regionRows),
            ),
          ),
          forecast,
          files,
          words.text(h('button', { type: 'button', class: 'primary big', id: 'start-play', onclick: () => app.navigate('play') }), () => t('Play this set-up')),
        ),
      ),
    );
    return {
      dispose: () => imports.dispose(),
      relocalize() {
        words.relocalize();
        for (const control of controls.values()) control.relocalize();
        imports.relocalize();
        if (seedProblem) seedError.textContent = seedProblemText(seedProblem);
      },
    };
  },
};
