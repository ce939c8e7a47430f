// TEMPORARY stand-in for the engine kernel (src/engine/campaign.ts + batch.ts), used only until
// those land. A crude single-walk version of docs/model.md: seeded per run from `${seed}:${run}`
// (alea), fixed draw budget, so the analysis plumbing (workers, merging, charts) can be built and
// tested against something deterministic. Delete once src/engine exports runBatch.
import seedrandom from 'seedrandom';
import type { ModelParameters, OutcomeClass, ResolvedInputs } from '../../model/types';

export interface StandinOutcome {
  entered: boolean;
  success: boolean;
  outcome: OutcomeClass;
  capitalDay: number | null;
}

export function standinRun(inputs: ResolvedInputs, params: ModelParameters, seed: string, run: number): StandinOutcome {
  const rng = seedrandom.alea(`${seed}:${run}`);
  const u1 = rng() || 1e-12;
  const u2 = rng();
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  const qNom = Math.pow(inputs.quality, 1 - inputs.mastery);
  const q = params.qualityVaries ? qNom * Math.exp(inputs.qualitySpread * z) : qNom;
  const k = inputs.keyRegion;
  const capital = k === inputs.capitalIndex;
  const fighting = inputs.cohesion * inputs.regulars;
  let defenders = fighting * ((capital ? inputs.capitalShare : 0) + (1 - inputs.capitalShare) * inputs.share[k]);
  const resist = inputs.posture * inputs.terrainFactor[k];
  const needed = (inputs.targetRatio * defenders * resist) / qNom;
  let attackers = inputs.objective === 'country' ? Math.min(inputs.troops, needed) : inputs.troops;
  let score = 0;
  let day: number | null = null;
  let failed = false;
  for (let d = 1; d <= params.entryDays && d <= 60; d++) {
    const u = rng();
    if (day !== null || failed) continue;
    if (attackers <= 0) { failed = true; continue; }
    if (defenders <= 0) { day = d; continue; }
    const ratio = (attackers * q) / (defenders * resist);
    const p = 1 / (1 + Math.pow(ratio / params.crtMidpoint, -params.crtSlope));
    if (u < p) { score += 1; defenders *= 1 - params.loserAttrition; attackers *= 1 - params.winnerAttrition; }
    else { score -= 1; attackers *= 1 - params.loserAttrition; defenders *= 1 - params.winnerAttrition; }
    if (score >= params.winsToEnter) day = d;
    else if (score <= -params.lossesToCulminate) failed = true;
  }
  const entered = day !== null;
  const popKey = inputs.population * (inputs.objective === 'country' ? 1 : inputs.share[k]);
  const troopsHeld = inputs.objective === 'country' ? Math.min(inputs.troops, inputs.sustainableForce) : inputs.troops;
  const host = inputs.hostRetained * inputs.hostPreWar * (popKey / inputs.population) * params.hostWeight;
  const density = (troopsHeld + host) / (popKey / 1000);
  const g = Math.min(0.7, Math.max(0.1, inputs.hostility));
  const need = 2 * Math.pow(10, (g - 0.1) / 0.6);
  const coverage = (density / need) * Math.exp(params.resistanceNoise * 2 * (rng() - 0.5));
  let outcome: OutcomeClass = 'entry-failed';
  if (entered) outcome = coverage >= 1.15 ? 'stabilized' : coverage >= 0.85 ? 'contested' : 'failed';
  const success = entered && (inputs.objective === 'country' ? outcome === 'stabilized' : coverage >= 1);
  return { entered, success, outcome, capitalDay: capital ? day : null };
}
