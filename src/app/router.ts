// Hash routing between screens (#/choose, #/setup, #/play, #/debrief, #/analysis). Each screen
// mounts into <main> and returns its clean-up: a function, or { dispose, relocalize } when it can
// re-word itself in place. On a language switch the router keeps a screen that can relocalize (its
// DOM, and so focus, scroll and anything typed, stay); a screen that cannot is mounted again, with
// focus (by element id) and scroll position put back.
import type { Kit } from './kit';
import type { Session } from './session';
import type { AppStore } from './store';

export interface AppContext {
  session: Session;
  /** The app store itself, for screens that dispatch or subscribe directly. */
  store: AppStore;
  navigate(screen: ScreenId): void;
  /** Show a message already worded in the current language in #notice. */
  notify(message: string): void;
  /** Classroom kit: teacher mode, forecast, custom scenarios, theme, share link. */
  kit: Kit;
}

export type ScreenId = 'choose' | 'ladder' | 'setup' | 'play' | 'debrief' | 'analysis' | 'history' | 'about' | 'class';

export interface MountedScreen {
  dispose(): void;
  /** Re-word every text of the screen in the current language, keeping its DOM. */
  relocalize?(): void;
}

export type MountResult = (() => void) | MountedScreen;

export interface Screen {
  id: ScreenId;
  /** English title; translated as data when shown, so it follows the language switch. */
  title: string;
  mount(root: HTMLElement, app: AppContext): MountResult;
}

export function screenFromHash(hash: string, known: readonly ScreenId[]): ScreenId | null {
  const match = /^#\/([a-z]+)/.exec(hash);
  const id = match?.[1] as ScreenId | undefined;
  return id && known.includes(id) ? id : null;
}

export function asMounted(result: MountResult): MountedScreen {
  return typeof result === 'function' ? { dispose: result } : result;
}

export interface RouterOptions {
  main: HTMLElement;
  nav: HTMLElement;
  screens: readonly Screen[];
  /** The screen title in the current language. */
  titleOf(screen: Screen): string;
  /** Words of the page shell outside the screens (nav label, Help, skip link, document title). */
  wordShell(current: Screen): void;
}

export interface Router {
  current(): ScreenId;
  show(id: ScreenId): void;
  /** Mount the current screen again (after teacher settings changed what it shows). */
  remount(): void;
  /** Re-word the shell and the current screen after a language switch. */
  relocalize(): void;
  /** Which screens re-worded in place on the last relocalize (for tests and the notes). */
  readonly lastRelocalize: 'in-place' | 'remounted' | null;
}

export function createRouter(options: RouterOptions, app: () => AppContext): Router {
  const { main, nav, screens } = options;
  let currentId: ScreenId = screens[0].id;
  let mountedScreen: MountedScreen = { dispose() {} };
  let firstShow = true;
  let lastRelocalize: Router['lastRelocalize'] = null;
  const screen = (id: ScreenId) => screens.find((s) => s.id === id)!;

  const links = screens.map((s) => {
    const link = document.createElement('a');
    link.href = `#/${s.id}`;
    link.dataset.screen = s.id;
    return link;
  });
  nav.replaceChildren(...links);

  function wordNav() {
    screens.forEach((s, i) => {
      links[i].textContent = options.titleOf(s);
      if (s.id === currentId) links[i].setAttribute('aria-current', 'page');
      else links[i].removeAttribute('aria-current');
    });
    options.wordShell(screen(currentId));
  }

  function mount(id: ScreenId) {
    mountedScreen.dispose();
    main.replaceChildren();
    currentId = id;
    wordNav();
    mountedScreen = asMounted(screen(id).mount(main, app()));
  }

  const router: Router = {
    current: () => currentId,
    show(id) {
      mount(id);
      // After a change of screen, screen readers and keyboard users continue from the new content
      // (the play screen may already have focused its own control).
      // Focusing lays the new screen out at once; a task later, so the switch is two shorter tasks.
      if (!firstShow) {
        window.setTimeout(() => {
          if (currentId === id && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
        }, 0);
      }
      firstShow = false;
    },
    remount() {
      const active = document.activeElement;
      const focusId = active instanceof HTMLElement && active.id ? active.id : null;
      const focusInMain = active instanceof HTMLElement && main.contains(active);
      const { scrollX, scrollY } = window;
      mount(currentId);
      if (focusInMain && focusId) document.getElementById(focusId)?.focus({ preventScroll: true });
      else if (active instanceof HTMLElement && active.isConnected) active.focus({ preventScroll: true });
      window.scrollTo(scrollX, scrollY);
    },
    relocalize() {
      wordNav();
      if (mountedScreen.relocalize) {
        mountedScreen.relocalize();
        lastRelocalize = 'in-place';
      } else {
        router.remount();
        lastRelocalize = 'remounted';
      }
    },
    get lastRelocalize() {
      return lastRelocalize;
    },
  };
  return router;
}
