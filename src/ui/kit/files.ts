// File helpers for the kit: download text as a file, and an import zone (picker + drag-and-drop
// onto the page) that hands the file text to the kit and lists field errors as "path: message".
import type { AppContext } from '../../app/router';
import type { SaveOutcome } from '../../app/store-state';
import { SCENARIO_LIMITS } from '../../model/scenario';
import { h } from '../dom';
import { scenarioErrorLines } from '../scenario-errors';
import { t } from '../i18n';
import { wordNotice } from './notices';
import { wording } from './wording';

export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, class: 'visually-hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * What an import says once the file is listed: kept in this browser only when the save it caused
 * succeeded; otherwise for this session only, and why (storage full, off, refused).
 */
export function importedText(title: string, saved: SaveOutcome | null): string {
  if (saved?.ok) return t('Imported “{title}”; it is kept in this browser and listed on Choose.', { title });
  return t('Imported “{title}” for this session only; it is not kept in this browser. {reason}', { title, reason: saved?.notice ? wordNotice(saved.notice) : '' }).trim();
}

/**
 * The import control; `onImported` runs after a valid file was listed, with how saving it went.
 * Returns the zone, a clean-up, and a re-wording for a language switch.
 */
export function importZone(app: AppContext, onImported: (id: string, saved: SaveOutcome | null) => void): { element: HTMLElement; dispose(): void; relocalize(): void } {
  const words = wording();
  const errors = h('ul', { class: 'field-errors', id: 'import-errors', 'aria-live': 'polite' });
  /** The status line, as a function of the language ('' when there is none). */
  let statusWords = (): string => '';
  const status = words.text(h('p', { class: 'muted', id: 'import-status', role: 'status' }), () => statusWords());
  const setStatus = (word: () => string) => {
    statusWords = word;
    status.textContent = word();
  };
  // Out of the tab order: the visible button opens it, and a 1-pixel input cannot show its focus.
  const picker = words.attr(h('input', { type: 'file', id: 'import-file', accept: '.json,application/json', class: 'visually-hidden', tabindex: '-1' }), 'aria-label', () => t('Import'));
  const read = async (file: File | undefined | null) => {
    errors.replaceChildren();
    setStatus(() => '');
    if (!file) return;
    if (file.size > SCENARIO_LIMITS.maxFileBytes) {
      errors.append(h('li', { text: t('(file): larger than 1 MB; a scenario file is a few kilobytes.') }));
      return;
    }
    const result = app.kit.importScenario(await file.text());
    if (!result.ok) {
      const count = result.errors.length;
      const refused = result.notice;
      if (refused) setStatus(() => wordNotice(refused));
      else setStatus(() => t('The file was not imported: {count} problems.', { count }));
      errors.append(...scenarioErrorLines(result.errors.slice(0, 40)).map((text) => h('li', { text })));
      return;
    }
    const { title } = result.scenario;
    const { saved } = result;
    setStatus(() => importedText(title, saved));
    onImported(result.scenario.id, saved);
  };
  picker.addEventListener('change', () => void read(picker.files?.[0]));
  const zone = h(
    'div',
    { class: 'drop-zone', id: 'import-zone' },
    words.text(h('button', { type: 'button', id: 'import-button', onclick: () => picker.click() }), () => t('Import a scenario file')),
    ' ',
    words.text(h('span', { class: 'muted' }), () => t('or drop a .json file anywhere on this page.')),
    picker,
    status,
    errors,
  );
  // Dropping anywhere on the page imports; the zone highlights while a file is dragged over the page.
  const over = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    zone.classList.add('over');
  };
  const leave = () => zone.classList.remove('over');
  const drop = (event: DragEvent) => {
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    zone.classList.remove('over');
    void read(event.dataTransfer.files[0]);
  };
  document.addEventListener('dragover', over);
  document.addEventListener('dragleave', leave);
  document.addEventListener('drop', drop);
  return {
    element: zone,
    relocalize: () => words.relocalize(),
    dispose() {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    },
  };
}
