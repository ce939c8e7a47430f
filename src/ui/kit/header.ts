// Header controls of the classroom kit: Share (link + QR for the projector), Teacher mode, the
// language switch and the high-contrast projector theme. The share link's QR comes from our own
// encoder as SVG text; it is parsed as XML and imported, never assigned as HTML.
import type { AppContext } from '../../app/router';
import { qrSvg } from '../../app/qr';
import { getLocale, LOCALES, setLocale, t, type Locale } from '../i18n';
import { h } from '../dom';
import { openDialog } from './dialog';
import { openTeacherPanel } from './teacher-panel';

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
  openDialog(
    'share-dialog',
    t('Share this set-up'),
    h('p', { text: t('Opening this link shows the same scenario, inputs, seed and objective, and so the same results.') }),
    h('div', { class: 'share-row' }, field, copy),
    status,
    picture ? h('div', { class: 'share-qr', id: 'share-qr' }, picture) : h('p', { class: 'message', text: qr.ok ? t('The link could not be turned into a QR code.') : qr.message }),
  );
  field.select();
}

/** Build the header controls into `slot`; `rerender` redraws the nav and the current screen. */
export function mountHeaderControls(slot: HTMLElement, app: AppContext, rerender: () => void): void {
  const draw = () => {
    const language = h(
      'select',
      { id: 'language', 'aria-label': t('Language') },
      ...LOCALES.map((code) => h('option', { value: code, lang: code, selected: code === getLocale(), text: LANGUAGE_NAMES[code] })),
    );
    language.addEventListener('change', () => {
      if (!setLocale(language.value)) return;
      app.kit.store.update({ locale: getLocale() });
      document.documentElement.lang = getLocale();
      draw();
      rerender();
      document.getElementById('language')?.focus();
    });
    const contrast = h('button', {
      type: 'button',
      id: 'theme-toggle',
      'aria-pressed': app.kit.theme() === 'high-contrast' ? 'true' : 'false',
      text: t('High contrast'),
      onclick: () => {
        app.kit.setTheme(app.kit.theme() === 'high-contrast' ? 'standard' : 'high-contrast');
        contrast.setAttribute('aria-pressed', app.kit.theme() === 'high-contrast' ? 'true' : 'false');
      },
    });
    slot.replaceChildren(
      h('button', { type: 'button', id: 'share-button', text: t('Share'), onclick: () => openShareDialog(app) }),
      h('button', { type: 'button', id: 'teacher-button', text: t('Teacher'), onclick: () => openTeacherPanel(app, rerender) }),
      contrast,
      language,
    );
  };
  draw();
}
