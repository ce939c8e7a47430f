// A small modal dialog on the native <dialog> element (focus trap, Escape and backdrop handled by
// the browser), used by the share and teacher panels. Content is built with h(): never markup.
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
  dialog.append(
    h('div', { class: 'dialog-head' }, h('h2', { id: titleId, text: title }), h('button', { type: 'button', class: 'dialog-close', onclick: close, text: t('Close panel') })),
    ...content.filter((c): c is Node => c !== null),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus?.();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close();
  });
  document.body.append(dialog);
  dialog.showModal();
  return { element: dialog, close };
}
