// First-time walkthrough: the question, then three short steps (the board and its tokens, the odds
// column and the d10, the density bar). Skippable; reopened from the Help button. "Seen" lives in the
// app store's preferences (src/app/store.ts), which storage keeps; the walkthrough's old key of its
// own ('threshold.walkthrough.seen') is migrated into it on load (src/app/storage.ts). A language
// switch while it is open re-words the open step in place. `?walkthrough=0` keeps it closed on load,
// and where storage is blocked "seen" lasts for the frame's session (docs/hosting.md, "Embedding").
import { h } from './dom';
import { onLocaleChange, t } from './i18n';

interface Step {
  title: string;
  /** The part of the real screen this step is about, highlighted when it is on screen. */
  target?: string;
  body: (string | HTMLElement)[];
}

function miniD10(): HTMLElement {
  return h('div', { class: 'd10', 'aria-hidden': 'true' }, ...Array.from({ length: 10 }, (_, i) => h('span', { class: `face${i < 7 ? ' win' : ''}${i === 3 ? ' rolled' : ''}`, text: i + 1 })));
}

function miniDensity(): HTMLElement {
  return h('div', { class: 'density-bar short', 'aria-hidden': 'true' }, h('span', { class: 'fill', style: 'width:45%' }), h('span', { class: 'req', style: 'left:70%' }));
}

/** Built when opened, so the walkthrough follows the current language. */
function buildSteps(): Step[] {
  return [
    {
      title: t('How many troops does an invasion take?'),
      body: [
        h('p', { text: t('In late 2025 about 10,000 US troops were reported in the Caribbean near Venezuela. Analysts said that was not enough for a full-scale invasion. This game lets you test why.') }),
        h('p', { text: t('It uses only published aggregate figures: force sizes, force ratios, troops per 1,000 inhabitants. It is a schematic, not a map.') }),
      ],
    },
    {
      title: t('1. The board and your tokens'),
      target: '#board',
      body: [
        h('p', { text: t('Each circle is a group of regions, sized by its population and coloured by its state: grey not entered, amber being entered, blue entered, green stabilized, purple contested, red failed.') }),
        h('p', { text: t('Place troop tokens from your reserve with the + and − buttons, or click a circle (right-click or shift-click takes a token back). “Apply the plan” does what the automatic plan would.') }),
      ],
    },
    {
      title: t('2. The odds column and the d10'),
      target: '.region .entry-info',
      body: [
        h('p', { text: t('Each day of the entry phase, every region under attack is one roll. Your combat power against the defenders’ gives a force ratio, which picks a column of the odds table (1:2, 1:1, 3:1 …).') }),
        miniD10(),
        h('p', { text: t('The column says how many faces of a ten-sided die advance (green). Five net advances enter the region; five net setbacks and the attack culminates.') }),
      ],
    },
    {
      title: t('3. The density bar'),
      target: '.region .density-bar',
      body: [
        h('p', { text: t('After entry, each month compares troops per 1,000 inhabitants (the bar) with what the region needs (the black line). The need rises with hostility and with active resistance.') }),
        miniDensity(),
        h('p', { text: t('Below the line, resistance grows and the need grows with it; above it, resistance shrinks. From the first rotation only a capped force can stay. Then end the game and read the debrief.') }),
      ],
    },
  ];
}

/** Where "seen" is kept: the app store once main.ts wires it; until then this page's memory. */
let memory: { seen(): boolean; mark(): void } | null = null;
let seenHere = false;
export function rememberWalkthroughWith(store: { seen(): boolean; mark(): void }): void {
  memory = store;
}

/**
 * `?walkthrough=0` in the page's address (an embed in a course page, a projector): the walkthrough
 * does not open by itself; Help still opens it. Read when this module loads, before the app removes a
 * share link's query (and this parameter with it) from the address.
 */
const OFF_BY_ADDRESS = typeof location !== 'undefined' && new URLSearchParams(location.search).get('walkthrough') === '0';

/**
 * Where storage is blocked (a sandboxed frame, third-party storage blocked: reading localStorage
 * throws), "seen" is also kept in the frame's window.name, which lasts while the frame does (its own
 * reloads included) and needs no storage, so the walkthrough does not reopen on every load.
 */
const SESSION_MARK = 'threshold-walkthrough-seen';
function storageBlocked(): boolean {
  try {
    return typeof localStorage === 'undefined' || localStorage === null;
  } catch {
    return true;
  }
}
function seenThisSession(): boolean {
  try {
    return typeof window !== 'undefined' && window.name.split(' ').includes(SESSION_MARK);
  } catch {
    return false;
  }
}

export function walkthroughSeen(): boolean {
  return seenThisSession() || (memory ? memory.seen() : seenHere);
}

function markSession() {
  if (seenThisSession()) return;
  try {
    window.name = window.name ? `${window.name} ${SESSION_MARK}` : SESSION_MARK;
  } catch {
    // No name either: this page's memory is all there is.
  }
}

function markSeen() {
  seenHere = true;
  memory?.mark();
  if (storageBlocked()) markSession();
}

export function openWalkthrough(): void {
  let STEPS = buildSteps();
  if (document.querySelector('.walkthrough-backdrop')) return;
  const previous = document.activeElement as HTMLElement | null;
  let index = 0;
  const title = h('h2', { id: 'wt-title' });
  const body = h('div', { class: 'wt-body' });
  const counter = h('p', { class: 'steps' });
  const back = h('button', { type: 'button' });
  const next = h('button', { type: 'button', class: 'primary', id: 'wt-next' });
  const skip = h('button', { type: 'button', id: 'wt-skip' });
  const dialog = h('div', { class: 'walkthrough', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'wt-title' }, counter, title, body, h('div', { class: 'wt-actions' }, skip, back, next));
  const backdrop = h('div', { class: 'walkthrough-backdrop' }, dialog);

  let lit: Element | null = null;
  function highlight(selector: string | undefined) {
    lit?.classList.remove('wt-highlight');
    lit = selector ? document.querySelector(selector) : null;
    lit?.classList.add('wt-highlight');
    // Move the dialog out of the way of what it points at.
    lit?.scrollIntoView({ block: 'nearest' });
    const rect = lit?.getBoundingClientRect();
    const onRight = rect ? rect.left + rect.width / 2 > window.innerWidth / 2 : false;
    backdrop.classList.toggle('aside', lit !== null && !onRight);
    backdrop.classList.toggle('aside-left', lit !== null && onRight);
  }
  /** Word the open step; `focus` moves focus to Next (not on a re-wording: focus stays where it is). */
  function show(focus = true) {
    const step = STEPS[index];
    highlight(step.target);
    title.textContent = step.title;
    body.replaceChildren(...step.body.map((node) => (typeof node === 'string' ? node : node.cloneNode(true))));
    counter.textContent = index === 0 ? t('Welcome') : t('Step {step} of {steps}', { step: index, steps: STEPS.length - 1 });
    back.textContent = t('Back');
    skip.textContent = t('Skip');
    back.disabled = index === 0;
    next.textContent = index === STEPS.length - 1 ? t('Start') : t('Next');
    if (focus) next.focus();
  }
  const stopWording = onLocaleChange(() => {
    STEPS = buildSteps();
    show(false);
  });
  // The rest of the page is inert while the dialog is open, for screen readers as for the mouse.
  const outside = [...document.body.children].filter((el): el is HTMLElement => el instanceof HTMLElement && !el.inert);
  function close() {
    stopWording();
    for (const el of outside) el.inert = false;
    highlight(undefined);
    markSeen();
    backdrop.remove();
    document.removeEventListener('keydown', onKey, true);
    previous?.focus?.();
  }
  function onKey(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      // Keep focus inside the dialog while it is open.
      const buttons = [skip, back, next].filter((b) => !b.disabled);
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      event.preventDefault();
      buttons[(at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length].focus();
    }
  }
  next.addEventListener('click', () => {
    if (index === STEPS.length - 1) close();
    else {
      index += 1;
      show();
    }
  });
  back.addEventListener('click', () => {
    index = Math.max(0, index - 1);
    show();
  });
  skip.addEventListener('click', close);
  document.addEventListener('keydown', onKey, true);
  document.body.append(backdrop);
  for (const el of outside) el.inert = true;
  show();
}

/** Open the walkthrough on a first visit, unless the address says `?walkthrough=0`. */
export function maybeShowWalkthrough(): void {
  // The app removes a share link's query from the address, `walkthrough=0` with it: the session
  // mark keeps the walkthrough closed when this tab or frame reloads (nothing is stored).
  if (OFF_BY_ADDRESS) markSession();
  else if (!walkthroughSeen()) openWalkthrough();
}
