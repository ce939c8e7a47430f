// Teacher mode panel: per input open / locked / hidden for the current scenario, hide outcomes,
// predict-then-reveal. Saved to storage and carried by share links (kit.setTeacher). A lock records
// the value shown when Apply is pressed (it pins the value, not only the input). The panel says
// plainly what teacher mode does not prevent: there is no server and no PIN, so a student who edits
// or decodes a link can undo it.
import type { AppContext } from '../../app/router';
import { INPUTS, sourcedAt } from '../../model/inputs';
import { canHide, inputAccess, recordLockedValues, type InputAccess, type TeacherSettings } from '../../app/teacher';
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
      // The troop level can be locked but not hidden (app/teacher.ts NOT_HIDEABLE says why).
      ...(canHide(spec.path) ? (['open', 'locked', 'hidden'] as const) : (['open', 'locked'] as const)).map((value) =>
        h('option', { value, selected: access.get(spec.path) === value, text: value === 'open' ? t('Open') : value === 'locked' ? t('Locked') : t('Hidden') }),
      ),
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
    h('p', {
      class: 'muted',
      id: 'teacher-limits',
      text: t('A locked input keeps the value it has when you press Apply, also when a scenario file is imported or the scenario is chosen again. Hidden values stay off the screens, the share link, the handout and the charts.'),
    }),
    h('p', {
      class: 'teacher-limits',
      id: 'teacher-limits-not',
      text: t('What teacher mode cannot prevent: it is for focus in class, not for tests. A student who deletes “lock” or “hide” from a link, decodes the link, or uses another browser can see and change everything.'),
    }),
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
          const lockedInputs = [...current.lockedInputs.filter((p) => !shown.has(p)), ...[...access].filter(([, a]) => a === 'locked').map(([p]) => p)];
          // Values recorded for other scenarios' inputs stay; this scenario's locks take the value shown now.
          const earlier = Object.entries(current.lockedValues ?? {}).filter(([p]) => !shown.has(p) && lockedInputs.includes(p));
          const base: TeacherSettings = {
            lockedInputs,
            hiddenInputs: [...current.hiddenInputs.filter((p) => !shown.has(p)), ...[...access].filter(([, a]) => a === 'hidden').map(([p]) => p)],
            hideOutcomes: hideOutcomes.checked,
            predictFirst: predictFirst.checked,
            ...(earlier.length > 0 ? { lockedValues: Object.fromEntries(earlier) } : {}),
          };
          const settings = recordLockedValues(base, scenario, app.session.selection.overrides);
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
