// Play: the schematic board (Phaser, loaded lazily) beside DOM panels that carry all text: counters,
// the regions with their troops, odds column, d10 and density bar, the rotation-cap choice, the
// automatic plan's advice, undo and the log of events. Every change goes through the engine's
// applyAction; this file decides no rule. Every word follows the page's language: a language switch
// mounts the screen again on the same game record, and the log is worded afresh from its events.
import { TEST_HOOKS } from '../../app/test-hooks';
import type { Screen } from '../../app/router';
import type { GameRecord } from '../../app/session';
import { applyAction, canPlaceTroops, createGame, previewControl, previewEntry, RESERVE_ID, selectOverCap, selectStrength, selectTroopsInCountry } from '../../engine/play';
import type { ControlExplanation, EntryExplanation, GameAction, GameEvent, GameState, RegionStatus } from '../../model/types';
import type { BoardHandle } from '../../view/board';
import { h } from '../dom';
import { int, OUTCOME_WORDS, pct, STATUS_COLOURS, STATUS_WORDS } from '../format';
import { planAdvice } from '../play/advice';
import { describeEvent, introWords } from '../play/describe';
import { boardLabels, describeBoard } from '../play/board-text';
import { rejectionWords } from '../play/rejection';
import { regionRow } from '../play/region-row';
import { tokenSize } from '../play/tokens';
import { openWalkthrough } from '../walkthrough';
import { t, tData } from '../i18n';

const LEGEND: RegionStatus[] = ['not-entered', 'being-entered', 'entered', 'stabilized', 'contested', 'failed'];

function placed(state: GameState): number {
  return selectTroopsInCountry(state) - state.reserve;
}

/** Debug and benchmark hook: read-only facts about the board (no way to change the game). */
interface PlayProbe {
  phase(): string;
  month(): number;
  animating(): number;
  fps(): number;
  demo(ms: number): void;
  boardReady(): boolean;
  /** The words drawn on the canvas now (empty until the board is ready). */
  boardTexts(): string[];
}
declare global {
  interface Window {
    __thresholdPlay?: PlayProbe;
  }
}

export const playScreen: Screen = {
  id: 'play',
  title: 'Play',
  mount(root, app) {
    const { session } = app;
    const scenario = session.playedScenario();
    let record: GameRecord;
    const existing = session.game();
    if (existing) record = existing;
    else {
      let state: GameState;
      try {
        state = createGame(scenario, session.selection.overrides, session.selection.seed, 0);
      } catch (err) {
        root.append(h('h2', { text: t('Play') }), h('p', { class: 'message', text: t('This set-up cannot be played: {error}', { error: (err as Error).message }) }));
        return () => {};
      }
      app.store.dispatch({ type: 'game/start', key: session.selectionKey(), state });
      record = session.game()!;
    }
    const step = tokenSize(record.state.troopsInitial);
    let selected: string | null = record.state.regions[record.state.inputs.keyRegion]?.id ?? null;
    let board: BoardHandle | null = null;
    let disposed = false;
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

    // ---- static frame ----
    const counters = h('div', { class: 'counters', 'aria-live': 'off' });
    const message = h('p', { class: 'message', role: 'status', 'aria-live': 'polite' });
    const side = h('div', { class: 'side' });
    const boardWrap = h(
      'div',
      {
        class: 'board-wrap',
        id: 'board',
        'aria-label': t('Schematic board: regions sized by population and coloured by state. Click a region to add a token of troops; right-click or shift-click to take one back.'),
        'aria-describedby': 'board-description',
        role: 'img',
      },
      h('div', { class: 'board-loading', text: t('Loading the board…') }),
    );
    const endDay = h('button', { type: 'button', id: 'end-day', class: 'primary', onclick: () => dispatch({ type: 'day/end' }) }, t('End day') + ' ', h('kbd', { text: 'D' }));
    const endMonth = h('button', { type: 'button', id: 'end-month', class: 'primary', onclick: () => dispatch({ type: 'month/end' }) }, t('End month') + ' ', h('kbd', { text: 'M' }));
    const applyPlan = h('button', { type: 'button', id: 'apply-plan', onclick: () => dispatch({ type: 'plan/apply' }) }, t('Apply the plan') + ' ', h('kbd', { text: 'P' }));
    const undo = h('button', { type: 'button', id: 'undo', onclick: () => dispatch({ type: 'turn/undo' }) }, t('Undo') + ' ', h('kbd', { text: 'U' }));
    // The canvas has no text of its own: this sentence says what it shows, updated every turn.
    const boardText = h('p', { class: 'board-description', id: 'board-description', 'aria-live': 'polite' });
    const logList = h('ol', { class: 'log', tabindex: '0', 'aria-live': 'polite', 'aria-label': t('Log of events'), id: 'log' });

    root.append(
      h('div', { class: 'play-top' }, h('h2', { text: t('Play: {title}', { title: tData(scenario.title) }) }), counters, h('button', { type: 'button', class: 'help-inline', onclick: () => openWalkthrough(), text: t('How to play') })),
      h(
        'div',
        { class: 'play-layout' },
        h(
          'div',
          { class: 'board-column' },
          boardWrap,
          h('div', { class: 'legend', 'aria-label': t('Legend') }, ...LEGEND.map((s) => h('span', {}, h('span', { class: 'swatch', style: `background:${STATUS_COLOURS[s]}` }), tData(STATUS_WORDS[s])))),
          h('div', { class: 'actions' }, endDay, endMonth, applyPlan, undo),
          h(
            'p',
            { class: 'shortcuts', id: 'shortcuts' },
            t('Keys:') + ' ',
            h('kbd', { text: 'D' }),
            ` ${t('end day')} · `,
            h('kbd', { text: 'M' }),
            ` ${t('end month')} · `,
            h('kbd', { text: 'P' }),
            ` ${t('apply the plan')} · `,
            h('kbd', { text: 'U' }),
            ` ${t('undo')} · `,
            h('kbd', { text: '[' }),
            h('kbd', { text: ']' }),
            ` ${t('choose region')} · `,
            h('kbd', { text: '+' }),
            h('kbd', { text: '−' }),
            ` ${t('add or remove a token')} · `,
            h('kbd', { text: 'H' }),
            ` ${t('help. On the board: click adds a token, right-click or shift-click removes one.')}`,
          ),
          message,
          // The board in words, under the controls so the board and its buttons fit a 720-line projector.
          boardText,
        ),
        side,
      ),
    );

    // ---- behaviour ----
    function lastExplanations(): { entry: Map<string, EntryExplanation>; control: Map<string, ControlExplanation> } {
      const entry = new Map<string, EntryExplanation>();
      const control = new Map<string, ControlExplanation>();
      for (const e of record.lastEvents) {
        if (e.type === 'entry/day') for (const x of e.explanations) entry.set(x.region, x);
        if (e.type === 'control/month') for (const x of e.explanations) control.set(x.region, x);
      }
      return { entry, control };
    }

    function setTroops(region: string, troops: number) {
      dispatch({ type: 'allocation/set', region, troops });
    }

    function dispatch(action: GameAction) {
      performance.mark('threshold:turn-start');
      const result = applyAction(record.state, action);
      if ('rejected' in result) {
        message.textContent = rejectionWords(record.state, action, result);
        return;
      }
      message.textContent = '';
      // The store records the turn (state, log, last events); this screen only reads the record.
      app.store.dispatch({ type: 'game/applied', action, state: result.state, events: result.events });
      record = session.game() ?? record;
      render(result.events);
      performance.mark('threshold:turn-sync');
      performance.measure('threshold:turn', 'threshold:turn-start', 'threshold:turn-sync');
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          performance.mark('threshold:turn-frame');
          performance.measure('threshold:turn-frame', 'threshold:turn-start', 'threshold:turn-frame');
        }),
      );
    }

    function renderCounters(state: GameState) {
      const strength = selectStrength(state);
      const phase =
        state.phase === 'entry'
          ? t('Entry · day {day} of {days}', { day: state.day, days: state.params.entryDays })
          : state.phase === 'control'
            ? t('Control · month {month} of {months}', { month: state.month, months: state.params.controlMonths })
            : t('Game over');
      counters.replaceChildren(
        h('span', { class: 'counter', id: 'phase' }, h('strong', { text: phase })),
        h('span', { class: 'counter', id: 'reserve' }, t('Reserve') + ' ', h('strong', { text: int(state.reserve) })),
        h('span', { class: 'counter' }, t('Placed') + ' ', h('strong', { text: int(placed(state)) })),
        h('span', { class: 'counter', title: t('Strength is shown as a share of the starting force.') }, t('Strength') + ' ', h('strong', { text: pct(strength) }), ' ' + t('of start')),
      );
    }

    function rotationPanel(state: GameState): HTMLElement | null {
      if (!selectOverCap(state)) return null;
      const cap = state.inputs.sustainableForce;
      const total = selectTroopsInCountry(state);
      const excess = Math.ceil(total - cap);
      const sources = [...state.regions.map((r, i) => ({ id: r.id, name: tData(state.inputs.regionNames[i]), troops: r.troops })), { id: RESERVE_ID, name: t('the reserve'), troops: state.reserve }].filter((s) => s.troops >= 1);
      const cuts = sources.map((s) => {
        const amount = Math.min(Math.floor(s.troops), excess, step);
        const rest = Math.min(Math.floor(s.troops), excess);
        return h(
          'span',
          { class: 'cut' },
          h('button', { type: 'button', id: `cut-${s.id}`, onclick: () => dispatch({ type: 'rotation/cut', region: s.id, troops: amount }), text: t('{troops} from {region}', { troops: int(amount), region: s.name }) }),
          rest > amount
            ? h('button', {
                type: 'button',
                id: `cutall-${s.id}`,
                'aria-label': t('Send {troops} home from {region}', { troops: int(rest), region: s.name }),
                onclick: () => dispatch({ type: 'rotation/cut', region: s.id, troops: rest }),
                text: rest >= Math.floor(s.troops) ? t('all {troops}', { troops: int(rest) }) : t('the whole excess, {troops}', { troops: int(rest) }),
              })
            : null,
        );
      });
      return h(
        'section',
        { class: 'rotation', 'aria-labelledby': 'rotation-h' },
        h('h3', { id: 'rotation-h', text: t('Rotation: choose where to cut') }),
        h('p', {
          class: 'small',
          text: t('From month {month} at most {cap} troops can stay. You have {total}: send {excess} home before the month can end. (The plan cuts where coverage is highest.)', {
            month: state.inputs.rotationMonth,
            cap: int(cap),
            total: int(total),
            excess: int(excess),
          }),
        }),
        h('div', { class: 'cut-list', role: 'group', 'aria-label': t('Send troops home from') }, ...cuts),
      );
    }

    function render(events: readonly GameEvent[]) {
      const state = record.state;
      const focusedId = (document.activeElement as HTMLElement | null)?.id || null;
      renderCounters(state);
      boardText.textContent = describeBoard(state);
      endDay.disabled = state.phase !== 'entry';
      endMonth.disabled = state.phase !== 'control';
      applyPlan.disabled = state.phase === 'ended';
      undo.disabled = state.phase === 'ended' || !state.turnStart;

      const { entry, control } = lastExplanations();
      const rows = state.regions.map((_, index) =>
        regionRow({
          state,
          index,
          step,
          selected: state.regions[index].id === selected,
          canPlace: canPlaceTroops(state, index),
          entryPreview: previewEntry(state, index),
          controlPreview: previewControl(state, index),
          entry: entry.get(state.regions[index].id),
          control: control.get(state.regions[index].id),
          onChange: setTroops,
          onSelect: (id) => {
            selected = id;
            render([]);
          },
        }),
      );
      // Stable ids so keyboard focus survives a redraw.
      rows.forEach((row, index) => {
        const id = state.regions[index].id;
        for (const cls of ['minus', 'plus', 'all', 'name']) row.querySelector(`.${cls}`)?.setAttribute('id', `${cls}-${id}`);
      });
      const advice = planAdvice(state);
      const parts: (HTMLElement | null)[] = [];
      if (state.phase === 'ended') {
        parts.push(
          h(
            'section',
            { class: 'ended', 'aria-labelledby': 'ended-h' },
            h('h3', { id: 'ended-h', text: t('Game over: {outcome}', { outcome: state.outcome ? tData(OUTCOME_WORDS[state.outcome]) : t('ended') }) }),
            h('p', {
              text: state.success ? t('Objective achieved. The debrief compares your run with the automatic plan over many runs.') : t('Objective not achieved. The debrief compares your run with the automatic plan over many runs.'),
            }),
            h('button', { type: 'button', class: 'primary big', id: 'to-debrief', onclick: () => app.navigate('debrief'), text: t('See the debrief') }),
          ),
        );
      }
      parts.push(rotationPanel(state));
      if (state.phase !== 'ended') {
        parts.push(h('section', { class: 'advice', 'aria-labelledby': 'advice-h' }, h('h3', { id: 'advice-h', text: t('Advice: the automatic plan would…') }), ...advice.lines.map((line) => h('p', { text: line }))));
      }
      parts.push(h('section', { 'aria-labelledby': 'regions-h' }, h('h3', { id: 'regions-h', text: t('Regions (one token = {troops} troops)', { troops: int(step) }) }), h('ul', { class: 'region-list' }, ...rows)));
      parts.push(h('section', { 'aria-labelledby': 'log-h' }, h('h3', { id: 'log-h', text: t('Log') }), logList));
      side.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));

      logList.replaceChildren(...logLines(state, 120).map((line) => h('li', { class: line.head ? 'turn-head' : '', text: line.text })));
      logList.scrollTop = logList.scrollHeight;

      if (focusedId) {
        const again = document.getElementById(focusedId) as HTMLButtonElement | null;
        if (again && !again.disabled) again.focus();
        else if (state.phase === 'ended') document.getElementById('to-debrief')?.focus();
        else (state.phase === 'entry' ? endDay : endMonth).focus();
      } else if (state.phase === 'ended') document.getElementById('to-debrief')?.focus();
      board?.show(state, events, selected, step, boardLabels(state));
    }

    /**
     * The last `limit` lines of the log in the page's language: each event worded now (from the end,
     * so a long game does not re-word months nobody sees); a day or month opens with its heading.
     */
    function logLines(state: GameState, limit: number): { text: string; head: boolean }[] {
      const out: { text: string; head: boolean }[][] = [];
      let count = 0;
      for (let i = record.log.length - 1; i >= 0 && count < limit; i -= 1) {
        const { event } = record.log[i];
        const heading = event !== null && (event.type === 'entry/day' || event.type === 'control/month');
        const lines = event ? describeEvent(state, event) : [introWords(tData(scenario.title), state.troopsInitial)];
        out.push(lines.map((text, k) => ({ text, head: heading && k === 0 })));
        count += lines.length;
      }
      return out.reverse().flat().slice(-limit);
    }

    function cycle(delta: number) {
      const ids = record.state.regions.map((r) => r.id);
      const at = selected ? ids.indexOf(selected) : -1;
      selected = ids[(at + delta + ids.length) % ids.length];
      render([]);
    }

    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable)) return;
      if (document.querySelector('.walkthrough-backdrop')) return;
      const state = record.state;
      const key = event.key.toLowerCase();
      const region = state.regions.find((r) => r.id === selected);
      if (key === 'd') dispatch({ type: 'day/end' });
      else if (key === 'm') dispatch({ type: 'month/end' });
      else if (key === 'p') dispatch({ type: 'plan/apply' });
      else if (key === 'u') dispatch({ type: 'turn/undo' });
      else if (key === 'h' || key === '?') openWalkthrough();
      else if (key === ']') cycle(1);
      else if (key === '[') cycle(-1);
      else if ((key === '+' || key === '=') && region) setTroops(region.id, region.troops + Math.min(step, state.reserve));
      else if ((key === '-' || key === '_') && region) setTroops(region.id, Math.max(0, region.troops - step));
      else return;
      event.preventDefault();
    }
    document.addEventListener('keydown', onKey);

    render([]);

    void import('../../view/board')
      .then(({ createBoard }) =>
        createBoard(
          boardWrap,
          {
            onRegion(id, delta) {
              selected = id;
              const r = record.state.regions.find((x) => x.id === id);
              if (!r) return;
              if (delta > 0 && record.state.reserve <= 0) {
                message.textContent = t('The reserve is empty: take troops back from another region first.');
                render([]);
                return;
              }
              setTroops(id, delta > 0 ? r.troops + Math.min(step, record.state.reserve) : Math.max(0, r.troops - step));
            },
          },
          reducedMotion,
        ),
      )
      .then((handle) => {
        if (disposed) {
          handle.destroy();
          return;
        }
        board = handle;
        boardWrap.querySelector('.board-loading')?.remove();
        boardWrap.dataset.ready = 'true';
        board.show(record.state, [], selected, step, boardLabels(record.state));
      })
      .catch((err: unknown) => {
        const text = boardWrap.querySelector('.board-loading');
        if (text) text.textContent = t('The board could not be drawn ({error}); the panels still play the game.', { error: (err as Error).message });
      });

    if (TEST_HOOKS)
      window.__thresholdPlay = {
        phase: () => record.state.phase,
        month: () => record.state.month,
        animating: () => board?.animating() ?? 0,
        fps: () => board?.fps() ?? 0,
        demo: (ms) => board?.demo(ms),
        boardReady: () => board !== null,
        boardTexts: () => board?.texts() ?? [],
      };

    return () => {
      disposed = true;
      document.removeEventListener('keydown', onKey);
      board?.destroy();
      board = null;
      if (TEST_HOOKS) delete window.__thresholdPlay;
    };
  },
};
