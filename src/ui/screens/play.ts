// Play: the schematic board (Phaser, loaded lazily) beside DOM panels that carry all text: counters,
// the regions with their troops, odds column, d10 and density bar, the rotation-cap choice, the
// automatic plan's advice, undo and the log of events. Every change goes through the engine's
// applyAction; this file decides no rule. It assembles components of src/ui/play, each built once
// and updated in place: a turn updates them from the new state, and a language switch re-words them
// from the same state (relocalize), so the DOM, focus and scroll stay and the log is worded afresh.
import { TEST_HOOKS } from '../../app/test-hooks';
import type { Screen } from '../../app/router';
import type { GameRecord } from '../../app/session';
import { applyAction, createGame, restartGame } from '../../engine/play';
import { selectNothingPlaced } from '../../engine/play-auto';
import { askConfirm, buildForgivingControls } from '../play/forgiving';
import type { GameAction, GameEvent, GameState, RegionStatus } from '../../model/types';
import { h } from '../dom';
import { STATUS_COLOURS, STATUS_WORDS } from '../format';
import { describeBoard } from '../play/board-text';
import { hostBoard } from '../play/board-host';
import { buildTurnControls } from '../play/controls';
import { buildCounters } from '../play/counters';
import { listenForShortcuts } from '../play/keys';
import { buildLogPanel } from '../play/log';
import { buildAdvicePanel, buildEndedPanel, buildSideColumn } from '../play/panels';
import { buildRegionList } from '../play/region-list';
import { rejectionWords } from '../play/rejection';
import { buildRotationPanel } from '../play/rotation';
import { tokenSize } from '../play/tokens';
import { openWalkthrough } from '../walkthrough';
import { t, tData } from '../i18n';
import { wording } from '../kit/wording';
import { mountPlayGate, playGated } from '../kit/play-gate';
import { mountTeamsGate } from '../play/two-teams';
const LEGEND: RegionStatus[] = ['not-entered', 'being-entered', 'entered', 'stabilized', 'contested', 'failed'];

/** Debug and benchmark hook: read-only facts about the board (no way to change the game). */
interface PlayProbe {
  phase(): string;
  month(): number;
  /** The finished game's result (null until it ends), to compare with the engine's run. */
  result(): unknown;
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
    if (playGated(app)) return mountPlayGate(root, app); // predict before play (teacher mode): the forecast form first
    const scenario = session.playedScenario();
    const words = wording();
    let record: GameRecord;
    const existing = session.game();
    if (existing) record = existing;
    else {
      let state: GameState;
      try {
        state = createGame(scenario, session.selection.overrides, session.selection.seed, 0);
      } catch (err) {
        const error = (err as Error).message;
        root.append(
          words.text(h('h2'), () => t('Play')),
          words.text(h('p', { class: 'message' }), () => t('This set-up cannot be played: {error}', { error })),
        );
        return { dispose() {}, relocalize: () => words.relocalize() };
      }
      app.store.dispatch({ type: 'game/start', key: session.selectionKey(), state });
      record = session.game()!;
    }
    const step = tokenSize(record.state.troopsInitial);
    let selected: string | null = record.state.regions[record.state.inputs.keyRegion]?.id ?? null;
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

    // ---- components, each built once ----
    // The refusal or hint shown under the controls, kept as a function so a language switch re-words it.
    let messageWord: (() => string) | null = null;
    const message = words.text(h('p', { class: 'message', role: 'status', 'aria-live': 'polite' }), () => messageWord?.() ?? '');
    const say = (word: (() => string) | null) => {
      messageWord = word;
      message.textContent = word?.() ?? '';
    };
    const counters = buildCounters();
    const controls = buildTurnControls(dispatch);
    const regions = buildRegionList();
    const rotation = buildRotationPanel(step, (region, troops) => dispatch({ type: 'rotation/cut', region, troops }));
    const ended = buildEndedPanel(() => app.navigate('debrief'));
    const advice = buildAdvicePanel();
    const log = buildLogPanel();
    const side = buildSideColumn([ended.element, rotation.element, advice.element, regions.element, log.element]);
    // The canvas has no text of its own: this sentence says what it shows, updated every turn.
    const boardText = h('p', { class: 'board-description', id: 'board-description', 'aria-live': 'polite' });
    // Restart, play to the end, auto-play (its turns quiet the board's live sentence: no flood).
    const forgiving = buildForgivingControls({
      state: () => record.state,
      run: (actions) => actions.every((a) => dispatch(a, true)), // the plan's own turns: no question asked
      restart: () => startOver(restartGame(record.state)),
      say,
      running: (on) => boardText.setAttribute('aria-live', on ? 'off' : 'polite'),
    });
    let undoEntry: GameState | null = null; // the game before End day ended entry with nothing placed on day 0 (Undo restores it)
    const board = hostBoard(
      {
        onRegion(id, delta) {
          selected = id;
          if (delta > 0 && record.state.reserve <= 0) {
            say(() => t('The reserve is empty: take troops back from another region first.'));
            render([]);
            return;
          }
          token(delta);
        },
      },
      reducedMotion,
      () => ({ state: record.state, selected, step }),
      scenario.regions, // rough positions and neighbours: drawing only
    );

    root.append(
      h(
        'div',
        { class: 'play-top' },
        words.text(h('h2'), () => t('Play: {title}', { title: tData(scenario.title) })),
        counters.element,
        words.text(h('button', { type: 'button', class: 'help-inline', onclick: () => openWalkthrough() }), () => t('How to play')),
      ),
      h(
        'div',
        { class: 'play-layout' },
        h(
          'div',
          { class: 'board-column' },
          board.element,
          words.attr(
            h(
              'div',
              { class: 'legend' },
              ...LEGEND.map((s) =>
                h(
                  'span',
                  {},
                  h('span', { class: 'swatch', style: `background:${STATUS_COLOURS[s]}` }),
                  words.text(h('span'), () => tData(STATUS_WORDS[s])),
                ),
              ),
            ),
            'aria-label',
            () => t('Legend'),
          ),
          controls.actions,
          forgiving.element,
          controls.shortcuts,
          message,
          // The board in words, under the controls so the board and its buttons fit a 720-line projector.
          boardText,
        ),
        side.element,
      ),
    );

    // ---- behaviour ----
    function setTroops(region: string, troops: number) {
      dispatch({ type: 'allocation/set', region, troops });
    }

    /** One token more (1) or fewer (−1) in the selected region. */
    function token(delta: 1 | -1) {
      const state = record.state;
      const region = state.regions.find((r) => r.id === selected);
      if (!region) return;
      setTroops(region.id, delta > 0 ? region.troops + Math.min(step, state.reserve) : Math.max(0, region.troops - step));
    }

    function startOver(state: GameState) {
      undoEntry = null;
      app.store.dispatch({ type: 'game/start', key: session.selectionKey(), state });
      record = session.game() ?? record;
      render([]);
    }

    function dispatch(action: GameAction, confirmed = false): boolean {
      const before = record.state;
      if (action.type === 'day/end' && !confirmed && selectNothingPlaced(before)) {
        askConfirm('end-day-confirm', t('End day'), t('Nothing is placed. End the entry phase without attacking?'), t('End the entry phase'), () => dispatch(action, true));
        return false;
      }
      if (action.type === 'turn/undo' && undoEntry && before.phase === 'control' && before.month === 0 && !(before.turnMoves ?? 0)) {
        startOver(undoEntry);
        say(() => t('Undone: the entry phase is open again.'));
        return true;
      }
      performance.mark('threshold:turn-start');
      const result = applyAction(before, action);
      if ('rejected' in result) {
        say(() => rejectionWords(before, result));
        return false;
      }
      undoEntry = action.type === 'day/end' && before.day === 0 && selectNothingPlaced(before) ? before : null;
      if (!confirmed) say(null); // auto-play's turns keep its status line (announced once, not every turn)
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
      return true;
    }

    /** Every panel from the record as it is, in the page's language; `follow` scrolls the log to its end. */
    function paint(follow: boolean) {
      const state = record.state;
      counters.update(state);
      controls.update(state);
      forgiving.update(state);
      boardText.textContent = describeBoard(state);
      const over = state.phase === 'ended';
      const cap = rotation.needed(state);
      if (over) ended.update(state);
      if (cap) rotation.update(state);
      if (!over) advice.update(state);
      regions.update({ state, step, selected, lastEvents: record.lastEvents, onChange: setTroops, onSelect: select });
      log.update(record, scenario.title, follow);
      side.show([over, cap, !over, true, true]);
    }

    function select(id: string) {
      selected = id;
      render([]);
    }

    function render(events: readonly GameEvent[]) {
      const state = record.state;
      const active = document.activeElement as HTMLElement | null;
      const focusedId = active?.id || null;
      paint(true);
      // Focus stays on its element; if a turn disabled or removed it, it goes to the next useful control.
      if (focusedId) {
        const again = document.getElementById(focusedId) as HTMLButtonElement | null;
        if (again && !again.disabled && !again.hidden) {
          if (document.activeElement !== again) again.focus();
        } else if (state.phase === 'ended') document.getElementById('to-debrief')?.focus();
        else (state.phase === 'entry' ? controls.endDay : controls.endMonth).focus();
      } else if (state.phase === 'ended') document.getElementById('to-debrief')?.focus();
      board.show(state, events, selected, step);
    }

    function cycle(delta: 1 | -1) {
      const ids = record.state.regions.map((r) => r.id);
      const at = selected ? ids.indexOf(selected) : -1;
      selected = ids[(at + delta + ids.length) % ids.length];
      render([]);
    }

    const stopKeys = listenForShortcuts({ dispatch, help: () => openWalkthrough(), cycle, token, autoPlay: forgiving.toggleAuto, step: forgiving.step, playToEnd: forgiving.playToEnd, restart: forgiving.restart });
    render([]);
    mountTeamsGate(root, { state: () => record.state, dispatch: (action) => dispatch(action, true), scenario, watch: (f) => app.store.subscribe((s) => s.game?.state, f) }); // who plays: one player or two teams (before the first move)
    if (TEST_HOOKS)
      window.__thresholdPlay = {
        phase: () => record.state.phase,
        month: () => record.state.month,
        result: () => record.state.result,
        animating: () => board.board()?.animating() ?? 0,
        fps: () => board.board()?.fps() ?? 0,
        demo: (ms) => board.board()?.demo(ms),
        boardReady: () => board.board() !== null,
        boardTexts: () => board.board()?.texts() ?? [],
      };

    return {
      dispose() {
        stopKeys();
        forgiving.stop();
        board.destroy();
        if (TEST_HOOKS) delete window.__thresholdPlay;
      },
      relocalize() {
        // Same state, same elements: only the words change (no engine call, no focus move, log scroll kept).
        words.relocalize();
        controls.relocalize();
        forgiving.relocalize();
        paint(false);
        board.relocalize(record.state);
      },
    };
  },
};
