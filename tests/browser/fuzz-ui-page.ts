// The in-page half of the UI fuzzer (tests/browser/fuzz-ui.test.ts), installed with addInitScript so
// it is there from the first line of every load. It never acts: given the generator's draws from
// node, it chooses what to act on among what a person could reach and says where it is on screen;
// node then acts with Playwright's real mouse and keyboard.
//
// A control is reachable when it is rendered and visible, enabled, not inside an `inert` subtree,
// not inside aria-hidden, inside the open modal dialog if there is one, and not covered: the element
// at its centre (document.elementFromPoint, after scrolling it into view as a person would, and once
// the scrolling has stopped) is the control itself, a part of it, or its label.
//
// It also watches every trusted pointerdown and keydown (capture phase, before the app sees them):
// how many came while a modal dialog was open, and how many of those landed on a control behind it
// (outside the dialog) or went to a focused control behind it; whether each click landed on the
// control it was aimed at; how many pointerdowns hit the board's canvas; and which dialogs opened.

export type ModalKind = 'walkthrough' | 'share' | 'teacher' | 'other';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Target extends Box {
  desc: string;
  tag: string;
  /** input type, or '' */
  type: string;
  /** Centre, in viewport pixels. */
  x: number;
  y: number;
  header: boolean;
}

/** What node draws and knows; the page turns it into a choice. */
export interface PlanInput {
  /** Uniform draws: [0] header bias, [1..] control picks. */
  rs: number[];
  /** The action roll. */
  roll: number;
  headerBias: number;
  /** The last action pressed a key that may scroll (keyboard scrolling is animated and starts a frame or two late). */
  afterKeys: boolean;
  /** A goal-directed step: while a coverage goal is unmet, aim at the board, the game's end, or the
   * first reachable control of goalSelectors() (an unvisited screen's link, an unopened dialog's button). */
  directed: boolean;
}

export type Choice =
  | { kind: 'board'; box: Box; goal: boolean }
  | { kind: 'finish'; plain: { x: number; y: number } }
  | { kind: 'escape'; goal: boolean }
  | { kind: 'click-goal'; target: Target }
  | { kind: 'key' }
  | { kind: 'target'; target: Target }
  | { kind: 'none' };

/** Shares of the action roll (the rest goes to a control). */
export const WEIGHTS = { escapeInDialog: 0.12, key: 0.3, board: 0.38 };

export interface Plan {
  choice: Choice;
  screen: string | null;
  heading: boolean;
  modal: ModalKind | null;
  phase: string | null;
  /** On Play, no dialog, game not over: the play keys mean something. */
  onPlay: boolean;
  pwned: boolean;
  /** Reachable controls found (before the hit test). */
  candidates: number;
  /** Picks skipped because something else was on top of them. */
  covered: number;
}

export interface PageStats {
  pointerdowns: number;
  keydowns: number;
  /** Trusted events while a modal dialog was open. */
  whileModal: number;
  /** ... of which landed on (or, for keys, went to a focused control) behind the dialog. */
  behind: number;
  behindLog: string[];
  /** Clicks aimed at a control, and those whose pointerdown landed elsewhere. */
  aimed: number;
  missed: number;
  missLog: string[];
  boardPointerdowns: number;
  dialogsOpened: ModalKind[];
  screens: string[];
  ended: boolean;
  /** Time spent waiting for the board and the debrief's runs before a plan. */
  settleMs: number;
}

declare global {
  interface Window {
    __fuzzUi?: { plan(input: PlanInput): Promise<Plan>; stats(): PageStats };
  }
}

/** Installed with page.addInitScript(installFuzzProbe, [seed, WEIGHTS]). Self-contained: it runs in the page. */
export function installFuzzProbe([seed, weights]: [string, typeof WEIGHTS]): void {
  // A seeded Math.random, so the app's own random choices ("New seed") repeat with the fuzz seed.
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  Math.random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Printing and new windows are the browser's, not the app's: stubbed so a click cannot block the run.
  window.print = () => {};
  window.open = () => null;
  // Links out of the app (the About page's source URLs) lead to other sites, not to the app's states:
  // the fuzzer's clicks already skip them, and a key (Tab to one, then Enter) must not leave either, or
  // the page it probes is gone (seed full-90a8004a, action 2710). The app is what is fuzzed.
  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (link && !(link.getAttribute('href') ?? '').startsWith('#') && !link.hasAttribute('download')) event.preventDefault();
    },
    true,
  );

  const stats: PageStats = { pointerdowns: 0, keydowns: 0, whileModal: 0, behind: 0, behindLog: [], aimed: 0, missed: 0, missLog: [], boardPointerdowns: 0, dialogsOpened: [], screens: [], ended: false, settleMs: 0 };
  /** The element the last plan aimed a click at (checked against the next trusted pointerdown). */
  let aimedAt: Element | null = null;

  const describe = (el: Element | null): string => {
    if (!el) return '(none)';
    const e = el as HTMLElement;
    const text = (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
    return `${el.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.dataset?.path ? `[data-path=${e.dataset.path}]` : ''}${el.tagName === 'INPUT' ? `[type=${(el as HTMLInputElement).type}]` : ''} "${text}"`;
  };

  /** The open modal dialog (the native one in the top layer first, else the walkthrough) and its kind. */
  const openModal = (): { region: Element; backdrop: Element | null; kind: ModalKind } | null => {
    const native = document.querySelector('dialog:modal');
    if (native) {
      const kind: ModalKind = native.classList.contains('share-dialog') ? 'share' : native.classList.contains('teacher-dialog') ? 'teacher' : 'other';
      return { region: native, backdrop: null, kind };
    }
    const aria = [...document.querySelectorAll('[role=dialog][aria-modal=true], [role=alertdialog][aria-modal=true]')].find((d) => !d.closest('[inert]') && d.getClientRects().length > 0);
    if (aria) return { region: aria, backdrop: aria.closest('.walkthrough-backdrop'), kind: aria.classList.contains('walkthrough') ? 'walkthrough' : 'other' };
    return null;
  };

  const CONTROL =
    'a[href], button, input, select, textarea, summary, [role=button], [role=tab], [role=link], [role=checkbox], [role=radio], [role=switch], [role=slider], [role=menuitem], [contenteditable=""], [contenteditable=true], [tabindex]';

  const note = (event: Event) => {
    if (!event.isTrusted) return;
    const modal = openModal();
    const isKey = event.type === 'keydown';
    const target = event.target instanceof Element ? event.target : null;
    const aimedBefore = aimedAt;
    if (isKey) stats.keydowns++;
    else {
      stats.pointerdowns++;
      if (target?.tagName === 'CANVAS' && target.closest('#board')) stats.boardPointerdowns++;
      if (aimedAt) {
        stats.aimed++;
        const label = target?.closest('label');
        // A re-render may replace the control with its twin between the aim and the click (Analysis
        // redraws as results arrive): the same control, by name, counts as a hit.
        const twin = !aimedAt.isConnected && target?.closest(CONTROL) && keyOf(target.closest(CONTROL)!) === keyOf(aimedAt);
        if (!(target && (aimedAt === target || aimedAt.contains(target) || (label && label.control === aimedAt) || twin))) {
          stats.missed++;
          if (stats.missLog.length < 20) stats.missLog.push(`aimed at ${describe(aimedAt)}, landed on ${describe(target)}`);
        }
        aimedAt = null;
      }
    }
    if (!modal) return;
    stats.whileModal++;
    // The picker's own aim counts too: a click aimed at a control behind the dialog is one, even
    // though the backdrop takes it.
    if (!isKey && aimedBefore && !modal.region.contains(aimedBefore)) {
      stats.behind++;
      if (stats.behindLog.length < 20) stats.behindLog.push(`click aimed at ${describe(aimedBefore)} behind the ${modal.kind} dialog`);
      return;
    }
    // A key goes to the focused element; a pointer to the control under it.
    const hit = isKey ? (document.activeElement === document.body ? null : document.activeElement) : (target?.closest(CONTROL) ?? null);
    if (hit && !modal.region.contains(hit) && hit !== modal.backdrop) {
      stats.behind++;
      if (stats.behindLog.length < 20) stats.behindLog.push(`${event.type} on ${describe(hit)} behind the ${modal.kind} dialog`);
    }
  };
  window.addEventListener('pointerdown', note, true);
  window.addEventListener('keydown', note, true);

  const recordDialogs = () => {
    const modal = openModal();
    if (modal && !stats.dialogsOpened.includes(modal.kind)) stats.dialogsOpened.push(modal.kind);
  };
  new MutationObserver(recordDialogs).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });

  const reachable = (el: Element, region: Element | null): boolean => {
    if (el.closest('[inert]') || el.closest('[aria-hidden="true"]')) return false;
    if (region && !region.contains(el)) return false;
    if (el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true') return false;
    if (el instanceof HTMLInputElement && (el.type === 'file' || el.type === 'hidden')) return false;
    if (el instanceof HTMLAnchorElement && (!(el.getAttribute('href') ?? '').startsWith('#') || el.hasAttribute('download'))) return false;
    // [tabindex] adds scrolling regions and the like; -1 (main) is not a stop.
    if ((el as HTMLElement).tabIndex < 0 && !el.matches('a[href], button, input, select, textarea, summary, [role]')) return false;
    if (el.tagName === 'CANVAS') return false; // the board is its own action
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || el.getClientRects().length === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility === 'visible' && style.pointerEvents !== 'none' && Number(style.opacity) > 0;
  };

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** Wait until `read` holds still for `frames` frames in a row (a scroll animation has ended), at most 120 frames. */
  const quiet = async (read: () => string, frames = 1) => {
    for (let i = 0, still = 0; i < 120 && still < frames; i++) {
      const last = read();
      await frame();
      still = read() === last ? still + 1 : 0;
    }
  };

  /**
   * Scroll `el` into view if it is not, wait until it stops moving (keyboard scrolling is animated),
   * then its centre if `el` (or its label) is what is there; null when something covers it.
   */
  const aim = async (el: Element): Promise<{ x: number; y: number; box: DOMRect } | null> => {
    const inView = (b: DOMRect) => b.top >= 0 && b.left >= 0 && b.bottom <= innerHeight && b.right <= innerWidth;
    if (!inView(el.getBoundingClientRect())) el.scrollIntoView({ block: 'center', inline: 'center' });
    await quiet(() => {
      const b = el.getBoundingClientRect();
      return `${b.left},${b.top}`;
    });
    const r = el.getBoundingClientRect();
    if (!el.isConnected) return null;
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return null;
    const hit = document.elementFromPoint(x, y);
    if (!hit) return null;
    const label = hit.closest('label');
    if (hit === el || el.contains(hit) || (label && label.control === el)) return { x, y, box: r };
    return null;
  };

  /** A stable name for a control (so an unrelated control appearing elsewhere does not change the pick). */
  // (A field's value is left out: the share link's holds the test server's port; so are the numbers
  // in a control's text, which Analysis's buttons update as results come in.)
  function keyOf(el: Element): string {
    const option = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? el.value : '';
    return `${el.tagName}|${el.id}|${el.getAttribute('data-path') ?? ''}|${el.getAttribute('data-screen') ?? ''}|${el.getAttribute('type') ?? ''}|${el.getAttribute('name') ?? ''}|${option}|${el.getAttribute('aria-label') ?? ''}|${(
      el.textContent ?? ''
    )
      .replace(/[\d.,\s]+/g, ' ')
      .trim()
      .slice(0, 40)}`;
  }
  const hash = (text: string, salt: number): number => {
    let x = salt ^ 0x9e3779b9;
    for (let i = 0; i < text.length; i++) x = Math.imul(x ^ text.charCodeAt(i), 0x85ebca6b) ^ (x >>> 15);
    x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
    x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
    return (x ^ (x >>> 16)) >>> 0;
  };
  /** Rendezvous pick: the control whose name hashes lowest with this draw (uniform, and stable). */
  const pickStable = (pool: Element[], r: number): Element => {
    const seenKeys = new Map<string, number>();
    const salt = Math.floor(r * 4294967296);
    let best: Element = pool[0];
    let bestScore = Infinity;
    for (const el of pool) {
      const base = keyOf(el);
      const n = (seenKeys.get(base) ?? 0) + 1;
      seenKeys.set(base, n);
      const score = hash(`${base}#${n}`, salt);
      if (score < bestScore) {
        bestScore = score;
        best = el;
      }
    }
    return best;
  };
  const targetOf = (el: Element, at: { x: number; y: number; box: DOMRect }): Target => ({
    desc: describe(el),
    tag: el.tagName.toLowerCase(),
    type: el instanceof HTMLInputElement ? el.type : '',
    x: at.x,
    y: at.y,
    left: at.box.left,
    top: at.box.top,
    width: at.box.width,
    height: at.box.height,
    header: !!el.closest('header'),
  });

  /** Selectors of the controls that lead to unmet coverage goals, in the order they are pursued. */
  const goalSelectors = (): string[] => {
    const goals: string[] = [];
    for (const screen of ['setup', 'play', 'debrief', 'analysis', 'history', 'about', 'choose']) {
      const done = screen === 'play' ? stats.screens.includes('play') && stats.boardPointerdowns > 0 && stats.ended : stats.screens.includes(screen);
      if (!done) goals.push(`#nav a[data-screen="${screen}"]`);
    }
    if (!stats.dialogsOpened.includes('share')) goals.push('#share-button');
    if (!stats.dialogsOpened.includes('teacher')) goals.push('#teacher-button');
    if (!stats.dialogsOpened.includes('walkthrough')) goals.push('#help', 'button.help-inline');
    return goals;
  };

  /** Work the app starts after a screen mounts or a change that changes what can be clicked: the board loading, anything aria-busy (the debrief's runs and claim checks). */
  const loading = () => {
    const board = document.querySelector('#board');
    if (board && board.getAttribute('data-ready') !== 'true' && board.querySelector('.board-loading') && !/could not/.test(board.textContent ?? '')) return true;
    return document.querySelector('[aria-busy="true"]') !== null;
  };
  const plan = async (input: PlanInput): Promise<Plan> => {
    // Let the last action's work settle: queued tasks (a hash change, a re-render), then the board and
    // the debrief's runs (at most 8 s), so a seed sees the same page whatever the machine's speed.
    // Analysis's runs are not waited for (on a busy machine they take far longer than the fuzz can
    // wait): its controls stay put while results come in, and picks go by names without numbers.
    await sleep(0);
    const t0 = performance.now();
    while (loading() && performance.now() - t0 < 8000) await sleep(50);
    stats.settleMs += performance.now() - t0;
    // ... and any scrolling the last key started (keyboard scrolling is animated, and may start a
    // frame or two late on a busy machine). Other movement is caught when a control is aimed at.
    if (input.afterKeys) await quiet(() => `${scrollX},${scrollY}`, 3);
    recordDialogs();
    aimedAt = null;
    const modal = openModal();
    const screen = document.querySelector('#nav a[aria-current=page]')?.getAttribute('data-screen') ?? null;
    if (screen && !stats.screens.includes(screen)) stats.screens.push(screen);
    const phase = (window as unknown as { __thresholdPlay?: { phase(): string } }).__thresholdPlay?.phase() ?? null;
    if (phase === 'ended') stats.ended = true;
    const onPlay = screen === 'play' && !modal && phase !== null && phase !== 'ended';
    const all = [...document.querySelectorAll(CONTROL)].filter((el) => reachable(el, modal?.region ?? null));
    let covered = 0;

    const boardBox = async (): Promise<Box | null> => {
      const canvas = document.querySelector('#board canvas');
      if (!canvas || modal || !reachableCanvas(canvas)) return null;
      const at = await aim(canvas);
      if (at) aimedAt = canvas;
      return at ? { left: at.box.left, top: at.box.top, width: at.box.width, height: at.box.height } : null;
    };
    const reachableCanvas = (canvas: Element) => !canvas.closest('[inert]') && !canvas.closest('[aria-hidden="true"]') && canvas.getClientRects().length > 0;
    const plainSpot = async (): Promise<{ x: number; y: number } | null> => {
      const heading = document.querySelector('main h2');
      if (!heading || modal) return null;
      const at = await aim(heading);
      if (at) aimedAt = heading;
      return at ? { x: at.box.left + Math.min(10, at.box.width / 2), y: at.y } : null;
    };

    let choice: Choice | null = null;
    const goals = goalSelectors();
    if (input.directed && goals.length > 0) {
      const seenBoard = stats.boardPointerdowns > 0;
      const box = screen === 'play' && !seenBoard ? await boardBox() : null;
      const plain = !box && onPlay && !stats.ended ? await plainSpot() : null;
      if (box) choice = { kind: 'board', box, goal: true };
      else if (plain) choice = { kind: 'finish', plain };
      else if (modal) choice = { kind: 'escape', goal: true };
      else {
        for (const selector of goals) {
          const el = all.find((c) => c.matches(selector));
          const at = el && (await aim(el));
          if (el && at) {
            aimedAt = el;
            choice = { kind: 'click-goal', target: targetOf(el, at) };
            break;
          }
        }
      }
    }
    if (!choice && modal && input.roll < weights.escapeInDialog) choice = { kind: 'escape', goal: false };
    if (!choice && input.roll < weights.key) choice = { kind: 'key' };
    if (!choice && input.roll < weights.board) {
      const box = await boardBox();
      if (box) choice = { kind: 'board', box, goal: false };
    }
    if (!choice) aimedAt = null;
    if (!choice) {
      const header = modal ? [] : all.filter((el) => el.closest('header'));
      const pool = header.length > 0 && input.rs[0] < input.headerBias ? header : all;
      const tried = new Set<Element>();
      for (let k = 1; k < input.rs.length && !choice && tried.size < pool.length; k++) {
        const el = pickStable(
          pool.filter((c) => !tried.has(c)),
          input.rs[k],
        );
        tried.add(el);
        const at = await aim(el);
        if (at) {
          aimedAt = el;
          choice = { kind: 'target', target: targetOf(el, at) };
        } else covered++;
      }
    }
    return {
      choice: choice ?? { kind: 'none' },
      screen,
      heading: !!document.querySelector('main h2, main h1'),
      modal: modal?.kind ?? null,
      phase,
      onPlay,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
      candidates: all.length,
      covered,
    };
  };

  window.__fuzzUi = { plan, stats: () => JSON.parse(JSON.stringify(stats)) as PageStats };
}
