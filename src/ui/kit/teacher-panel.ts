// Teacher mode panel: per input open / locked / hidden for the current scenario, hide outcomes,
// predict-then-reveal. Saved to storage and carried by share links (kit.setTeacher).
import type { AppContext } from '../../app/router';
import { INPUTS, sourcedAt } from '../../model/inputs';
import { inputAccess, type InputAccess, type TeacherSettings } from '../../app/teacher';
import { h } from '../dom';
import { t, tData } from '../i18n';
import { openDialog } from './dialog';

export function openTeacherPanel(app: AppContext, rerender: () => void): void {
  const scenario = app.session.scenario();
  const current = app.kit.teacher();
  const access = new Map<string, InputAccess>();
  const specs = INPUTS.filter((spec) => sourcedAt(scenario, spec.path));
  const rows = specs.map((spec) => {
    access.set(spec.path, inputAccess(current, spec.path));
    const select = h(
      'select',
      { 'data-path': spec.path, 'aria-label': tData(spec.label) },
      ...(['open', 'locked', 'hidden'] as const).map((value) => h('option', { value, selected: access.get(spec.path) === value, text: value === 'open' ? t('Open') : value === 'locked' ? t('Locked') : t('Hidden') })),
    );
    select.addEventListener('change', () => access.set(spec.path, select.value as InputAccess));
    return h('tr', {}, h('th', { scope: 'row', text: tData(spec.label) }), h('td', {}, select));
  });
  const hideOutcomes = h('input', { type: 'checkbox', id: 'teacher-hide-outcomes', checked: current.hideOutcomes });
  const predictFirst = h('input', { type: 'checkbox', id: 'teacher-predict', checked: current.predictFirst });
  const dialog = openDialog(
    'teacher-dialog',
    t('Teacher mode'),
    h('p', { class: 'muted', text: t('Locked inputs are shown but cannot be changed; hidden inputs are not shown. Settings are kept in this browser and go into share links.') }),
    h('label', { class: 'check' }, hideOutcomes, ' ', t('Hide outcomes until I reveal them')),
    h('label', { class: 'check' }, predictFirst, ' ', t('Students predict the chance of success before they see results')),
    h('table', { class: 'compact teacher-inputs' }, h('thead', {}, h('tr', {}, h('th', { text: t('Input') }), h('th', { text: t('Students may') }))), h('tbody', {}, ...rows)),
    h(
      'div',
      { class: 'actions' },
      h('button', {
        type: 'button',
        class: 'primary',
        id: 'teacher-save',
        text: t('Apply'),
        onclick: () => {
          // Paths of other scenarios keep their setting; this scenario's rows replace theirs.
          const shown = new Set(specs.map((s) => s.path));
          const settings: TeacherSettings = {
            lockedInputs: [...current.lockedInputs.filter((p) => !shown.has(p)), ...[...access].filter(([, a]) => a === 'locked').map(([p]) => p)],
            hiddenInputs: [...current.hiddenInputs.filter((p) => !shown.has(p)), ...[...access].filter(([, a]) => a === 'hidden').map(([p]) => p)],
            hideOutcomes: hideOutcomes.checked,
            predictFirst: predictFirst.checked,
          };
          app.kit.setTeacher(settings);
          if (settings.hideOutcomes) app.kit.setRevealed(false);
          dialog.close();
          rerender();
        },
      }),
      h('button', { type: 'button', text: t('Cancel'), onclick: () => dialog.close() }),
    ),
  );
}
