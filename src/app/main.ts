// Browser entry: load the shipped scenarios, boot the app store from storage and the page's share
// link (src/app/boot.ts), connect the language, theme, notices and walkthrough to the store, and route
// between screens. A language switch is a store change: the header, the nav, #notice and the current
// screen re-word in place (screens that cannot are mounted again, focus and scroll kept).
import { TEST_HOOKS } from './test-hooks';
import './offline';
import { loadShippedScenarios } from './scenarios';
import { applyShareLink, bootLinkText, bootState, declineShareLink, DEFAULT_SCENARIO_ID, linkNeedsConfirm, persist } from './boot';
import { encodeShareLink, readShareLink, showsHiddenValue, type ReadShareLink } from './share-link';
import { createStore, selectScenario, type AppStore } from './store';
import { createSession } from './session';
import { createKit, applyTheme } from './kit';
import { notice as makeNotice } from './state-schema';
import { browserStorage } from './storage';
import { getWorkerPool } from './worker-client';
import { createRouter, screenFromHash, type AppContext, type Screen, type ScreenId } from './router';
import { chooseScreen } from '../ui/screens/choose';
import { setupScreen } from '../ui/screens/setup';
import { playScreen } from '../ui/screens/play';
import { debriefScreen } from '../ui/screens/debrief';
import { analysisScreen } from '../ui/screens/analysis';
import { historyScreen } from '../ui/history/history-screen';
import { aboutScreen } from '../ui/about/about-screen';
import { classScreen } from '../ui/class/class-screen';
import { ladderScreen } from '../ui/ladder/ladder-screen';
import { maybeShowWalkthrough, openWalkthrough, rememberWalkthroughWith } from '../ui/walkthrough';
import { mountHeaderControls } from '../ui/kit/header';
import { wordNotices } from '../ui/kit/notices';
import { confirmShareLink } from '../ui/kit/link-confirm';
import { connectLocale, formatDate, formatInteger, formatPercent, t, tData } from '../ui/i18n';

const SCREENS: Screen[] = [chooseScreen, ladderScreen, setupScreen, playScreen, debriefScreen, analysisScreen, historyScreen, aboutScreen, classScreen];
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
  // The analysis workers start loading while the page boots: Analysis and Debrief then find them
  // running instead of waiting for a script load and a module start (idle, they cost nothing).
  const pool = typeof Worker !== 'undefined' ? getWorkerPool() : null;
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
  // A share link is read from the fragment ("#/setup?…"), or from the page's query ("?scenario=…")
  // when the fragment holds none: the same parser reads both. A query link is then removed from the
  // address (history.replaceState), so a reload does not apply it again over the student's changes.
  // With a link in the fragment, the query is left as it is (the fragment's link wins, as before).
  const { text: bootLink, fromQuery: queryLink } = bootLinkText(location.search, location.hash, scenarios);
  const booted = bootState({ shipped: scenarios, storage: browserStorage(), hash: bootLink, languages: typeof navigator === 'undefined' ? [] : navigator.languages });
  const store = createStore(booted.state);
  // A small sweep of the selected scenario on every worker (results dropped) compiles the engine
  // while the page boots: measured on 2 cores, a first Analysis visit (bench: fresh context) is done about 300 ms sooner.
  pool?.warm({ kind: 'sweep', scenario: selectScenario(store.getState()), seed: 'warm-up', runs: 12, levels: [0, 60_000, 120_000, 180_000, 240_000, 300_000] });
  if (queryLink) history.replaceState(history.state, '', `${location.pathname}#/${screenFromHash(location.hash, IDS) ?? 'setup'}`);
  showStudentAddress(store, queryLink ? null : location.hash);
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

  // A share link opened in this page (pasted into the address bar, or a link on the page): applied as
  // at boot, after asking when it would replace the student's own changes.
  let asking = false;
  const openLink = (link: ReadShareLink) => {
    const apply = () => {
      applyShareLink(store, link);
      showStudentAddress(store, location.hash);
      router.show('setup');
    };
    if (!linkNeedsConfirm(store.getState(), link)) {
      apply();
      return;
    }
    const state = store.getState();
    const linked = state.scenarios.find((s) => s.id === link.selection.scenarioId) ?? selectScenario(state);
    asking = true;
    confirmShareLink({ currentTitle: selectScenario(state).title, linkTitle: linked.title, changedInputs: Object.keys(state.selection.overrides).length, seed: state.selection.seed }, (yes) => {
      asking = false;
      if (yes) apply();
      else {
        // Everything stays as it is; the address goes back to the screen shown, so a reload does not open the link.
        history.replaceState(history.state, '', `#/${router.current()}`);
        declineShareLink(store);
      }
    });
  };

  window.addEventListener('hashchange', () => {
    const link = readShareLink(location.hash, store.getState().scenarios, { defaultScenarioId: DEFAULT_SCENARIO_ID });
    if (link.present) {
      if (!asking) openLink(link);
      return;
    }
    const id = screenFromHash(location.hash, IDS);
    if (id) router.show(id);
    else app.notify(t('That address does not name a screen; showing the scenario list.'));
  });
  if (TEST_HOOKS) window.__thresholdApp = { relocalized: () => router.lastRelocalize, screen: () => router.current() };

  showNotices();
  router.show(screenFromHash(location.hash, IDS) ?? 'choose');
  // Intl builds each date and number format on first use (about 20 ms for a date format here): build
  // the ones the screens use while the page is idle, so no later screen switch pays for them.
  const whenIdle = window.requestIdleCallback ?? ((task: () => void) => window.setTimeout(task, 300));
  whenIdle(() => {
    for (const date of ['2025-10-31', '2025-10', '2025']) formatDate(date);
    formatPercent(0.5);
    formatInteger(1000);
  });
  document.getElementById('help')?.addEventListener('click', () => openWalkthrough());
  maybeShowWalkthrough();
}

/**
 * After a link was applied: when the address shows a hidden input's value in plain form (a teacher
 * link), put the student form of the same link in its place (history.replaceState: no reload, no
 * hashchange), so the address bar and the projector never show it.
 */
function showStudentAddress(store: AppStore, hash: string | null): void {
  if (hash === null) return;
  const state = store.getState();
  const teacher = state.classroom.teacher;
  if (!showsHiddenValue(hash, teacher.hiddenInputs)) return;
  const lang = new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get('lang');
  const fragment = encodeShareLink(state.selection, { teacher, ...(lang === state.locale ? { locale: state.locale } : {}) }, selectScenario(state));
  history.replaceState(history.state, '', location.pathname + location.search + fragment);
}

start();
