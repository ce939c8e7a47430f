// Choose: one card per scenario (title, force size, the question, the quote that frames it), with
// the historical back-tests in their own column beside the what-if cards.
import type { Screen } from '../../app/router';
import type { Scenario } from '../../model/types';
import { h } from '../dom';
import { int } from '../format';
import { formatDate, t, tData } from '../i18n';

function frameQuote(scenario: Scenario): HTMLElement | null {
  const claim = scenario.claims.find((c) => c.id === scenario.frameClaim) ?? scenario.claims[0];
  if (!claim) return null;
  return h(
    'figure',
    { class: 'card-quote' },
    h('blockquote', { text: `“${claim.quote}”` }),
    h('figcaption', { text: `${claim.who}, ${formatDate(claim.date)}` }),
  );
}

export const chooseScreen: Screen = {
  id: 'choose',
  title: 'Choose',
  mount(root, app) {
    const { session } = app;
    const card = (scenario: Scenario) => {
      const selected = scenario.id === session.selection.scenarioId;
      const titleId = `card-title-${scenario.id}`;
      const go = (screen: 'setup' | 'play') => () => {
        if (session.selection.scenarioId !== scenario.id) session.select(scenario.id);
        app.navigate(screen);
      };
      return h(
        'article',
        { class: `scenario-card${selected ? ' selected' : ''}`, 'aria-labelledby': titleId, 'data-scenario': scenario.id },
        h('h3', { id: titleId, text: tData(scenario.title) }),
        h('p', { class: 'card-force' }, h('strong', { text: int(scenario.intervener.troops.value) }), ' ', t('troops')),
        h('p', { class: 'card-question', text: tData(scenario.question) }),
        frameQuote(scenario),
        h(
          'div',
          { class: 'card-actions' },
          h('button', { type: 'button', class: 'primary', onclick: go('play'), 'aria-describedby': titleId, text: t('Play') }),
          h('button', { type: 'button', onclick: go('setup'), 'aria-describedby': titleId, text: t('Set up') }),
          app.kit.isCustom(scenario.id)
            ? h('button', {
                type: 'button',
                class: 'remove-custom',
                'aria-describedby': titleId,
                text: t('Remove'),
                onclick: () => {
                  const result = app.kit.removeCustom(scenario.id);
                  if (result.message) app.notify(result.message);
                  // Already on Choose: navigate() redraws it without the removed card.
                  app.navigate('choose');
                },
              })
            : null,
        ),
      );
    };
    const custom = session.scenarios.filter((s) => app.kit.isCustom(s.id));
    const whatIf = session.scenarios.filter((s) => s.kind !== 'back-test' && !app.kit.isCustom(s.id));
    const backTests = session.scenarios.filter((s) => s.kind === 'back-test' && !app.kit.isCustom(s.id));
    root.append(
      h('h2', { text: t('Choose a scenario') }),
      h(
        'p',
        { class: 'lede' },
        t('How many troops does an invasion take? In late 2025 about {troops} US troops were reported near Venezuela, and analysts called that not enough for a full-scale invasion. Pick a force size and test the claim.', { troops: 10000 }),
      ),
      h(
        'div',
        { class: 'choose-layout' },
        h('section', { class: 'card-column', 'aria-labelledby': 'whatif-h' }, h('h3', { id: 'whatif-h', class: 'column-title', text: t('What if…') }), h('div', { class: 'card-grid' }, ...whatIf.map(card)),
          custom.length ? h('section', { class: 'custom-scenarios', id: 'custom-scenarios', 'aria-labelledby': 'custom-h' }, h('h3', { id: 'custom-h', class: 'column-title', text: t('Your imported scenarios (kept in this browser)') }), h('div', { class: 'card-grid' }, ...custom.map(card))) : null),
        h(
          'section',
          { class: 'card-column backtests', 'aria-labelledby': 'backtest-h' },
          h('h3', { id: 'backtest-h', class: 'column-title', text: t('Back-tests: does the model reproduce history?') }),
          h('div', { class: 'card-grid' }, ...backTests.map(card)),
        ),
      ),
    );
    return () => {};
  },
};
