// Placeholder screen: choose.
import type { Screen } from '../../app/router';

export const chooseScreen: Screen = {
  id: 'choose',
  title: 'Choose',
  mount(root) {
    root.innerHTML = '<h2>Choose</h2><p>Coming soon.</p>';
    return () => {};
  },
};
