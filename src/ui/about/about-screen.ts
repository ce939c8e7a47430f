// About the model (#/about): the rules in plain words, when a run succeeds, every number with its
// status (published, derived or design choice), the known limits, the critics, the sources and the
// teacher guide, in the page's language. Headings and one labelled section per part, with a list of
// links to them, for keyboard and screen-reader users. A language switch re-words it in place; the
// guide is loaded again in the new language.
import type { Screen } from '../../app/router';
import { h } from '../dom';
import { getLocale, t } from '../i18n';
import { wording } from '../kit/wording';
import { guideNodes } from './guide';
import { criticsSection, limitsSection, numbersSection, rulesSection, section, sourcesSection, successSection } from './sections';

export const aboutScreen: Screen = {
  id: 'about',
  title: 'About',
  mount(root, app) {
    const words = wording();
    const { session } = app;
    const scenario = session.scenario();
    const guide = h('div', { class: 'about-guide', id: 'about-guide-text', 'aria-busy': 'true' });
    let disposed = false;
    let loaded: string | null = null;
    const loadGuide = () => {
      const locale = getLocale();
      if (loaded === locale) return;
      loaded = locale;
      guide.setAttribute('aria-busy', 'true');
      guideNodes(locale).then(
        (nodes) => {
          if (disposed || loaded !== locale) return;
          guide.replaceChildren(...nodes);
          guide.setAttribute('aria-busy', 'false');
        },
        () => {
          if (disposed || loaded !== locale) return;
          guide.replaceChildren(h('p', { class: 'message', text: t('The teacher guide could not be loaded.') }));
          guide.setAttribute('aria-busy', 'false');
        },
      );
    };
    const sections = [
      rulesSection(scenario, words),
      successSection(words),
      numbersSection(scenario, session.selection.overrides, words),
      limitsSection(words),
      criticsSection(words),
      sourcesSection(words),
      section('about-guide', () => t('Teacher guide'), words, guide),
    ];
    // In-page links move focus to the section heading (the hash is the router's, so it is left alone).
    const toc = h(
      'nav',
      { class: 'about-toc', 'aria-labelledby': 'about-toc-h' },
      words.text(h('h3', { id: 'about-toc-h', class: 'visually-hidden' }), () => t('On this page')),
      h(
        'ul',
        {},
        ...sections.map((part) => {
          const heading = part.querySelector('h3')!;
          const link = h('a', {
            href: `#/about`,
            'data-target': part.id,
            onclick: (event: Event) => {
              event.preventDefault();
              heading.focus();
              heading.scrollIntoView({ block: 'start' });
            },
          });
          words.on(() => (link.textContent = heading.textContent));
          return h('li', {}, link);
        }),
      ),
    );
    root.append(
      words.text(h('h2', { id: 'about-h' }), () => t('About the model')),
      words.text(h('p', { class: 'lede' }), () =>
        t(
          'How Threshold decides a run, where every number comes from, what the model cannot say and who disagrees with its approach. The figures below are the model’s own: change an input on Set up and the table of scenario inputs follows.',
        ),
      ),
      toc,
      ...sections,
    );
    loadGuide();
    return {
      dispose() {
        disposed = true;
      },
      relocalize() {
        words.relocalize();
        loadGuide();
      },
    };
  },
};
