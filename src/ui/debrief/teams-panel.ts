// Debrief of a two-team game: the defender team's hidden choices revealed beside the automatic
// defender's (spread, posture per region, militia timing), and the intervener team's day-1 placement
// beside the automatic plan's day 0 against the same defence. Plain words and two small tables; the
// figures are the game's own (engine selectors), nothing is computed here beyond reading them.
import { defenderChoices, defenderOf } from '../../engine/defender';
import { plannedState, restartGame } from '../../engine/play';
import type { GameState } from '../../model/types';
import { h } from '../dom';
import { int, num, pct } from '../format';
import { t, tn } from '../i18n';
import type { Wording } from '../kit/wording';
import { regionName } from '../play/describe';

function militiaWords(month: number): string {
  return month <= 1 ? t('at once, when control begins') : t('from month {month} of control (held back)', { month: String(month) });
}

function table(words: Wording, id: string, caption: () => string, head: Array<() => string>, rows: string[][]): HTMLElement {
  return h(
    'table',
    { class: 'team-table', id },
    words.text(h('caption'), caption),
    h('thead', {}, h('tr', {}, ...head.map((word) => words.text(h('th', { scope: 'col' }), word)))),
    h('tbody', {}, ...rows.map((cells) => h('tr', {}, h('th', { scope: 'row' }, cells[0]), ...cells.slice(1).map((c) => h('td', {}, c))))),
  );
}

/** The panel, or null unless the game has ended and a team played the defender. */
export function teamsPanel(state: GameState | null, words: Wording): HTMLElement | null {
  if (state?.phase !== 'ended' || !state.defender?.team) return null;
  const defender = defenderOf(state);
  const chosen = defenderChoices(state);
  const auto = defender.automatic;
  const capital = state.regions[state.inputs.capitalIndex].id;
  const several = state.regions.length > 1;
  const plan = plannedState(restartGame(state)).regions.map((r) => r.troops);
  const placed = state.dayOneAllocation ?? state.regions.map(() => 0);
  const count = (list: number[]) => list.filter((x) => x > 0).length;
  const total = (list: number[]) => list.reduce((a, b) => a + b, 0);
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  const postureChanged = chosen.posture.filter((p) => !same(p, auto.posture)).length;

  const section = h('section', { class: 'panel', id: 'teams-panel', 'aria-labelledby': 'teams-panel-h' });
  const fill = () => {
    const sentences = [
      several
        ? same(chosen.capitalShare, auto.capitalShare)
          ? t('The defender team kept {share} of its fighting regulars in {capital}, as the automatic defender does.', { share: pct(chosen.capitalShare), capital: regionName(state, capital) })
          : t('The defender team put {share} of its fighting regulars in {capital}; the automatic defender puts {auto}.', { share: pct(chosen.capitalShare), auto: pct(auto.capitalShare), capital: regionName(state, capital) })
        : null,
      postureChanged
        ? t('It changed the posture in {count} of {regions} regions from the automatic {value}.', { count: String(postureChanged), regions: String(state.regions.length), value: num(auto.posture, 0.01) })
        : t('It kept the posture at {value} everywhere, as the automatic defender does.', { value: num(auto.posture, 0.01) }),
      t('Its militia joined the resistance {when}; the automatic defender’s joins {auto}.', { when: militiaWords(chosen.militiaMonth), auto: militiaWords(1) }),
      tn('The intervener team placed {troops} troops in {count} region before day 1.', 'The intervener team placed {troops} troops in {count} regions before day 1.', count(placed), {
        troops: int(total(placed)),
        count: String(count(placed)),
      }),
      tn('Against the same defence, the automatic plan places {troops} in {count} region.', 'Against the same defence, the automatic plan places {troops} in {count} regions.', count(plan), {
        troops: int(total(plan)),
        count: String(count(plan)),
      }),
    ];
    section.replaceChildren(
      h('h3', { id: 'teams-panel-h' }, t('The two teams’ choices, beside the automatic ones')),
      ...sentences.filter((s): s is string => s !== null).map((s) => h('p', {}, s)),
      // The debrief's other panels are computed from the scenario, not from this one game.
      h(
        'p',
        { class: 'small muted', id: 'teams-panel-scope' },
        t(
          'This panel and the game’s own result use the defender team’s choices. The distribution over many runs, the panel on why and the quote cards use the scenario’s automatic defender, so they answer for the published set-up, not for this defence.',
        ),
      ),
      table(
        words,
        'teams-defender',
        () => t('Defender team'),
        [() => t('Choice'), () => t('Team'), () => t('Automatic defender')],
        [
          ...(several ? [[t('Regulars in {capital}', { capital: regionName(state, capital) }), pct(chosen.capitalShare), pct(auto.capitalShare)]] : []),
          ...state.regions.map((region, r) => [t('Posture in {region}', { region: regionName(state, region.id) }), num(chosen.posture[r], 0.01), num(auto.posture, 0.01)]),
          [t('Militia joins the resistance'), militiaWords(chosen.militiaMonth), militiaWords(1)],
        ],
      ),
      table(
        words,
        'teams-intervener',
        () => t('Intervener team: troops placed before day 1'),
        [() => t('Region'), () => t('Team'), () => t('Automatic plan')],
        state.regions.map((region, r) => [regionName(state, region.id), int(placed[r]), int(plan[r])]),
      ),
    );
  };
  words.on(fill);
  return section;
}
