// Placeholder screen: play.
import type { Screen } from '../../app/router';

export const playScreen: Screen = {
  id: 'play',
  title: 'Play',
  mount(root) {
    root.innerHTML = '<h2>Play</h2><p>Coming soon.</p>';
    return () => {};
  },
};
