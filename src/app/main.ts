// Browser entry: load the shipped and saved scenarios, read a share link or the saved set-up,
// create the session, and route between screens (re-rendering the current one on a language switch).
import './offline';
import { loadShippedScenarios } from './scenarios';
import { createSession } from './session';
import { screenFromHash, type AppContext, type Screen, type ScreenId } from './router';
import { bootKit } from './kit';
import { chooseScreen } from '../ui/screens/choose';
import { setupScreen } from '../ui/screens/setup';
import { playScreen } from '../ui/screens/play';
import { debriefScreen } from '../ui/screens/debrief';
import { analysisScreen } from '../ui/screens/analysis';
import { maybeShowWalkthrough, openWalkthrough, rememberWalkthroughWith } from '../ui/walkthrough';
import { mountHeaderControls } from '../ui/kit/header';
import { getLocale, t, tData } from '../ui/i18n';

const SCREENS: Screen[] = [chooseScreen, setupScreen, playScreen, debriefScreen, analysisScreen];
const IDS = SCREENS.map((s) => s.id);

function start() {
  const main = document.getElementById('main')!;
  const nav = document.getElementById('nav')!;
  const notice = document.getElementById('notice')!;
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
  const boot = bootKit(scenarios, location);
  document.documentElement.lang = getLocale();
  const session = createSession(scenarios, boot.initial ?? { scenarioId: 'venezuela-2025-buildup' });
  boot.attach(session);
  const { kit } = boot;
  rememberWalkthroughWith({ seen: () => kit.store.preferences.walkthroughSeen, mark: () => void kit.store.update({ walkthroughSeen: true }) });
  let unmount: () => void = () => {};
  let currentId: ScreenId = 'choose';

  const app: AppContext = {
    session,
    kit,
    navigate(screen: ScreenId) {
      if (location.hash !== `#/${screen}`) location.hash = `#/${screen}`;
      else show(screen);
    },
    notify(message: string) {
      notice.textContent = message;
    },
  };

  function drawNav() {
    nav.replaceChildren();
    for (const screen of SCREENS) {
      const link = document.createElement('a');
      link.href = `#/${screen.id}`;
      link.textContent = tData(screen.title);
      link.dataset.screen = screen.id;
      if (screen.id === currentId) link.setAttribute('aria-current', 'page');
      nav.append(link);
    }
    const help = document.getElementById('help');
    if (help) help.textContent = t('Help');
    const skip = document.querySelector('.skip-link');
    if (skip) skip.textContent = t('Skip to content');
    nav.setAttribute('aria-label', t('Screens'));
  }

  function show(id: ScreenId) {
    unmount();
    main.replaceChildren();
    currentId = id;
    for (const link of nav.querySelectorAll<HTMLAnchorElement>('a')) {
      if (link.dataset.screen === id) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const screen = SCREENS.find((s) => s.id === id)!;
    document.title = `${tData(screen.title)} · Threshold`;
    unmount = screen.mount(main, app);
    // After a change of screen, screen readers and keyboard users continue from the new content
    // (the play screen may already have focused its own control).
    if (!firstShow && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
    firstShow = false;
  }
  let firstShow = true;

  drawNav();
  mountHeaderControls(document.getElementById('kit-controls')!, app, () => {
    drawNav();
    const active = document.activeElement;
    show(currentId);
    if (active instanceof HTMLElement && active.isConnected) active.focus({ preventScroll: true });
  });

  window.addEventListener('hashchange', () => {
    const id = screenFromHash(location.hash, IDS);
    if (id) show(id);
    else app.notify(t('That address does not name a screen; showing the scenario list.'));
  });

  const messages = [...boot.messages];
  const broken = Object.keys(errors);
  if (broken.length) messages.push(t('Some scenario files could not be read: {files}', { files: broken.join(', ') }));
  if (messages.length) app.notify(messages.join(' '));
  show(screenFromHash(location.hash, IDS) ?? 'choose');
  document.getElementById('help')?.addEventListener('click', () => openWalkthrough());
  maybeShowWalkthrough();
}

start();
