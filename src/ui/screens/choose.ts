// Choose: one card per scenario (title, force size, the question, the quote that frames it), with
// the historical back-tests in their own column beside the what-if cards. A language switch re-words
// the cards in place (relocalize), so focus and scroll stay.
import type { Screen } from '../../app/router';
import { restartGame } from '../../engine/play';
import type { Scenario } from '../../model/types';
import { h } from '../dom';
import { int } from '../format';
import { formatDate, t, tData } from '../i18n';
import { wording, type Wording } from '../kit/wording';

function frameQuote(scenario: Scenario, words: Wording): HTMLElement | null {
  const claim = scenario.claims.find((c) => c.id === scenario.frameClaim) ?? scenario.claims[0];
  if (!claim) return null;
  return h(
    'figure',
    { class: 'card-quote' },
    h('blockquote', { text: `“${claim.quote}”` }),
    words.text(h('figcaption'), () => `${tData(claim.who)}, ${formatDate(claim.date)}`),
  );
}

export const chooseScreen: Screen = {
  id: 'choose',
  title: 'Choose',
  mount(root, app) {
    const { session } = app;
    const words = wording();
    const card = (scenario: Scenario) => {
      const selected = scenario.id === session.selection.scenarioId;
      const titleId = `card-title-${scenario.id}`;
      const go = (screen: 'setup' | 'play') => () => {
        if (session.selection.scenarioId !== scenario.id) session.select(scenario.id);
        app.navigate(screen);
      };
      const troops = words.text(h('span'), () => t('troops'));
      return h(
        'article',
        { class: `scenario-card${selected ? ' selected' : ''}`, 'aria-labelledby': titleId, 'data-scenario': scenario.id },
        words.text(h('h3', { id: titleId }), () => tData(scenario.title)),
        h(
          'p',
          { class: 'card-force' },
          words.text(h('strong'), () => int(scenario.intervener.troops.value)),
          ' ',
          troops,
        ),
        words.text(h('p', { class: 'card-question' }), () => tData(scenario.question)),
        frameQuote(scenario, words),
        h(
          'div',
          { class: 'card-actions' },
          // A game under way for this card's set-up: Continue it, or start a New game (same set-up and seed, day 1).
          words.text(h('button', { type: 'button', class: 'primary', onclick: go('play'), 'aria-describedby': titleId }), () => (selected && session.game() ? t('Continue') : t('Play'))),
          selected && session.game()
            ? words.text(
                h('button', {
                  type: 'button',
                  class: 'new-game',
                  'aria-describedby': titleId,
                  onclick: () => {
                    const game = session.game();
                    if (game) app.store.dispatch({ type: 'game/start', key: game.key, state: restartGame(game.state) });
                    app.navigate('play');
                  },
                }),
                () => t('New game'),
              )
            : null,
          words.text(h('button', { type: 'button', onclick: go('setup'), 'aria-describedby': titleId }), () => t('Set up')),
          app.kit.isCustom(scenario.id)
            ? words.text(
                h('button', {
                  type: 'button',
                  class: 'remove-custom',
                  'aria-describedby': titleId,
                  onclick: () => {
                    // A failed save shows as a notice from the store.
                    app.kit.removeCustom(scenario.id);
                    // Already on Choose: navigate() redraws it without the removed card.
                    app.navigate('choose');
                  },
                }),
                () => t('Remove'),
              )
            : null,
        ),
      );
    };
    const all = session.scenarios;
    const custom = all.filter((s) => app.kit.isCustom(s.id));
    const whatIf = all.filter((s) => s.kind !== 'back-test' && !app.kit.isCustom(s.id));
    const backTests = all.filter((s) => s.kind === 'back-test' && !app.kit.isCustom(s.id));
    root.append(
      // The guided lesson first (src/ui/ladder): the way in for a student who has not played yet.
      h(
        'section',
        { class: 'lesson-entry', 'aria-labelledby': 'lesson-entry-h' },
        h(
          'p',
          {},
          words.text(h('strong', { id: 'lesson-entry-h' }), () => t('New here?')),
          ' ',
          words.text(h('span'), () => t('Predict, then test: four force sizes against what analysts said, then find the threshold yourself.')),
        ),
        words.text(h('button', { type: 'button', class: 'primary', id: 'lesson-start', onclick: () => app.navigate('ladder') }), () => t('Start the 10-minute lesson')),
      ),
      words.text(h('h2'), () => t('Choose a scenario')),
      words.text(h('p', { class: 'lede' }), () =>
        t('How many troops does an invasion take? In late 2025 about {troops} US troops were reported near Venezuela, and analysts called that not enough for a full-scale invasion. Pick a force size and test the claim.', { troops: 10000 }),
      ),
      h(
        'p',
        { class: 'about-link' },
        words.text(h('a', { href: '#/about', id: 'about-link' }), () => t('About the model: the rules, every number and its source, the limits and the teacher guide')),
      ),
      h(
        'div',
        { class: 'choose-layout' },
        h(
          'section',
          { class: 'card-column', 'aria-labelledby': 'whatif-h' },
          words.text(h('h3', { id: 'whatif-h', class: 'column-title' }), () => t('What if…')),
          h('div', { class: 'card-grid' }, ...whatIf.map(card)),
          custom.length
            ? h(
                'section',
                { class: 'custom-scenarios', id: 'custom-scenarios', 'aria-labelledby': 'custom-h' },
                words.text(h('h3', { id: 'custom-h', class: 'column-title' }), () => t('Your imported scenarios (kept in this browser)')),
                h('div', { class: 'card-grid' }, ...custom.map(card)),
              )
            : null,
        ),
        h(
          'section',
          { class: 'card-column backtests', 'aria-labelledby': 'backtest-h' },
          words.text(h('h3', { id: 'backtest-h', class: 'column-title' }), () => t('Back-tests: does the model reproduce history?')),
          h(
            'p',
            { class: 'history-link' },
            words.text(h('a', { href: '#/history', id: 'history-link' }), () => t('Does the model match history? See the table of every back-test.')),
          ),
          h('div', { class: 'card-grid' }, ...backTests.map(card)),
        ),
      ),
    );
    // Another tab imported or removed a custom scenario (storage events, src/app/boot.ts persist):
    // draw the list again, as a removal here does.
    const stop = app.store.subscribe(
      (state) => state.custom.ids,
      () => app.navigate('choose'),
    );
    return { dispose: stop, relocalize: () => words.relocalize() };
  },
};
