// Placeholder screen: debrief.
import type { Screen } from '../../app/router';

export const debriefScreen: Screen = {
  id: 'debrief',
  title: 'Debrief',
  mount(root) {
    root.innerHTML = '<h2>Debrief</h2><p>Coming soon.</p>';
    return () => {};
  },
};
