// Header controls of the classroom kit: Share (link + QR for the projector), Teacher mode, the
// language switch and the high-contrast projector theme. While a PIN locks teacher mode the Teacher
// button gives way to an unlock button that asks for the PIN (and the nav hides the Class screen).
// The share link uses the page's own address; on a loopback address (127.0.0.1, localhost, [::1])
// the dialog says students' devices cannot open it and how to fix that. The share link's QR comes from our own
// encoder as SVG text; it is parsed as XML and imported, never assigned as HTML. Built once: a
// language switch re-words the controls in place (the language menu keeps focus).
import type { AppContext } from '../../app/router';
import { qrSvg, type QrProblem } from '../../app/qr';
import { shareUrl } from '../../app/share-link';
import { isLoopbackUrl } from '../../app/share-origin';
import { onTeacherLockChange, teacherLocked } from '../../app/teacher-lock';
import { selectScenario } from '../../app/store';
import { getLocale, LOCALES, t, type Locale } from '../i18n';
import { h } from '../dom';
import { openDialog } from './dialog';
import { openTeacherPanel } from './teacher-panel';
import { openPinPrompt } from './pin-prompt';
import { wording } from './wording';

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

function svgNode(markup: string): Node | null {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.querySelector('parsererror')) return null;
  return document.importNode(root, true);
}

export function openShareDialog(app: AppContext): void {
  const url = app.kit.shareLink();
  const field = h('input', { type: 'text', id: 'share-url', readonly: true, value: url, 'aria-label': t('Share link'), spellcheck: 'false' });
  const status = h('p', { class: 'muted', role: 'status', id: 'share-status' });
  const copy = h('button', {
    type: 'button',
    id: 'share-copy',
    class: 'primary',
    text: t('Copy link'),
    onclick: async () => {
      field.select();
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = t('Link copied.');
      } catch {
        status.textContent = t('Copying is not allowed here; the link is selected: press Ctrl+C.');
      }
    },
  });
  const qr = qrSvg(url, { pixels: 360, title: t('QR code of the share link') });
  const picture = qr.ok ? svgNode(qr.svg) : null;
  // With hidden inputs, the link above codes their values (students' link); the teacher's own link,
  // with every value readable, is offered apart, folded away.
  const state = app.store.getState();
  const teacher = state.classroom.teacher;
  // The teacher's own link is a teacher control: not offered while a PIN locks teacher mode.
  const hiddenChanged = !teacherLocked(teacher) && teacher.hiddenInputs.some((path) => Object.prototype.hasOwnProperty.call(state.selection.overrides, path));
  const teacherLink = hiddenChanged
    ? h(
        'details',
        { id: 'share-teacher' },
        h('summary', { text: t('Teacher link (shows the hidden values: keep it for yourself)') }),
        h('input', {
          type: 'text',
          id: 'share-teacher-url',
          readonly: true,
          value: shareUrl(window.location.href, state.selection, { locale: state.locale, teacher, audience: 'teacher' }, selectScenario(state)),
          'aria-label': t('Teacher link'),
          spellcheck: 'false',
        }),
      )
    : null;
  openDialog(
    'share-dialog',
    t('Share this set-up'),
    h('p', { text: t('Opening this link shows the same scenario, inputs, seed and objective, and so the same results.') }),
    isLoopbackUrl(url)
      ? h(
          'div',
          { class: 'message share-local', id: 'share-local', role: 'note' },
          h('p', { text: t('Students’ devices cannot open this link: it points to this computer only ({host}).', { host: new URL(url).host }) }),
          h('p', { text: t('To fix it, run “npm run start:lan” to serve the game on the classroom network and share the address it prints, or put the built game on a web host (see docs/hosting.md).') }),
        )
      : null,
    teacher.hiddenInputs.length > 0
      ? h('p', {
          class: 'muted',
          id: 'share-hidden-note',
          text: t('Hidden inputs are not written in this link: their values travel coded, so every laptop gets the same results. Coded is not secret: someone who decodes the link can read them.'),
        })
      : null,
    h('div', { class: 'share-row' }, field, copy),
    status,
    picture ? h('div', { class: 'share-qr', id: 'share-qr' }, picture) : h('p', { class: 'message', text: qr.ok ? t('The link could not be turned into a QR code.') : qrProblemText(qr.problem) }),
    teacherLink,
  );
  field.select();
}

export interface HeaderControls {
  /** Re-word the controls in the current language (their elements, and focus, stay). */
  relocalize(): void;
}

/**
 * Build the header controls into `slot`. The language menu dispatches the choice to the store (the
 * app then re-words every text); `teacherApplied` runs after the teacher panel changed the settings.
 */
export function mountHeaderControls(slot: HTMLElement, app: AppContext, teacherApplied: () => void): HeaderControls {
  const words = wording();
  const language = words.attr(h('select', { id: 'language' }, ...LOCALES.map((code) => h('option', { value: code, lang: code, selected: code === getLocale(), text: LANGUAGE_NAMES[code] }))), 'aria-label', () => t('Language'));
  language.addEventListener('change', () => {
    const value = language.value;
    if ((LOCALES as readonly string[]).includes(value)) app.store.dispatch({ type: 'locale/set', locale: value as Locale, remember: true });
  });
  const pressed = () => (app.kit.theme() === 'high-contrast' ? 'true' : 'false');
  const contrast = words.text(
    h('button', {
      type: 'button',
      id: 'theme-toggle',
      'aria-pressed': pressed(),
      onclick: () => {
        app.kit.setTheme(app.kit.theme() === 'high-contrast' ? 'standard' : 'high-contrast');
        contrast.setAttribute('aria-pressed', pressed());
      },
    }),
    () => t('High contrast'),
  );
  const teacherButton = words.text(h('button', { type: 'button', id: 'teacher-button', onclick: () => openTeacherPanel(app, teacherApplied) }), () => t('Teacher'));
  // While locked: no teacher control, only the way in (the PIN), worded so students know what it is.
  const unlockButton = words.text(
    h('button', {
      type: 'button',
      id: 'teacher-unlock',
      hidden: true,
      onclick: () =>
        openPinPrompt(app, () => {
          sync();
          teacherApplied();
        }),
    }),
    () => t('Teacher (locked)'),
  );
  function sync() {
    const locked = teacherLocked(app.kit.teacher());
    teacherButton.hidden = locked;
    unlockButton.hidden = !locked;
    const classLink = document.querySelector<HTMLElement>('#nav a[data-screen="class"]');
    if (classLink) classLink.hidden = locked;
  }
  onTeacherLockChange(() => {
    sync();
  });
  app.store.subscribe((state) => state.classroom.teacher, sync);
  slot.replaceChildren(
    words.text(h('button', { type: 'button', id: 'share-button', onclick: () => openShareDialog(app) }), () => t('Share')),
    teacherButton,
    unlockButton,
    contrast,
    language,
  );
  sync();
  queueMicrotask(sync);
  return {
    relocalize() {
      words.relocalize();
      if (language.value !== getLocale()) language.value = getLocale();
    },
  };
}

/** A QR problem code in the page's language. */
export function qrProblemText(problem: QrProblem): string {
  switch (problem.code) {
    case 'qr/empty':
      return t('There is no link to show as a QR code.');
    case 'qr/too-long':
      return t('The link is too long for a QR code that can be scanned from a projector ({length} characters, at most {max}).', { length: problem.length, max: problem.max });
    case 'qr/unencodable':
      return t('The link could not be turned into a QR code.');
  }
}
