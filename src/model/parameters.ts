// Global model constants, the same for every scenario. Each has a published source or is marked
// as a design choice; docs/model.md explains them for teachers.
import type { ModelParameters } from './types';

// Terrain classes are an enumeration of the scenario format, declared in scenario-schema.ts.
export { TERRAINS } from './scenario-schema';

// Version 2 (docs/model.md §5, §4): the country plan's capital reserve renews a culminated or stalled
// capital attack, and region classes rest on held coverage instead of the final resistance.
// Version 3 (docs/model.md §4b): the control phase's six mechanisms (responsive hostility and outside
// support, defenders who go to ground, hostility over 0-1, host forces toward a target never below
// their start, reconciliation, political will), calibrated on 18 historical cases.
export const MODEL_VERSION = 3;

/**
 * Older versions whose share links still apply their changed inputs: every input path of version 1
 * means the same in version 2 (version 2 only adds the advanced inputs), and every path of version 2
 * the same in version 3 (version 3 only adds inputs; a file without them runs at their defaults).
 * Their results may differ, and the link's reader says so (notice link/older-version).
 */
export const OLDER_MODEL_VERSIONS: readonly number[] = [1, 2];

export const DEFAULT_PARAMETERS: ModelParameters = {
  crtSlope: 0.9, // ML fit to 672 division-level engagements (Lawrence, War by Numbers, 2017)
  crtMidpoint: 1.0, // same fit: even odds at 1:1
  winsToEnter: 5, // design: a campaign ≈ ten engagements
  lossesToCulminate: 5, // design
  loserAttrition: 0.04, // Dupuy's 1-3%/day attrition verity, order of magnitude
  winnerAttrition: 0.01, // same
  entryDays: 60, // design: T_A
  controlMonths: 36, // design: T_B
  terrain: { open: 1.0, mixed: 1.3, urban: 1.4, rugged: 1.5 }, // Dupuy QJM terrain factors
  resistanceFromRegulars: 0.02, // design φ
  resistanceFromMilitia: 0.05, // design μ
  resistanceFloor: 1e-4, // design ψ
  hostTarget: 0.004, // policing tier, 4 per 1,000 (Quinlivan 2003: 1-4)
  hostGrowthMonths: 24, // design, calibrated on history (docs/model-v3-calibration.md); published host-force paths were slower (150 months, docs/model.md §4b)
  hostWeight: 0.5, // design e_H
  perResister: 10, // ≥10 security personnel per active insurgent (Lawrence / Dupuy Institute)
  growthScale: 0.03, // design s (Epstein 2002 shape)
  resistanceNoise: 0.1, // design σ
  resistanceCap: 0.05, // design: at most 5% of the opposed population active
  capitalStallDays: 20, // design: twice the length of a typical walk at R*
  stabilizedHoldMonths: 6, // design: coverage held for the last half-year (docs/model.md §4)
  failedResistanceMultiple: 3, // design: resistance more than tripled
  capitalHoldMonths: 3, // design
  stabilizedPopulationShare: 0.75, // design
  failedPopulationShare: 0.5, // design
  qualityVaries: true,
  // Model v3 (docs/model.md §4b). Calibrated values are chosen by scripts/calibrate.ts on the
  // calibration half of the history table (docs/model-v3-calibration.md), one set for every scenario.
  hostilityResponse: 0, // design ζ, calibrated on history (docs/model-v3-calibration.md): hostility toward g_0 + ζ·(foreign share of security)
  hostilityMonths: 12, // design T_g: a year to move most of the way
  outsideSupportGrowth: 0, // design s_o, calibrated on history: extra monthly growth at full outside support
  reconciliationRate: 0.1, // design ρ: a tenth of the reconcilable part a covered month
  willMonths: 99, // design W, calibrated on history (99: never within the 36 months)
  willMultiple: 2, // design: resistance doubled
};
