// Play-mode vocabulary: the state of one game, the actions a player sends and the events the engine
// answers with (src/engine/play.ts). Split from types.ts, which re-exports it, so imports stay put.
import type { ModelParameters, OutcomeClass, RegionClass, ResolvedInputs, RunOutcome } from './types';

export type RegionStatus = 'not-entered' | 'being-entered' | 'entered' | 'failed' | 'stabilized' | 'contested';

export interface RegionState {
  id: string;
  status: RegionStatus;
  /** Intervention troops in the region (strength shown as share of the starting force). */
  troops: number;
  /** Regular defenders still present (entry phase). */
  defenders: number;
  defendersInitial: number;
  /** Net engagement score B_r of the entry walk. */
  score: number;
  enteredDay: number | null;
  /** Control phase. */
  hostForces: number;
  resisters: number;
  resistersInitial: number;
  coverage: number;
  /** Result of the entry walk (play.ts keeps it; status is the display word derived from it). */
  entryStatus?: 'none' | 'committed' | 'entered' | 'culminated' | 'stalemate';
  /** Entry days this region has fought (a region with a walk under way is locked). */
  daysFought?: number;
  /** ln(R_0/R50) of the region's entry walk, fixed on its first day (the walk's odds follow from it). */
  entryLogRatio?: number;
  /** Consecutive control months, up to the last, with coverage q ≥ 1 (the "stabilized" test). */
  coveredStreak?: number;
  /** Model v3: the region's hostility g now (it responds to the intervention); absent: the scenario's. */
  hostility?: number;
  /** Final class once the game has ended. */
  regionClass?: RegionClass;
}

export type GamePhase = 'entry' | 'control' | 'ended';

export interface EntryExplanation {
  region: string;
  attackers: number;
  defenders: number;
  qualityEffective: number;
  posture: number;
  terrain: number;
  /** Combat-power ratio R. */
  ratio: number;
  /** Odds column label, e.g. "3:1" or "1:2". */
  column: string;
  /** Chance the attacker advances this day. */
  probability: number;
  /** d10 faces that win: round(10·p). */
  winningFaces: number;
  /** The uniform draw and the die face it shows (1-10). */
  draw: number;
  die: number;
  advanced: boolean;
  scoreAfter: number;
  result: 'continues' | 'entered' | 'culminated' | 'stalemate';
  /** No defenders: entered on the first day without a roll (ratio 0, column "unopposed"). */
  unopposed?: boolean;
}

export interface ControlExplanation {
  region: string;
  troops: number;
  hostForces: number;
  /** Troops per 1,000 inhabitants, host forces weighted. */
  density: number;
  /** Requirement per 1,000 and its two parts. */
  requirement: number;
  requirementFromHostility: number;
  requirementFromResistance: number;
  /** Model v3: the region's hostility g this month (it responds to the intervention when ζ > 0). */
  hostility: number;
  coverage: number;
  resistersBefore: number;
  resistersAfter: number;
  /** Monthly growth rate γ(q) and the noise draw z. */
  growth: number;
  noise: number;
}

export type GameEvent =
  | { type: 'entry/day'; day: number; explanations: EntryExplanation[] }
  | { type: 'region/entered'; region: string; day: number }
  | { type: 'region/culminated'; region: string; day: number }
  | { type: 'entry/ended'; day: number }
  | { type: 'control/month'; month: number; explanations: ControlExplanation[] }
  | { type: 'rotation/cap'; month: number; cap: number }
  | { type: 'objective/met'; month: number }
  /** Model v3 political will: resistance stayed above its multiple of the start for W months; every troop went home. */
  | { type: 'intervention/withdrawn'; month: number; months: number; multiple: number }
  | { type: 'game/ended'; outcome: OutcomeClass; success: boolean }
  | { type: 'allocation/changed'; region: string; troops: number }
  | { type: 'turn/undone' }
  /** The defender's militia joined the resistance in every entered region from this month (two-team play). */
  | { type: 'militia/called'; month: number };

/** The defender team's set-up moves (src/engine/defender.ts): legal only in the set-up step before day 1. */
export type DefenderAction =
  /** k_cap: the share of the fighting regulars in the capital region; the rest are spread by population. */
  | { type: 'defender/spread'; capitalShare: number }
  /** π of one region, within the scenario's published posture range. */
  | { type: 'defender/posture'; region: string; posture: number }
  /** The control month from which the militia's part of the resistance counts (1: at once, the model's rule). */
  | { type: 'defender/militia'; month: number }
  /** The defender's set-up is over; `team`: a team chose (two-team play), not the automatic defender. */
  | { type: 'defender/ready'; team?: boolean };

export type GameAction =
  | { type: 'allocation/set'; region: string; troops: number }
  | { type: 'plan/apply' }
  | { type: 'day/end' }
  | { type: 'month/end' }
  | { type: 'rotation/cut'; region: string; troops: number }
  | { type: 'turn/undo' }
  | DefenderAction;

/** A closed range [low, high] a defender choice must lie in. */
export type ChoiceRange = [number, number];

/** The defender's set-up: its ranges, the militia timing, and whether it is over. Absent in older games: today's rules. */
export interface DefenderState {
  /** True after defender/ready (set-up over: defender actions are refused). */
  ready: boolean;
  /** Control month from which the militia's part of the resistance counts (1 = at the start of control). */
  militiaMonth: number;
  /** The militia has joined the resistance (month ≥ militiaMonth in the control phase). */
  militiaCalled?: boolean;
  /** Whether a defender action changed anything (a team played the defender, or the automatic one did). */
  moves: number;
  /** A team played the defender (two-team play): the debrief compares its choices with the automatic defender's. */
  team?: boolean;
  /** The automatic defender's choices for this game: the resolved k_cap and π (its militia month is 1). */
  automatic: { capitalShare: number; posture: number };
  /** The ranges the choices may take: posture (published), capital share (the scenario format's bounds), militia month. */
  ranges: { capitalShare: ChoiceRange; posture: ChoiceRange; militiaMonth: ChoiceRange };
}

/**
 * Why a region cannot take or give troops now: its entry walk culminated or stalemated (entry), it is
 * being entered (entry), or it was never entered (control).
 */
export type RegionLock = 'failed' | 'committed' | 'not-entered';

/**
 * Why the engine refused an action: a reason code with the facts its words need, never a sentence
 * (the UI words it in the page's language, src/ui/play/rejection.ts; the CLI would word it in English).
 * Amounts are as the engine measured them (troops may be fractional: the UI rounds).
 */
export type Rejection =
  | { rejected: true; reason: 'game-over' }
  /** An action type the engine does not know (only from untyped callers). */
  | { rejected: true; reason: 'unknown-action'; action: string }
  /** `action` cannot be done in `phase` (day/end outside entry, month/end or rotation/cut outside control). */
  | { rejected: true; reason: 'wrong-phase'; action: GameAction['type']; phase: GamePhase }
  | { rejected: true; reason: 'unknown-region'; region: string }
  /** The troops asked are not a number of 0 or more (rotation/cut: not a positive number). */
  | { rejected: true; reason: 'invalid-amount'; action: GameAction['type']; region: string; troops: number }
  /** allocation/set asks `asked` more troops than the `reserve` holds. */
  | { rejected: true; reason: 'not-enough-reserve'; region: string; asked: number; reserve: number }
  /** rotation/cut asks `asked` troops from a region (or the reserve) that holds `available`. */
  | { rejected: true; reason: 'not-enough-troops'; region: string; asked: number; available: number }
  | { rejected: true; reason: 'region-locked'; region: string; lock: RegionLock }
  /** month/end from `month` on with `total` troops in country over the rotation `cap`. */
  | { rejected: true; reason: 'over-rotation-cap'; month: number; cap: number; total: number }
  | { rejected: true; reason: 'nothing-to-undo' }
  /** A defender action after the defender's set-up step (day 1 begun, the intervener moved, or defender/ready). */
  | { rejected: true; reason: 'defender-setup-closed'; action: DefenderAction['type'] }
  /** A defender choice outside its range [min, max] (or not a number). */
  | { rejected: true; reason: 'defender-out-of-range'; action: DefenderAction['type']; value: number; min: number; max: number };

export type RejectionReason = Rejection['reason'];

/** One month's national picture for the debrief timeline. */
export interface MonthRecord {
  month: number;
  /** Share of the population in entered regions with coverage ≥ 1. */
  controlledShare: number;
  /** Active resisters per 1,000 inhabitants, nationally. */
  resistancePerThousand: number;
  troopsInCountry: number;
}

/** The explanation of one run, filled by runCampaign when asked (recording never changes a result). */
export interface RunRecord {
  qualityEffective: number;
  /** Troops per region after the day-0 plan (index = region). */
  initialAllocation: number[];
  /** days[d - 1]: the explanation of entry day d, one per contested region. */
  days: EntryExplanation[][];
  /** Entry days played before control started. */
  entryDays: number;
  /** months[m - 1]: the explanation of control month m, one per entered region. */
  months: ControlExplanation[][];
  timeline: MonthRecord[];
  /** Troops sent home by the rotation cap, in total. */
  sentHome: number;
  /** Final class of each region (index = region). */
  regionClasses: RegionClass[];
}

/** Play-mode state: plain, serializable data changed only through applyAction (immer). */
export interface GameState {
  scenarioId: string;
  inputs: ResolvedInputs;
  params: ModelParameters;
  seed: string;
  run: number;
  /** The run's whole draw budget, drawn up front, so play and batch consume identical numbers. */
  draws: number[];
  phase: GamePhase;
  /** Entry days resolved so far. */
  day: number;
  /** Control months resolved so far. */
  month: number;
  /** Troops not assigned to any region. */
  reserve: number;
  troopsInitial: number;
  qualityEffective: number;
  regions: RegionState[];
  /** Snapshot at the start of the current turn, for undo. */
  turnStart: { regions: RegionState[]; reserve: number; sentHome?: number; capitalRenewed?: boolean } | null;
  /** Changes made since the turn started (0 = nothing to undo). */
  turnMoves?: number;
  /** Troops sent home so far (rotation cap or rotation/cut). */
  sentHome?: number;
  /** The run's outcome once the game has ended (same shape as runCampaign's). */
  result?: RunOutcome | null;
  /** Consecutive months the key region has had coverage ≥ 1 (capital objective). */
  heldStreak: number;
  /** Limited objective: months of the holding period passed so far. */
  heldMonths: number;
  objectiveMet: boolean;
  /** The capital's culminated attack was renewed by the plan's capital reserve (it is renewed once). */
  capitalRenewed?: boolean;
  /** Model v3 political will: months in a row of resistance above its multiple; the month the intervener left (0 or absent: never). */
  willStreak?: number;
  withdrawnMonth?: number;
  timeline: MonthRecord[];
  /** The defender's set-up and militia timing (two-team play); absent in games from before it: today's rules. */
  defender?: DefenderState;
  /** The intervener's troops per region when day 1 began (the debrief compares them with the plan's day 0). */
  dayOneAllocation?: number[];
  outcome: OutcomeClass | null;
  success: boolean | null;
}
