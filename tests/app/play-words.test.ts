// The Play screen's words in both languages: the log sentences of a whole game (engine events
// worded by src/ui/play/describe.ts), refusals, the short troop counts and the board's canvas labels.
// English keeps its former sentences; Spanish has no English left and Spanish number format.
import { afterEach, describe, expect, it } from 'vitest';
import { applyAction, createGame } from '../../src/engine/play';
import type { ControlExplanation, EntryExplanation, GameAction, GameEvent, GameState, Rejection } from '../../src/model/types';
import { setLocale } from '../../src/ui/i18n';
import { ES as CATALOGUE } from '../../src/ui/locales/es';

/** The Spanish catalogue indexed by any string (its own type only admits the code's keys). */
const ES: Readonly<Record<string, string>> = CATALOGUE;
import { planAdvice } from '../../src/ui/play/advice';
import { boardLabels, describeBoard, shortTroops } from '../../src/ui/play/board-text';
import { controlWords, describeEvent, entryWords } from '../../src/ui/play/describe';
import { rejectionWords } from '../../src/ui/play/rejection';
import { scenarioById } from './fixtures';

afterEach(() => {
  setLocale('en');
});

const ENGLISH = ['chance to advance', 'of 10 faces', 'rolled', 'Region entered', 'troops', 'Month ', 'Day ', 'per 1,000', 'force ratio', 'odds column', 'coverage', 'resistance', 'Score', 'Game over', 'objective', 'Keep the', 'Send '];

function act(state: GameState, action: GameAction): { state: GameState; events: GameEvent[] } {
  const result = applyAction(state, action);
  if ('rejected' in result) throw new Error(`${action.type} refused: ${result.reason}`);
  return { state: result.state, events: [...result.events] };
}

/** A whole game with the automatic plan every turn: every state and event along the way. */
function wholeGame(id: string): { states: GameState[]; events: GameEvent[]; final: GameState } {
  let state = createGame(scenarioById(id), {}, '42', 0);
  const states = [state];
  const events: GameEvent[] = [];
  for (let turn = 0; turn < 300 && state.phase !== 'ended'; turn += 1) {
    for (const action of [{ type: 'plan/apply' } as const, { type: state.phase === 'entry' ? 'day/end' : 'month/end' } as const]) {
      const next = act(state, action);
      state = next.state;
      events.push(...next.events);
      states.push(state);
    }
  }
  expect(state.phase).toBe('ended');
  return { states, events, final: state };
}

const game = wholeGame('venezuela-planners');
const regionNames = game.final.inputs.regionNames;

/** Region names are scenario data (translated for the shipped files): leave them out of the word checks. */
function withoutData(line: string): string {
  return regionNames.flatMap((name) => [ES[name] ?? name, name]).reduce((text, name) => text.split(name).join(' '), line);
}

describe('the log of a whole game', () => {
  it('covers entry days, entries, the end of entry, months and the end of the game', () => {
    const types = new Set(game.events.map((e) => e.type));
    for (const type of ['entry/day', 'region/entered', 'entry/ended', 'control/month', 'game/ended', 'allocation/changed']) expect(types.has(type as GameEvent['type']), type).toBe(true);
  });

  it('reads in Spanish with no English left and Spanish numbers', () => {
    setLocale('es');
    const lines = game.events.flatMap((event) => describeEvent(game.final, event));
    expect(lines.length).toBeGreaterThan(50);
    for (const line of lines) {
      const text = withoutData(line);
      expect(
        ENGLISH.filter((phrase) => text.includes(phrase)),
        line,
      ).toEqual([]);
      expect(text, line).not.toMatch(/\d,\d{3}(?!\d)/);
      expect(text, line).not.toMatch(/\d\.\d{1,2}(?!\d)/);
    }
    expect(lines.some((l) => /relación de fuerzas \d+,\d\d:1, columna de probabilidades/.test(l))).toBe(true);
    expect(lines.some((l) => /por cada 1\.000 frente a \d+,\d necesarios/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Fin de la partida: .+; objetivo (no )?logrado\.$/);
  });

  it('is worded again from the same events when the language changes back', () => {
    setLocale('es');
    const spanish = game.events.flatMap((event) => describeEvent(game.final, event));
    setLocale('en');
    const english = game.events.flatMap((event) => describeEvent(game.final, event));
    expect(english.length).toBe(spanish.length);
    expect(english.filter((line, i) => line === spanish[i] && !regionNames.some((n) => line.startsWith(n + ' ')))).toEqual([]);
    expect(english.some((l) => l.includes('chance to advance'))).toBe(true);
    expect(english.at(-1)).toMatch(/^Game over: /);
  });
});

describe('English sentences are unchanged', () => {
  const state = game.final;
  const region = state.inputs.regionIds[0];
  const name = state.inputs.regionNames[0];
  const entry: EntryExplanation = {
    region,
    attackers: 30000,
    defenders: 10000,
    qualityEffective: 1,
    posture: 1,
    terrain: 1,
    ratio: 1.5,
    column: '3:2',
    probability: 0.625,
    winningFaces: 6,
    draw: 0.3,
    die: 4,
    advanced: true,
    scoreAfter: 2,
    result: 'entered',
  };
  const control: ControlExplanation = {
    region,
    troops: 20000,
    hostForces: 0,
    density: 5.25,
    requirement: 4.3,
    requirementFromHostility: 4.3,
    requirementFromResistance: 0.9,
    hostility: 0.3,
    coverage: 1.22,
    resistersBefore: 100,
    resistersAfter: 95,
    growth: 0,
    noise: 0,
  };

  it('words an entry day and a month as before', () => {
    expect(entryWords(state, entry)).toBe(`${name}: force ratio 1.50:1, odds column 3:2, 62.5% chance to advance (the die rounds it to 6 of 10 faces); rolled 4: the attack advances. Score +2. Region entered.`);
    expect(entryWords(state, { ...entry, advanced: false, die: 9, scoreAfter: -1, result: 'continues' })).toBe(
      `${name}: force ratio 1.50:1, odds column 3:2, 62.5% chance to advance (the die rounds it to 6 of 10 faces); rolled 9: the defence holds. Score -1.`,
    );
    expect(controlWords(state, control)).toBe(`${name}: 5.3 per 1,000 against 4.3 needed (coverage 122%); resistance down 5%.`);
    expect(describeEvent(state, { type: 'entry/ended', day: 1 })).toEqual(['Entry phase over after 1 day. Monthly control turns begin.']);
    expect(describeEvent(state, { type: 'rotation/cap', month: 12, cap: 100000 })).toEqual(['Month 12: first rotation. At most 100,000 troops can stay in the country from now on.']);
  });

  it('words the same facts in Spanish with a decimal comma and a grouping point', () => {
    setLocale('es');
    expect(entryWords(state, entry)).toBe(
      `${ES[name] ?? name}: relación de fuerzas 1,50:1, columna de probabilidades 3:2, 62,5\u00a0% de probabilidad de avanzar (el dado la redondea a 6 de 10 caras); salió 4: el ataque avanza. Marcador +2. Entrada lograda en la región.`,
    );
    expect(describeEvent(state, { type: 'rotation/cap', month: 12, cap: 100000 })).toEqual(['Mes 12: primera rotación. A partir de ahora pueden quedarse en el país como máximo 100.000 efectivos.']);
  });
});

describe('refusals, advice, short counts and the canvas labels', () => {
  const start = game.states[0];

  it('explains a refused action in the page language', () => {
    const refused = applyAction(start, { type: 'month/end' });
    expect('rejected' in refused).toBe(true);
    if (!('rejected' in refused)) return;
    expect(rejectionWords(start, refused)).toBe('Months start after the entry phase: end the day instead.');
    setLocale('es');
    expect(rejectionWords(start, refused)).toBe('Los meses empiezan después de la fase de entrada: termina el día.');
  });

  it('words every reason code from its own facts, in both languages', () => {
    const capital = start.inputs.regionIds[start.inputs.capitalIndex];
    const name = start.inputs.regionNames[start.inputs.capitalIndex];
    const cases: [Rejection, string, string][] = [
      [{ rejected: true, reason: 'game-over' }, 'The game has ended.', 'La partida terminó.'],
      [{ rejected: true, reason: 'unknown-action', action: 'fly' }, 'That action cannot be done.', 'Esa acción no se puede hacer.'],
      [{ rejected: true, reason: 'wrong-phase', action: 'day/end', phase: 'control' }, 'The entry phase is over: end the month instead.', 'La fase de entrada terminó: termina el mes.'],
      [{ rejected: true, reason: 'unknown-region', region: 'atlantis' }, 'No such region.', 'No existe esa región.'],
      [{ rejected: true, reason: 'invalid-amount', action: 'allocation/set', region: capital, troops: -5 }, 'That number of troops cannot be moved.', 'No se puede mover ese número de efectivos.'],
      [{ rejected: true, reason: 'not-enough-reserve', region: capital, asked: 12_000.4, reserve: 9_999.6 }, 'Only 9,999 troops are in reserve; 12,001 asked.', 'Solo hay 9999 efectivos en reserva; pediste 12.001.'],
      [{ rejected: true, reason: 'not-enough-troops', region: capital, asked: 1_500, available: 1_200 }, `Only 1,200 troops are in ${name}; 1,500 asked.`, `Solo hay 1200 efectivos en ${ES[name] ?? name}; pediste 1500.`],
      [
        { rejected: true, reason: 'region-locked', region: capital, lock: 'not-entered' },
        `${name} was not entered: troops can only be placed in entered regions during control.`,
        `No se logró la entrada en ${ES[name] ?? name}: durante el control solo se pueden colocar efectivos en regiones con entrada lograda.`,
      ],
      [
        { rejected: true, reason: 'over-rotation-cap', month: 12, cap: 100_000, total: 120_000.3 },
        'From month 12 at most 100,000 troops can stay; 120,000 are in the country. Send troops home first.',
        'Desde el mes 12 pueden quedarse como máximo 100.000 efectivos; hay 120.000 en el país. Primero envía efectivos a casa.',
      ],
      [{ rejected: true, reason: 'nothing-to-undo' }, 'Nothing has changed this turn.', 'No cambió nada en este turno.'],
    ];
    for (const [rejection, english, spanish] of cases) {
      setLocale('en');
      expect(rejectionWords(start, rejection)).toBe(english);
      setLocale('es');
      expect(rejectionWords(start, rejection)).toBe(spanish);
    }
  });

  it('gives advice in Spanish', () => {
    setLocale('es');
    const advice = planAdvice(start);
    expect(advice.changes).toBe(true);
    for (const line of advice.lines) expect(withoutData(line)).not.toMatch(/[a-z]/i);
    expect(advice.lines.join(' ')).toMatch(/\d\.\d{3}/);
  });

  it('every advice line over a whole game shows a real change (no "22,339 → 22,339")', () => {
    let lines = 0;
    for (const state of game.states) {
      const advice = planAdvice(state);
      for (const line of advice.lines) {
        const m = /: ([\d,]+) → ([\d,]+)$/.exec(line);
        if (!m) continue;
        lines += 1;
        expect(m[1], line).not.toBe(m[2]);
      }
    }
    expect(lines).toBeGreaterThan(0);
  });

  it('shortens troop counts for the locale', () => {
    expect([shortTroops(850), shortTroops(7789), shortTroops(12500), shortTroops(150000)]).toEqual(['850', '7.8k', '13k', '150k']);
    setLocale('es');
    expect([shortTroops(7789), shortTroops(12500), shortTroops(1_250_000)]).toEqual(['7,8 mil', '13 mil', '1,3 M']);
    expect(shortTroops(7789, 'symbols')).toBe('7,8k');
  });

  it('labels the canvas in the page language and follows the game', () => {
    const english = boardLabels(start);
    expect(english.title).toBe('Entry, day 0');
    expect(english.regions.map((r) => r.troops)).toEqual(start.regions.map(() => 'no troops'));
    setLocale('es');
    const spanish = boardLabels(start);
    expect(spanish.title).toBe('Entrada, día 0');
    expect(spanish.regions.every((r) => r.status === 'sin entrar' && r.troops === 'sin efectivos')).toBe(true);
    expect(boardLabels(game.final).title).toBe('Fin de la partida');
    const mid = game.states.find((s) => s.phase === 'control')!;
    expect(boardLabels(mid).title).toBe(`Control, mes ${mid.month}`);
    expect(boardLabels(mid).regions.some((r) => / mil efectivos$/.test(r.troops))).toBe(true);
    expect(describeBoard(game.final)).toMatch(/^El tablero muestra/);
  });
});
