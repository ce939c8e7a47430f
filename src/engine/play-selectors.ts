// Play-mode selectors: pure reads of a GameState for the UI (reserve, troops in country, strength as
// a share of the starting force, troops per 1,000, whether a region can take troops, the plan's
// advice without applying it, previews of the next day's odds and of density against requirement).
import type { GameState, Rejection } from '../model/types';
import { advanceProbability, combatRatio, densityPerThousand, hostilityRequirement, oddsColumn, regionPosture, requirementPerThousand, winningFaces } from './formulas';
import { plannedState, selectTroopsInCountry, snapshot, TROOP_TOLERANCE } from './play-state';

export { selectTroopsInCountry } from './play-state';

/** Why a region cannot take or give troops now (a rejection with its facts), or null if it can. */
export function placementBlock(state: GameState, regionIndex: number): Rejection | null {
  const region = state.regions[regionIndex];
  if (!region) return { rejected: true, reason: 'unknown-region', region: String(regionIndex) };
  const entry = region.entryStatus ?? 'none';
  if (state.phase === 'ended') return { rejected: true, reason: 'game-over' };
  if (state.phase === 'entry') {
    if (entry === 'culminated' || entry === 'stalemate') return { rejected: true, reason: 'region-locked', region: region.id, lock: 'failed' };
    if (entry === 'committed' && (region.daysFought ?? 0) > 0) return { rejected: true, reason: 'region-locked', region: region.id, lock: 'committed' };
    return null;
  }
  if (entry !== 'entered') return { rejected: true, reason: 'region-locked', region: region.id, lock: 'not-entered' };
  return null;
}

export function selectReserve(state: GameState): number {
  return state.reserve;
}

/** Strength as a share of the starting force (never a casualty count). */
export function selectStrength(state: GameState): number {
  return state.troopsInitial > 0 ? selectTroopsInCountry(state) / state.troopsInitial : 0;
}

/** A region's troops as a share of the starting force. */
export function selectRegionStrength(state: GameState, regionIndex: number): number {
  return state.troopsInitial > 0 ? state.regions[regionIndex].troops / state.troopsInitial : 0;
}

/** A region's population in thousands (the "per 1,000" denominator). */
export function selectPopulationThousands(state: GameState, regionIndex: number): number {
  return (state.inputs.population * state.inputs.share[regionIndex]) / 1000;
}

/** A region's intervention troops per 1,000 inhabitants. */
export function selectTroopsPerThousand(state: GameState, regionIndex: number): number {
  return state.regions[regionIndex].troops / selectPopulationThousands(state, regionIndex);
}

/** Whether a region can take (or give back) troops now. */
export function canPlaceTroops(state: GameState, regionIndex: number): boolean {
  return placementBlock(state, regionIndex) === null;
}

/** Regions whose entry walk runs next day (0 means day/end ends the entry phase). */
export function selectContested(state: GameState): number {
  let count = 0;
  for (const region of state.regions) if (region.entryStatus === 'committed' && region.troops > 0) count++;
  return count;
}

/** Whether month/end is blocked by the rotation cap right now. */
export function selectOverCap(state: GameState): boolean {
  return state.phase === 'control' && state.month + 1 >= state.inputs.rotationMonth && selectTroopsInCountry(state) > state.inputs.sustainableForce + TROOP_TOLERANCE;
}

export interface AdviceMove {
  region: string;
  from: number;
  to: number;
}

export interface Advice {
  moves: AdviceMove[];
  reserveAfter: number;
  /** Troops the plan would send home (rotation cap). */
  sentHome: number;
  /** The state plan/apply would produce. */
  state: GameState;
}

/** What plan/apply would do now, without applying it (from the state at the start of the turn). */
export function selectAdvice(state: GameState): Advice {
  if (state.phase === 'ended') return { moves: [], reserveAfter: state.reserve, sentHome: 0, state };
  const after = plannedState(state);
  const start = state.turnStart ?? snapshot(state);
  const moves: AdviceMove[] = [];
  for (let r = 0; r < after.regions.length; r++) {
    const from = state.regions[r].troops;
    const to = after.regions[r].troops;
    if (to !== from) moves.push({ region: after.regions[r].id, from, to });
  }
  return { moves, reserveAfter: after.reserve, sentHome: (after.sentHome ?? 0) - (start.sentHome ?? 0), state: after };
}

export interface EntryPreview {
  ratio: number;
  column: string;
  probability: number;
  winningFaces: number;
}

/** The odds a region would fight at next day with its current troops (for previews), or null. */
export function previewEntry(state: GameState, regionIndex: number): EntryPreview | null {
  const region = state.regions[regionIndex];
  if (!region || state.phase !== 'entry' || !(region.troops > 0) || !(region.defenders > 0)) return null;
  const entry = region.entryStatus ?? 'none';
  if (entry !== 'none' && entry !== 'committed') return null;
  const ratio = combatRatio(region.troops, state.qualityEffective, region.defenders, regionPosture(state.inputs, regionIndex), state.inputs.terrainFactor[regionIndex]);
  const probability = advanceProbability(ratio, state.params);
  return { ratio, column: oddsColumn(ratio), probability, winningFaces: winningFaces(probability) };
}

export interface ControlPreview {
  /** Troops per 1,000 inhabitants with host forces weighted, and the requirement per 1,000. */
  density: number;
  requirement: number;
  requirementFromHostility: number;
  requirementFromResistance: number;
  coverage: number;
}

/** Density against requirement for an entered region with its current allocation, or null. */
export function previewControl(state: GameState, regionIndex: number): ControlPreview | null {
  const region = state.regions[regionIndex];
  if (!region || region.entryStatus !== 'entered' || state.phase === 'entry') return null;
  const thousands = selectPopulationThousands(state, regionIndex);
  const density = densityPerThousand(region.troops, region.hostForces, thousands, state.params);
  const fromHostility = hostilityRequirement(state.inputs.regionHostility[regionIndex]);
  const fromResistance = state.params.perResister * (region.resisters / thousands);
  const requirement = requirementPerThousand(fromHostility, region.resisters, thousands, state.params);
  return { density, requirement, requirementFromHostility: fromHostility, requirementFromResistance: fromResistance, coverage: density / requirement };
}
