// The PIN prompt that stands in front of every teacher control while teacher settings are locked
// (src/app/teacher-lock.ts): the teacher panel, the reveal button, the Class screen. A wrong PIN is
// refused with a message; after three wrong tries the next try waits a few seconds (a UI pause, not
// security: src/app/teacher-pin.ts says why). Also the locked stand-in for a teacher-only screen.
import type { AppContext, MountedScreen } from '../../app/router';
import { teacherLocked, unlockTeacher } from '../../app/teacher-lock';
import { retryDelaySeconds, verifyPin } from '../../app/teacher-pin';
import { h } from '../dom';
import { t } from '../i18n';
import { openDialog } from './dialog';
import { wording } from './wording';

/** Wrong PINs typed on this page since the last right one. */
let failures = 0;
/** When the next try is allowed (ms since the epoch). */
let waitUntil = 0;

/** The honest line shown wherever the PIN is: what it does and what it cannot do. */
export function pinLimitsText(): string {
  return t('The PIN keeps teacher controls out of students’ way in class; it is a convenience, not security. The browser belongs to the student: clearing the site’s data, or editing or replacing the link, undoes it.');
}

/** A form that checks a PIN against the current teacher settings and runs `onUnlocked` when it is right. */
export function pinForm(app: AppContext, onUnlocked: () => void): HTMLElement {
  const field = h('input', { type: 'password', id: 'pin-entry', inputmode: 'numeric', autocomplete: 'off', maxlength: '12', 'aria-describedby': 'pin-message' });
  const message = h('p', { class: 'message', id: 'pin-message', role: 'alert' });
  const submit = h('button', { type: 'button', class: 'primary', id: 'pin-submit', text: t('Unlock') });
  const attempt = async () => {
    const settings = app.kit.teacher();
    if (!settings.pin) {
      onUnlocked();
      return;
    }
    const wait = Math.ceil((waitUntil - Date.now()) / 1000);
    if (wait > 0) {
      message.textContent = t('Too many wrong tries: wait {seconds} seconds, then try again.', { seconds: wait });
      return;
    }
    submit.disabled = true;
    let right = false;
    try {
      right = await verifyPin(field.value.trim(), settings.pin);
    } catch {
      message.textContent = t('This browser cannot check the PIN here (it needs the page served over https or from this computer).');
      submit.disabled = false;
      return;
    }
    submit.disabled = false;
    if (right) {
      failures = 0;
      waitUntil = 0;
      unlockTeacher(settings);
      onUnlocked();
      return;
    }
    failures += 1;
    const delay = retryDelaySeconds(failures);
    waitUntil = Date.now() + delay * 1000;
    message.textContent = delay > 0 ? t('That PIN is not right. Too many wrong tries: wait {seconds} seconds, then try again.', { seconds: delay }) : t('That PIN is not right. Teacher controls stay locked.');
    field.select();
  };
  submit.addEventListener('click', () => void attempt());
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void attempt();
  });
  return h('div', { class: 'pin-form' }, h('label', { for: 'pin-entry', text: t('Teacher PIN') }), h('div', { class: 'share-row' }, field, submit), message, h('p', { class: 'muted small', text: pinLimitsText() }));
}

/** The PIN dialog; `onUnlocked` runs after the right PIN, with the dialog closed. */
export function openPinPrompt(app: AppContext, onUnlocked: () => void): void {
  const dialog = openDialog(
    'pin-dialog',
    t('Teacher controls are locked'),
    h('p', { text: t('Type the teacher’s PIN to open the teacher controls.') }),
    pinForm(app, () => {
      dialog.close();
      onUnlocked();
    }),
  );
  dialog.element.querySelector<HTMLInputElement>('#pin-entry')?.focus();
}

/** True when the current teacher settings are locked by a PIN not typed on this page. */
export function kitLocked(app: AppContext): boolean {
  return teacherLocked(app.kit.teacher());
}

/** A teacher-only screen while locked: its title and the PIN form; the right PIN mounts it again. */
export function mountLockedScreen(root: HTMLElement, app: AppContext, title: () => string, remount: () => void): MountedScreen {
  const words = wording();
  root.append(
    words.text(h('h2'), title),
    h(
      'section',
      { class: 'panel', id: 'teacher-locked' },
      words.text(h('p'), () => t('This screen is for the teacher. Type the teacher’s PIN to open it.')),
      pinForm(app, remount),
    ),
  );
  return { dispose() {}, relocalize: () => words.relocalize() };
}
