// Placeholder screen: setup.
import type { Screen } from '../../app/router';

export const setupScreen: Screen = {
  id: 'setup',
  title: 'Setup',
  mount(root) {
    root.innerHTML = '<h2>Setup</h2><p>Coming soon.</p>';
    return () => {};
  },
};
