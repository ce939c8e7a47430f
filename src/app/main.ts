// Browser entry: load the shipped scenarios, create the session, route between screens.
import { loadShippedScenarios } from './scenarios';
import { createSession } from './session';
import { screenFromHash, type AppContext, type Screen, type ScreenId } from './router';
import { chooseScreen } from '../ui/screens/choose';
import { setupScreen } from '../ui/screens/setup';
import { playScreen } from '../ui/screens/play';
import { debriefScreen } from '../ui/screens/debrief';
import { analysisScreen } from '../ui/screens/analysis';
import { maybeShowWalkthrough, openWalkthrough } from '../ui/walkthrough';

const SCREENS: Screen[] = [chooseScreen, setupScreen, playScreen, debriefScreen, analysisScreen];
const IDS = SCREENS.map((s) => s.id);

function start() {
  const main = document.getElementById('main')!;
  const nav = document.getElementById('nav')!;
  const notice = document.getElementById('notice')!;
  const { scenarios, errors } = loadShippedScenarios();
  if (scenarios.length === 0) {
    main.innerHTML = '<h2>No scenarios</h2><p>No scenario file could be read. Check the scenarios folder.</p>';
    return;
  }
  // The scenario the issue asks about opens first; the rest follow by force size.
  scenarios.sort((a, b) => (a.kind === b.kind ? a.intervener.troops.value - b.intervener.troops.value : a.kind === 'back-test' ? 1 : -1));
  const session = createSession(scenarios, { scenarioId: 'venezuela-2025-buildup' });
  let unmount: () => void = () => {};

  const app: AppContext = {
    session,
    navigate(screen: ScreenId) {
      if (location.hash !== `#/${screen}`) location.hash = `#/${screen}`;
      else show(screen);
    },
    notify(message: string) {
      notice.textContent = message;
    },
  };

  for (const screen of SCREENS) {
    const link = document.createElement('a');
    link.href = `#/${screen.id}`;
    link.textContent = screen.title;
    link.dataset.screen = screen.id;
    nav.append(link);
  }

  function show(id: ScreenId) {
    unmount();
    main.replaceChildren();
    for (const link of nav.querySelectorAll<HTMLAnchorElement>('a')) {
      if (link.dataset.screen === id) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const screen = SCREENS.find((s) => s.id === id)!;
    document.title = `${screen.title} · Threshold`;
    unmount = screen.mount(main, app);
    // After a change of screen, screen readers and keyboard users continue from the new content
    // (the play screen may already have focused its own control).
    if (!firstShow && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
    firstShow = false;
  }
  let firstShow = true;

  window.addEventListener('hashchange', () => {
    const id = screenFromHash(location.hash, IDS);
    if (id) show(id);
    else app.notify('That address does not name a screen; showing the scenario list.');
  });

  const broken = Object.keys(errors);
  if (broken.length) app.notify(`Some scenario files could not be read: ${broken.join(', ')}`);
  show(screenFromHash(location.hash, IDS) ?? 'choose');
  document.getElementById('help')?.addEventListener('click', () => openWalkthrough());
  maybeShowWalkthrough();
}

start();
