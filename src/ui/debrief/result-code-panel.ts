// The debrief's result code (src/app/result-code.ts): the group's set-up, forecast, game and the
// batch's rates as one short text for the teacher's Class screen. Shown in a read-only field (text
// can be selected), as a QR code (our own encoder, parsed as SVG and imported, never assigned as
// HTML), with Copy (falling back to selecting the text where the clipboard is blocked, e.g. in an
// embedding frame or on an insecure origin) and a .txt download.
import { qrSvg } from '../../app/qr';
import { encodeResultCode, type ResultRecord } from '../../app/result-code';
import { h } from '../dom';
import { t } from '../i18n';
import { downloadText } from '../kit/files';
import { exportFileName, type FileContext } from '../../app/file-names';
import type { Wording } from '../kit/wording';

function svgNode(markup: string): Node | null {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.querySelector('parsererror')) return null;
  return document.importNode(root, true);
}

/** The panel for `record`; its texts are registered with `words` (re-worded in place on a language switch). */
export function resultCodePanel(record: ResultRecord, words: Wording, file: FileContext | null = null): HTMLElement {
  const code = encodeResultCode(record);
  const field = words.attr(h('textarea', { id: 'result-code', readonly: true, rows: '3', spellcheck: 'false', class: 'result-code' }), 'aria-label', () => t('Result code'));
  field.value = code;
  let statusWord: () => string = () => '';
  const status = words.text(h('p', { class: 'muted', role: 'status', id: 'result-code-status' }), () => statusWord());
  const say = (word: () => string) => {
    statusWord = word;
    status.textContent = word();
  };
  const copy = async () => {
    field.focus();
    field.select();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code);
      say(() => t('Result code copied.'));
    } catch {
      say(() => t('Copying is not allowed here; the code is selected: press Ctrl+C (on a phone or tablet, long-press it and choose Copy), or download it as a file.'));
    }
  };
  const qr = qrSvg(code, { pixels: 240, title: 'QR' });
  const picture = qr.ok ? svgNode(qr.svg) : null;
  const title = picture instanceof Element ? picture.querySelector('title') : null;
  if (title)
    words.on(() => {
      title.textContent = t('QR code of the result code');
    });
  return h(
    'section',
    { class: 'panel no-print', id: 'result-code-panel', 'aria-labelledby': 'result-code-h', 'data-length': String(code.length) },
    words.text(h('h3', { id: 'result-code-h' }), () => t('Your result code for the teacher')),
    words.text(h('p', { class: 'small muted' }), () =>
      t('It holds your set-up, your forecast, your game’s outcome and the automatic plan’s rates, and nothing else. Give it to your teacher (copy, file or QR code), who pools the class’s codes on the Class screen.'),
    ),
    field,
    h(
      'div',
      { class: 'actions' },
      words.text(h('button', { type: 'button', id: 'result-code-copy', class: 'primary', onclick: () => void copy() }), () => t('Copy the code')),
      words.text(h('button', { type: 'button', id: 'result-code-download', onclick: () => downloadText(exportFileName(file, 'result-code', 'txt'), `${code}\r\n`, 'text/plain') }), () => t('Download .txt')),
    ),
    status,
    picture ? h('div', { class: 'share-qr', id: 'result-code-qr' }, picture) : null,
  );
}
