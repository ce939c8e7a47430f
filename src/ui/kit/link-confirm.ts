// "Open the shared set-up?": asked when a share link arrives in a page that already shows the app and
// applying it would replace the student's own changes (src/app/boot.ts linkNeedsConfirm). A modal
// <dialog> in the page (not window.confirm): an alert dialog with its question as description, the
// safe answer ("Keep my set-up") focused first, Tab kept inside, Escape or the close button keeping
// the student's set-up. Worded in the page's language.
import { h, uid } from '../dom';
import { t, tData } from '../i18n';
import { openDialog } from './dialog';

export interface LinkConfirmFacts {
  /** The scenario titles (as data: translated here) of the current set-up and of the link's. */
  currentTitle: string;
  linkTitle: string;
  /** How many inputs the student changed, and the current seed. */
  changedInputs: number;
  seed: string;
}

/** Ask; `answer(true)` applies the link, `answer(false)` keeps the set-up. Called exactly once. */
export function confirmShareLink(facts: LinkConfirmFacts, answer: (apply: boolean) => void): void {
  let answered = false;
  const reply = (apply: boolean) => {
    if (answered) return;
    answered = true;
    answer(apply);
  };
  const describedBy = uid('link-confirm');
  const keep = h('button', {
    type: 'button',
    id: 'link-keep',
    class: 'primary',
    text: t('Keep my set-up'),
    onclick: () => {
      reply(false);
      dialog.close();
    },
  });
  const use = h('button', {
    type: 'button',
    id: 'link-apply',
    text: t('Open the shared set-up'),
    onclick: () => {
      reply(true);
      dialog.close();
    },
  });
  const dialog = openDialog(
    'link-confirm-dialog',
    t('Open the shared set-up?'),
    h(
      'div',
      { id: describedBy },
      h('p', {
        text: t('This link sets up “{title}”. Opening it replaces your set-up of “{current}” (changed inputs: {count}; seed {seed}), and your changes are not kept.', {
          title: tData(facts.linkTitle),
          current: tData(facts.currentTitle),
          count: facts.changedInputs,
          seed: facts.seed,
        }),
      }),
      h('p', { class: 'muted', text: t('Keep your set-up if you are not sure; you can open the link again later.') }),
    ),
    h('div', { class: 'actions' }, keep, use),
  );
  dialog.element.setAttribute('role', 'alertdialog');
  dialog.element.setAttribute('aria-describedby', describedBy);
  dialog.element.addEventListener('close', () => reply(false));
  keep.focus();
}
