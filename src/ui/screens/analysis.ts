// Placeholder screen: analysis.
import type { Screen } from '../../app/router';

export const analysisScreen: Screen = {
  id: 'analysis',
  title: 'Analysis',
  mount(root) {
    root.innerHTML = '<h2>Analysis</h2><p>Coming soon.</p>';
    return () => {};
  },
};
