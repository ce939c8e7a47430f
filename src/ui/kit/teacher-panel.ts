// Teacher mode panel: per input open / locked / hidden for the current scenario (the 18 advanced
// model constants folded in their own group), hide outcomes, predict-then-reveal, and the PIN that
// keeps these controls from students. Saved to storage and carried by share links (kit.setTeacher).
// A lock records the value shown when Apply is pressed (it pins the value, not only the input).
// While a PIN locks teacher mode (src/app/teacher-lock.ts) the panel opens only after the PIN. The
// panel says plainly what teacher mode and its PIN do not prevent: there is no server, the browser
// belongs to the student, so clearing site data or editing a link undoes it.
import type { AppContext } from '../../app/router';
import { ADVANCED_PREFIX } from '../../model/advanced';
import { INPUTS, sourcedAt } from '../../model/inputs';
import { canHide, inputAccess, recordLockedValues, type InputAccess, type TeacherSettings } from '../../app/teacher';
import { lockTeacher, teacherLocked, unlockTeacher } from '../../app/teacher-lock';
import { createPinLock, isValidPin } from '../../app/teacher-pin';
import { h } from '../dom';
import { t, tData } from '../i18n';
import { openDialog } from './dialog';
import { openPinPrompt, pinLimitsText } from './pin-prompt';

/** Open the panel; while locked by a PIN, the PIN prompt comes first. `rerender` runs after a change. */
export function openTeacherPanel(app: AppContext, rerender: () => void): void {
  if (teacherLocked(app.kit.teacher())) {
    openPinPrompt(app, () => {
      rerender();
      openPanel(app, rerender);
    });
    return;
  }
  openPanel(app, rerender);
}

function inputsTable(rows: HTMLElement[], id: string): HTMLElement {
  return h('table', { class: 'compact teacher-inputs', id }, h('thead', {}, h('tr', {}, h('th', { text: t('Input') }), h('th', { text: t('Students may') }))), h('tbody', {}, ...rows));
}

/**
 * The model constants' table folded in a closed <details>. The table is also `hidden` while folded:
 * a closed details' content keeps layout boxes in Chromium, so without it the folded selects would
 * count as visible controls (keyboard checks, the dialog's Tab wrap) while Tab cannot reach them.
 */
function foldedTable(title: string, table: HTMLElement): HTMLElement {
  table.hidden = true;
  const details = h('details', { class: 'teacher-advanced', id: 'teacher-advanced' }, h('summary', { text: title }), table);
  details.addEventListener('toggle', () => {
    table.hidden = !details.open;
  });
  return details;
}

function openPanel(app: AppContext, rerender: () => void): void {
  const scenario = app.session.scenario();
  const current = app.kit.teacher();
  const access = new Map<string, InputAccess>();
  const specs = INPUTS.filter((spec) => sourcedAt(scenario, spec.path));
  const row = (spec: (typeof specs)[number]) => {
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
  };
  const mainRows = specs.filter((spec) => !spec.path.startsWith(ADVANCED_PREFIX)).map(row);
  const advancedRows = specs.filter((spec) => spec.path.startsWith(ADVANCED_PREFIX)).map(row);
  const hideOutcomes = h('input', { type: 'checkbox', id: 'teacher-hide-outcomes', checked: current.hideOutcomes });
  const predictFirst = h('input', { type: 'checkbox', id: 'teacher-predict', checked: current.predictFirst });
  const pinField = h('input', { type: 'password', id: 'teacher-pin', inputmode: 'numeric', autocomplete: 'new-password', maxlength: '12', 'aria-describedby': 'teacher-pin-note' });
  const removePin = current.pin ? h('input', { type: 'checkbox', id: 'teacher-pin-remove' }) : null;
  const pinMessage = h('p', { class: 'message', id: 'teacher-pin-message', role: 'alert' });

  /** The settings the panel shows, with the PIN typed (hashed) or kept; null when the PIN typed is not valid. */
  const collect = async (): Promise<TeacherSettings | null> => {
    const typed = pinField.value.trim();
    if (typed !== '' && !isValidPin(typed)) {
      pinMessage.textContent = t('A PIN is 4 to 12 digits (0-9).');
      pinField.focus();
      return null;
    }
    let pin = removePin?.checked ? undefined : current.pin;
    if (typed !== '') {
      try {
        pin = await createPinLock(typed);
      } catch {
        pinMessage.textContent = t('This browser cannot set a PIN here (it needs the page served over https or from this computer).');
        return null;
      }
    }
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
      ...(pin ? { pin } : {}),
    };
    return recordLockedValues(base, scenario, app.session.selection.overrides);
  };
  const apply = async (lock: boolean) => {
    const settings = await collect();
    if (!settings) return;
    if (lock && !settings.pin) {
      pinMessage.textContent = t('Set a PIN first (4 or more digits): locking needs one.');
      pinField.focus();
      return;
    }
    app.kit.setTeacher(settings);
    if (settings.hideOutcomes) app.kit.setRevealed(false);
    // The teacher who just set or kept the PIN stays unlocked until "Apply and lock" (or a reload).
    if (lock) lockTeacher();
    else unlockTeacher(settings);
    dialog.close();
    rerender();
  };

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
    h('label', { class: 'check' }, predictFirst, ' ', t('Students enter a forecast before they can play or see results')),
    h(
      'fieldset',
      { class: 'teacher-pin', id: 'teacher-pin-group' },
      h('legend', { text: t('Teacher PIN') }),
      h('label', { for: 'teacher-pin', text: current.pin ? t('New PIN (leave empty to keep the current one)') : t('PIN (4 or more digits)') }),
      pinField,
      removePin ? h('label', { class: 'check' }, removePin, ' ', t('Remove the PIN')) : null,
      pinMessage,
      h('p', {
        class: 'muted small',
        id: 'teacher-pin-note',
        text: t(
          'With a PIN, the teacher controls (this panel, the reveal button, the Class screen) are hidden from students and open only with the PIN, on every page load and for anyone who opens your share links. Only a salted hash of the PIN is kept, never the PIN.',
        ),
      }),
      h('p', { class: 'teacher-limits small', text: pinLimitsText() }),
    ),
    h('p', {}, h('a', { href: '#/class', id: 'teacher-class-link', onclick: () => dialog.close(), text: t('Class results: pool the groups’ result codes') })),
    inputsTable(mainRows, 'teacher-inputs-main'),
    advancedRows.length > 0 ? foldedTable(t('Advanced: model constants'), inputsTable(advancedRows, 'teacher-inputs-advanced')) : null,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', id: 'teacher-save', text: t('Apply'), onclick: () => void apply(false) }),
      h('button', { type: 'button', id: 'teacher-lock', text: t('Apply and lock'), onclick: () => void apply(true) }),
      h('button', { type: 'button', text: t('Cancel'), onclick: () => dialog.close() }),
    ),
  );
}
