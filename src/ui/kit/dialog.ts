// A small modal dialog on the native <dialog> element (Escape and the inert page behind handled by
// the browser), used by the share and teacher panels. Content is built with h(): never markup.
// Tab wraps inside the dialog: without it Chrome lets focus leave to the browser's own controls.
import { h, uid } from '../dom';
import { t } from '../i18n';

export interface OpenDialog {
  element: HTMLDialogElement;
  close(): void;
}

export function openDialog(className: string, title: string, ...content: (Node | null)[]): OpenDialog {
  document.querySelector(`dialog.${className}`)?.remove();
  const titleId = uid('dlg');
  const opener = document.activeElement as HTMLElement | null;
  const dialog = h('dialog', { class: `kit-dialog ${className}`, 'aria-labelledby': titleId });
  const close = () => dialog.close();
  dialog.append(h('div', { class: 'dialog-head' }, h('h2', { id: titleId, text: title }), h('button', { type: 'button', class: 'dialog-close', onclick: close, text: t('Close panel') })), ...content.filter((c): c is Node => c !== null));
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus?.();
  });
  dialog.addEventListener('keydown', (event) => {
    // Letters typed in the dialog are not the page's shortcuts (D ends a day on Play, behind the dialog).
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) event.stopPropagation();
    if (event.key !== 'Tab') return;
    const stops = [...dialog.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
    if (!stops.length) return;
    const first = stops[0];
    const last = stops[stops.length - 1];
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !dialog.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close();
  });
  document.body.append(dialog);
  dialog.showModal();
  return { element: dialog, close };
}
