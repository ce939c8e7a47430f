// Browser entry: load the shipped scenarios, boot the app store from storage and the page's share
// link (src/app/boot.ts), connect the language, theme, notices and walkthrough to the store, and route
// between screens. A language switch is a store change: the header, the nav, #notice and the current
// screen re-word in place (screens that cannot are mounted again, focus and scroll kept).
import { TEST_HOOKS } from './test-hooks';
import './offline';
import { loadShippedScenarios } from './scenarios';
import { bootState, persist } from './boot';
import { createStore, type AppStore } from './store';
import { createSession } from './session';
import { createKit, applyTheme } from './kit';
import { notice as makeNotice } from './state-schema';
import { browserStorage } from './storage';
import { createRouter, screenFromHash, type AppContext, type Screen, type ScreenId } from './router';
import { chooseScreen } from '../ui/screens/choose';
import { setupScreen } from '../ui/screens/setup';
import { playScreen } from '../ui/screens/play';
import { debriefScreen } from '../ui/screens/debrief';
import { analysisScreen } from '../ui/screens/analysis';
import { maybeShowWalkthrough, openWalkthrough, rememberWalkthroughWith } from '../ui/walkthrough';
import { mountHeaderControls } from '../ui/kit/header';
import { wordNotices } from '../ui/kit/notices';
import { connectLocale, t, tData } from '../ui/i18n';

const SCREENS: Screen[] = [chooseScreen, setupScreen, playScreen, debriefScreen, analysisScreen];
const IDS = SCREENS.map((s) => s.id);

declare global {
  interface Window {
    /** Read-only facts for browser tests: how the last language switch re-worded the screen. */
    __thresholdApp?: { relocalized(): 'in-place' | 'remounted' | null; screen(): ScreenId };
  }
}

/** i18n reads and sets the language through the store from now on. */
function connectStoreLocale(store: AppStore): void {
  connectLocale({
    get: () => store.getState().locale,
    set: (locale) => store.dispatch({ type: 'locale/set', locale, remember: true }),
    subscribe: (listener) => store.subscribe((state) => state.locale, listener),
  });
}

function start() {
  const main = document.getElementById('main')!;
  const nav = document.getElementById('nav')!;
  const noticeArea = document.getElementById('notice')!;
  const { scenarios, errors } = loadShippedScenarios();
  if (scenarios.length === 0) {
    main.replaceChildren();
    const title = document.createElement('h2');
    title.textContent = 'No scenarios';
    const text = document.createElement('p');
    text.textContent = 'No scenario file could be read. Check the scenarios folder.';
    main.append(title, text);
    return;
  }
  // The scenario the issue asks about opens first; the rest follow by force size.
  scenarios.sort((a, b) => (a.kind === b.kind ? a.intervener.troops.value - b.intervener.troops.value : a.kind === 'back-test' ? 1 : -1));
  const booted = bootState({ shipped: scenarios, storage: browserStorage(), hash: location.hash, languages: typeof navigator === 'undefined' ? [] : navigator.languages });
  const store = createStore(booted.state);
  connectStoreLocale(store);
  document.documentElement.lang = store.getState().locale;
  applyTheme(store.getState().preferences.theme);
  persist(store, booted.persistence);
  const broken = Object.keys(errors);
  if (broken.length) store.dispatch({ type: 'notice/add', notices: [makeNotice('scenarios/unreadable', { files: broken.join(', ') })] });

  const session = createSession(store);
  const kit = createKit(store, () => window.location.href);
  rememberWalkthroughWith({ seen: () => store.getState().preferences.walkthroughSeen, mark: () => store.dispatch({ type: 'walkthrough/seen' }) });

  // #notice shows the store's notices, worded now (and again after a language switch), or a message
  // a screen worded itself (app.notify), until the next notice.
  let plainMessage: string | null = null;
  const showNotices = () => {
    noticeArea.textContent = plainMessage ?? wordNotices(store.getState().notices);
  };

  const app: AppContext = {
    session,
    store,
    kit,
    navigate(screen: ScreenId) {
      if (location.hash !== `#/${screen}`) location.hash = `#/${screen}`;
      else router.show(screen);
    },
    notify(message: string) {
      store.dispatch({ type: 'notice/clear' });
      plainMessage = message;
      showNotices();
    },
  };

  const router = createRouter(
    {
      main,
      nav,
      screens: SCREENS,
      titleOf: (screen) => tData(screen.title),
      wordShell(current) {
        document.title = `${tData(current.title)} · Threshold`;
        const help = document.getElementById('help');
        if (help) help.textContent = t('Help');
        const skip = document.querySelector('.skip-link');
        if (skip) skip.textContent = t('Skip to content');
        nav.setAttribute('aria-label', t('Screens'));
      },
    },
    () => app,
  );
  const header = mountHeaderControls(document.getElementById('kit-controls')!, app, () => router.remount());

  store.subscribe(
    (state) => state.notices,
    () => {
      plainMessage = null;
      showNotices();
    },
  );
  store.subscribe((state) => state.preferences.theme, applyTheme);
  store.subscribe(
    (state) => state.locale,
    (locale) => {
      document.documentElement.lang = locale;
      header.relocalize();
      router.relocalize();
      showNotices();
    },
  );

  window.addEventListener('hashchange', () => {
    const id = screenFromHash(location.hash, IDS);
    if (id) router.show(id);
    else app.notify(t('That address does not name a screen; showing the scenario list.'));
  });
  if (TEST_HOOKS) window.__thresholdApp = { relocalized: () => router.lastRelocalize, screen: () => router.current() };

  showNotices();
  router.show(screenFromHash(location.hash, IDS) ?? 'choose');
  document.getElementById('help')?.addEventListener('click', () => openWalkthrough());
  maybeShowWalkthrough();
}

start();
