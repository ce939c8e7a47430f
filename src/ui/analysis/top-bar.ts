// The analysis screen's heading, introduction and top bar: the scenario picker, the objective and
// the seed (under the one seed rule of src/app/state-schema.ts). Built once; sync() follows the
// session, relocalize() words every text again on the same elements (the gated screen uses it too).
import type { AppContext } from '../../app/router';
import type { SeedProblem } from '../../app/state-schema';
import { OBJECTIVE_KINDS } from '../../model/scenario-schema';
import type { ObjectiveKind, Scenario } from '../../model/types';
import { t, tData } from '../i18n';
import { seedProblemText } from '../kit/notices';
import { bindSeedField } from './controls';
import { htmlEl } from './svg';

/** The objective's name in the current language (a function: the locale can change). */
export function objectiveWord(kind: ObjectiveKind): string {
  if (kind === 'capital') return t('capital objective');
  if (kind === 'country') return t('country objective');
  return t('limited objective');
}

export interface TopBar {
  heading: HTMLElement;
  intro: HTMLElement;
  top: HTMLElement;
  /** Bring the picker, seed, objective and intro up to date for a scenario. */
  sync(scenario: Scenario): void;
  relocalize(): void;
}

export function buildTopBar(session: AppContext['session']): TopBar {
  const heading = htmlEl('h2');
  const intro = htmlEl('p', { class: 'an-intro' });
  const picker = htmlEl('select', { id: 'an-scenario' });
  const scenarioOptions = session.scenarios.map((s) => {
    const option = htmlEl('option', { value: s.id });
    picker.append(option);
    return { option, scenario: s };
  });
  picker.addEventListener('change', () => session.select(picker.value));
  const seedInput = htmlEl('input', { id: 'an-seed', type: 'text', size: '8' });
  // One seed rule everywhere (src/app/state-schema.ts): an invalid seed is refused with a message,
  // never silently replaced.
  const seedMessage = htmlEl('span', { id: 'an-seed-message', class: 'an-seed-message', role: 'status' });
  let seedProblem: SeedProblem | null = null;
  const wordSeedProblem = () => {
    seedMessage.textContent = seedProblem ? seedProblemText(seedProblem) : '';
  };
  bindSeedField(
    seedInput,
    () => session.selection.seed,
    (seed) => session.setSeed(seed),
    (problem) => {
      seedProblem = problem;
      wordSeedProblem();
    },
  );
  const objectivePicker = htmlEl('select', { id: 'an-objective' });
  const objectiveOptions = OBJECTIVE_KINDS.map((kind) => {
    const option = htmlEl('option', { value: kind });
    objectivePicker.append(option);
    return { option, kind };
  });
  objectivePicker.addEventListener('change', () => session.setObjective(objectivePicker.value as ObjectiveKind));
  const pickLabel = htmlEl('label', { for: 'an-scenario' });
  const objectiveLabel = htmlEl('label', { for: 'an-objective' });
  const seedLabel = htmlEl('label', { for: 'an-seed' });
  const top = htmlEl('div', { class: 'an-top' });
  top.append(pickLabel, picker, objectiveLabel, objectivePicker, seedLabel, seedInput, seedMessage);

  let shown: Scenario | null = null;
  const wordIntro = () => {
    if (shown) intro.textContent = t('{title}: {question} Objective: {objective}.', { title: tData(shown.title), question: tData(shown.question), objective: objectiveWord(shown.objective.kind) });
  };
  const relocalize = () => {
    heading.textContent = t('Analysis: every troop level at once');
    for (const { option, scenario } of scenarioOptions) option.textContent = tData(scenario.title);
    for (const { option, kind } of objectiveOptions) option.textContent = objectiveWord(kind);
    pickLabel.textContent = t('Scenario') + ' ';
    objectiveLabel.textContent = t('Objective') + ' ';
    seedLabel.textContent = t('Seed') + ' ';
    wordSeedProblem();
    wordIntro();
  };
  relocalize();
  return {
    heading,
    intro,
    top,
    sync(current) {
      shown = current;
      picker.value = current.id;
      objectivePicker.value = current.objective.kind;
      seedInput.value = session.selection.seed;
      wordIntro();
    },
    relocalize,
  };
}
