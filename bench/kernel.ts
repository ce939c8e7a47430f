// A bare kernel of the same equations as src/engine (formulas.ts, core.ts, plan.ts, campaign.ts):
// one function, module-level typed arrays, no state object, no helper calls in the loops. It exists
// only to measure what the engine's structure costs (kernelRatio in engine.bench.ts), so it must
// reproduce the engine's outcomes exactly; the bench checks that on a few hundred runs before
// reporting any ratio. Same plan, same draws, same order of floating-point operations.
import type { ModelParameters, ResolvedInputs } from '../src/model/types';

const IDLE = 0;
const COMMITTED = 1;
const ENTERED = 2;
const CULMINATED = 3;
const STALEMATE = 4;
const STABILIZED = 0;
const CONTESTED = 1;
const FAILED = 2;

/** Outcome of one bare run, written into a reused object (no allocation per run). */
export interface BareOutcome {
  /** 0 entry-failed, 1 failed, 2 contested, 3 stabilized (OUTCOME_CLASSES order). */
  outcome: number;
  entered: boolean;
  success: boolean;
  capitalDay: number;
  enteredPopulationShare: number;
  stabilizedPopulationShare: number;
}

let size = -1;
let thousands = new Float64Array(0);
let entryNeed = new Float64Array(0);
let holdNeed = new Float64Array(0);
let hostilityTroops = new Float64Array(0);
let resistersStart = new Float64Array(0);
let hostStart = new Float64Array(0);
let hostTarget = new Float64Array(0);
let resistanceCap = new Float64Array(0);
let order = new Int32Array(0);
let status = new Int8Array(0);
let enteredDay = new Int32Array(0);
let fought = new Int32Array(0);
let walkLogRatio = new Float64Array(0);
/** p by region and score (slot r·(W+L+1) + B + L), NaN until the walk first reaches that score. */
let walkChance = new Float64Array(0);
let troops = new Float64Array(0);
let defenders = new Float64Array(0);
let score = new Float64Array(0);
let hostForces = new Float64Array(0);
let resisters = new Float64Array(0);
let resistersInitial = new Float64Array(0);
let coverage = new Float64Array(0);
let regionClass = new Int8Array(0);
let fillIndex = new Int32Array(0);
let fillKey = new Float64Array(0);
let fillNeed = new Float64Array(0);
let fillBase = new Float64Array(0);
// Noise factors cached by the two uniforms they came from (as the engine does), so a sweep pays the
// log/sqrt/cos/exp once per run and buffer contents, at any troop level.
let noiseU1 = new Float64Array(0);
let noiseU2 = new Float64Array(0);
let noiseValue = new Float64Array(0);
let noiseSigma = Number.NaN;

function ensure(n: number): void {
  if (n === size) return;
  size = n;
  thousands = new Float64Array(n);
  entryNeed = new Float64Array(n);
  holdNeed = new Float64Array(n);
  hostilityTroops = new Float64Array(n);
  resistersStart = new Float64Array(n);
  hostStart = new Float64Array(n);
  hostTarget = new Float64Array(n);
  resistanceCap = new Float64Array(n);
  order = new Int32Array(n);
  status = new Int8Array(n);
  enteredDay = new Int32Array(n);
  fought = new Int32Array(n);
  walkLogRatio = new Float64Array(n);
  troops = new Float64Array(n);
  defenders = new Float64Array(n);
  score = new Float64Array(n);
  hostForces = new Float64Array(n);
  resisters = new Float64Array(n);
  resistersInitial = new Float64Array(n);
  coverage = new Float64Array(n);
  regionClass = new Int8Array(n);
  fillIndex = new Int32Array(n);
  fillKey = new Float64Array(n);
  fillNeed = new Float64Array(n);
  fillBase = new Float64Array(n);
}

// The growth factor exp(γ(q)) below q = 12 by cubic Hermite interpolation in a table every 1/1024
// of q, built with the engine's arithmetic (formulas.growthFactor); exact above.
const GROWTH_STEPS = 1024;
const GROWTH_MAX = 12;
let growthScale = Number.NaN;
let growthValues = new Float64Array(0);
let growthSlopes = new Float64Array(0);

function buildGrowthTable(scale: number): void {
  const nodes = GROWTH_MAX * GROWTH_STEPS + 2;
  growthValues = new Float64Array(nodes);
  growthSlopes = new Float64Array(nodes);
  for (let i = 0; i < nodes; i++) {
    const x = Math.exp(-Math.LN10 * (i / GROWTH_STEPS));
    const f = Math.exp(scale * (10 * x - 1));
    growthValues[i] = f;
    growthSlopes[i] = (f * scale * 10 * -Math.LN10 * x) / GROWTH_STEPS;
  }
  growthScale = scale;
}

/** Water-fill over fillIndex[0..count): the engine's plan.waterFill, inlined state. */
function waterFill(count: number, total: number): number {
  if (count === 0 || !(total > 0)) return 0;
  for (let i = 0; i < count; i++) {
    const r = fillIndex[i];
    const k = fillBase[r] / fillNeed[r];
    let j = i;
    while (j > 0 && fillKey[j - 1] > k) {
      fillIndex[j] = fillIndex[j - 1];
      fillKey[j] = fillKey[j - 1];
      j--;
    }
    fillIndex[j] = r;
    fillKey[j] = k;
  }
  let sumNeed = 0;
  let sumBase = 0;
  let level = 0;
  let active = 0;
  for (let i = 0; i < count; i++) {
    const r = fillIndex[i];
    sumNeed += fillNeed[r];
    sumBase += fillBase[r];
    active = i + 1;
    level = (total + sumBase) / sumNeed;
    if (i + 1 >= count || level <= fillKey[i + 1]) break;
  }
  let placed = 0;
  for (let i = 0; i < active; i++) {
    const r = fillIndex[i];
    const add = Math.max(0, level * fillNeed[r] - fillBase[r]);
    troops[r] += add;
    placed += add;
  }
  return placed;
}

export function bareRun(inp: ResolvedInputs, prm: ModelParameters, draws: Float64Array, out: BareOutcome): BareOutcome {
  const n = inp.share.length;
  ensure(n);
  const TA = prm.entryDays;
  const TB = prm.controlMonths;
  const eH = prm.hostWeight;
  const lambda = prm.perResister;
  const sigma = prm.resistanceNoise;
  const s = prm.growthScale;
  const cap = inp.capitalIndex;
  const key = inp.keyRegion;
  const country = inp.objective === 'country';
  const capitalObjective = inp.objective === 'capital';

  // Quality of the run.
  const zq = Math.sqrt(-2 * Math.log(1 - draws[0])) * Math.cos(2 * Math.PI * draws[1]);
  const qRun = prm.qualityVaries ? inp.quality * Math.exp(inp.qualitySpread * zq) : inp.quality;
  const qEff = Math.pow(qRun, 1 - inp.mastery);
  const qNom = Math.pow(inp.quality, 1 - inp.mastery);

  for (let r = 0; r < n; r++) {
    const share = inp.share[r];
    const people = inp.population * share;
    const th = people / 1000;
    const fighting = inp.cohesion * inp.regulars;
    const d0 = n === 1 ? fighting : fighting * ((r === cap ? inp.capitalShare : 0) + (1 - inp.capitalShare) * share);
    const g = inp.regionHostility[r];
    const gc = Math.min(0.7, Math.max(0.1, g));
    const dPop = 2 * Math.exp(Math.LN10 * ((gc - 0.1) / 0.6));
    const i0 = Math.max(
      prm.resistanceFromRegulars * d0 + prm.resistanceFromMilitia * inp.militia * share,
      prm.resistanceFloor * g * people,
    );
    const h0 = inp.hostRetained * inp.hostPreWar * share;
    const req0 = Math.max(dPop, lambda * (i0 / th));
    const hold = Math.max(0, req0 * th - eH * h0);
    thousands[r] = th;
    hostilityTroops[r] = dPop * th;
    resistersStart[r] = i0;
    hostStart[r] = h0;
    hostTarget[r] = prm.hostTarget * people;
    resistanceCap[r] = prm.resistanceCap * g * people;
    holdNeed[r] = hold;
    entryNeed[r] = d0 > 0 ? (inp.targetRatio * d0 * inp.posture * inp.terrainFactor[r]) / qNom : Math.max(1, hold);
    status[r] = IDLE;
    fought[r] = 0;
    walkLogRatio[r] = 0;
    enteredDay[r] = 0;
    troops[r] = 0;
    defenders[r] = d0;
    score[r] = 0;
    hostForces[r] = 0;
    resisters[r] = 0;
    resistersInitial[r] = 0;
    coverage[r] = 0;
  }
  let filled = 0;
  order[filled++] = cap;
  for (let r = 0; r < n; r++) {
    if (r === cap) continue;
    let j = filled;
    while (j > 1 && inp.share[order[j - 1]] < inp.share[r]) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = r;
    filled++;
  }
  const slots = TB * n;
  if (noiseValue.length !== slots || noiseSigma !== sigma) {
    noiseU1 = new Float64Array(slots).fill(Number.NaN);
    noiseU2 = new Float64Array(slots);
    noiseValue = new Float64Array(slots);
    noiseSigma = sigma;
  }
  if (s !== growthScale) buildGrowthTable(s);
  let reserve = inp.troops;

  // Day-0 plan.
  if (reserve > 0) {
    if (!country) {
      troops[key] += reserve;
      reserve = 0;
      status[key] = COMMITTED;
    } else {
      let remaining = reserve;
      for (let i = 0; i < n && remaining > 0; i++) {
        const r = order[i];
        if (status[r] !== IDLE) continue;
        const need = entryNeed[r];
        let give = 0;
        if (need <= remaining) give = need;
        else if (r === cap) give = remaining;
        if (give > 0) {
          troops[r] += give;
          remaining -= give;
          status[r] = COMMITTED;
        }
      }
      reserve = remaining;
      if (remaining > 0) {
        // The capital is left out of the left-over fill when there are other regions (keeps its
        // entry chance monotone in N); a one-region scenario fills its single theatre.
        let count = 0;
        for (let r = 0; r < n; r++) {
          if (status[r] !== COMMITTED) continue;
          if (n > 1 && r === cap) continue;
          fillIndex[count++] = r;
          fillNeed[r] = holdNeed[r] + eH * hostStart[r];
          fillBase[r] = troops[r] + eH * hostStart[r];
        }
        if (count > 0 && waterFill(count, reserve) > 0) reserve = 0;
      }
    }
  }

  // Phase A.
  const win = prm.winsToEnter;
  const loss = -prm.lossesToCulminate;
  const slope = prm.crtSlope;
  // Along a walk R = R0·c^B (c = (1 − ℓ_W)/(1 − ℓ_L)), so p depends on the starting ratio and the score only.
  const stride = prm.winsToEnter + prm.lossesToCulminate + 1;
  const logStep = Math.log((1 - prm.winnerAttrition) / (1 - prm.loserAttrition));
  if (walkChance.length !== n * stride) walkChance = new Float64Array(n * stride);
  walkChance.fill(Number.NaN);
  for (let day = 1; day <= TA; day++) {
    let contested = 0;
    for (let r = 0; r < n; r++) if (status[r] === COMMITTED) contested++;
    if (contested === 0) break;
    const lastDay = day >= TA;
    const base = 2 + (day - 1) * n;
    for (let r = 0; r < n; r++) {
      if (status[r] !== COMMITTED) continue;
      const a = troops[r];
      const d = defenders[r];
      const firstDay = fought[r] === 0;
      fought[r]++;
      if (!(d > 0)) {
        status[r] = ENTERED;
        enteredDay[r] = day;
        continue;
      }
      let sc = score[r];
      if (firstDay) walkLogRatio[r] = Math.log((a * qEff) / (d * inp.posture * inp.terrainFactor[r]) / prm.crtMidpoint);
      const slot = r * stride + sc + prm.lossesToCulminate;
      let p = walkChance[slot];
      if (p !== p) {
        p = 1 / (1 + Math.exp(-slope * (walkLogRatio[r] + sc * logStep)));
        walkChance[slot] = p;
      }
      if (draws[base + r] < p) {
        sc += 1;
        defenders[r] = d * (1 - prm.loserAttrition);
        troops[r] = a * (1 - prm.winnerAttrition);
      } else {
        sc -= 1;
        troops[r] = a * (1 - prm.loserAttrition);
        defenders[r] = d * (1 - prm.winnerAttrition);
      }
      score[r] = sc;
      if (sc >= win) {
        status[r] = ENTERED;
        enteredDay[r] = day;
      } else if (sc <= loss) {
        status[r] = CULMINATED;
        reserve += troops[r];
        troops[r] = 0;
      } else if (lastDay) {
        status[r] = STALEMATE;
        reserve += troops[r];
        troops[r] = 0;
      }
    }
    // Rolling entry (country only).
    if (day < TA && country) {
      for (let r = 0; r < n; r++) {
        if (status[r] === ENTERED && troops[r] > holdNeed[r]) {
          reserve += troops[r] - holdNeed[r];
          troops[r] = holdNeed[r];
        }
      }
      if (TA - day >= win) {
        for (let i = 0; i < n; i++) {
          if (!(reserve > 0)) break;
          const r = order[i];
          if (status[r] !== IDLE) continue;
          const need = entryNeed[r];
          if (need <= reserve) {
            troops[r] += need;
            reserve -= need;
            status[r] = COMMITTED;
          }
        }
      }
    }
  }

  // Phase B (skipped when nothing was entered: it changes nothing the outcome reads).
  let anyEntered = false;
  for (let r = 0; r < n; r++) {
    if (status[r] === ENTERED) {
      anyEntered = true;
      hostForces[r] = hostStart[r];
      resisters[r] = resistersStart[r];
      resistersInitial[r] = resistersStart[r];
    }
  }
  const controlBase = 2 + n * TA;
  const noiseShift = (sigma * sigma) / 2;
  let heldStreak = 0;
  let heldMonths = 0;
  let objectiveMet = false;
  const months = anyEntered ? TB : 0;
  for (let month = 1; month <= months; month++) {
    let total = reserve;
    for (let r = 0; r < n; r++) total += troops[r];
    if (month >= inp.rotationMonth && total > inp.sustainableForce) total = inp.sustainableForce;
    let count = 0;
    for (let r = 0; r < n; r++) {
      troops[r] = 0;
      if (status[r] !== ENTERED) continue;
      fillIndex[count++] = r;
      fillNeed[r] = Math.max(hostilityTroops[r], lambda * resisters[r]);
      fillBase[r] = eH * hostForces[r];
    }
    if (count === 0) reserve = total;
    else {
      reserve = 0;
      if (!(waterFill(count, total) > 0)) reserve = total;
    }

    for (let r = 0; r < n; r++) {
      if (status[r] !== ENTERED) {
        coverage[r] = 0;
        continue;
      }
      const q = (troops[r] + eH * hostForces[r]) / Math.max(hostilityTroops[r], lambda * resisters[r]);
      coverage[r] = q;
      let growth: number;
      if (!(q < GROWTH_MAX) || !(q >= 0)) growth = Math.exp(Math.max(s * (10 * Math.exp(-Math.LN10 * q) - 1), -s));
      else {
        const t = q * GROWTH_STEPS;
        const i = t | 0;
        const u = t - i;
        const u2 = u * u;
        const u3 = u2 * u;
        growth =
          growthValues[i] * (2 * u3 - 3 * u2 + 1) +
          growthSlopes[i] * (u3 - 2 * u2 + u) +
          growthValues[i + 1] * (3 * u2 - 2 * u3) +
          growthSlopes[i + 1] * (u3 - u2);
      }
      const at = controlBase + 2 * ((month - 1) * n + r);
      const slot = (month - 1) * n + r;
      const u1 = draws[at];
      const u2 = draws[at + 1];
      let noise: number;
      if (noiseU1[slot] === u1 && noiseU2[slot] === u2) noise = noiseValue[slot];
      else {
        const z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
        noise = Math.exp(sigma * z - noiseShift);
        noiseU1[slot] = u1;
        noiseU2[slot] = u2;
        noiseValue[slot] = noise;
      }
      resisters[r] = Math.min(resistanceCap[r], resisters[r] * growth * noise);
      hostForces[r] = hostForces[r] + (hostTarget[r] - hostForces[r]) / prm.hostGrowthMonths;
    }
    const keyCovered = status[key] === ENTERED && coverage[key] >= 1;
    if (capitalObjective) {
      heldStreak = keyCovered ? heldStreak + 1 : 0;
      if (heldStreak >= prm.capitalHoldMonths) objectiveMet = true;
    } else if (!country) {
      if (month <= inp.holdMonths && keyCovered && heldMonths === month - 1) heldMonths = month;
      if (heldMonths >= inp.holdMonths) objectiveMet = true;
    }
  }

  // Classification.
  let entered = 0;
  let stabilized = 0;
  let failed = 0;
  for (let r = 0; r < n; r++) {
    const share = inp.share[r];
    let klass = FAILED;
    if (status[r] === ENTERED) {
      entered += share;
      const q = (troops[r] + eH * hostForces[r]) / Math.max(hostilityTroops[r], lambda * resisters[r]);
      const i = resisters[r];
      const i0 = resistersInitial[r];
      if (q >= 1 && i <= i0) klass = STABILIZED;
      else if (i > 3 * i0) klass = FAILED;
      else klass = CONTESTED;
    }
    regionClass[r] = klass;
    if (klass === STABILIZED) stabilized += share;
    else if (klass === FAILED) failed += share;
  }
  const keyEntered = status[key] === ENTERED;
  let outcome: number;
  let success: boolean;
  if (!keyEntered) {
    outcome = 0;
    success = false;
  } else if (country) {
    if (regionClass[key] === STABILIZED && stabilized >= prm.stabilizedPopulationShare) outcome = 3;
    else if (failed >= prm.failedPopulationShare) outcome = 1;
    else outcome = 2;
    success = outcome === 3;
  } else {
    // Region class → national class: stabilized 3, contested 2, failed 1.
    outcome = regionClass[key] === STABILIZED ? 3 : regionClass[key] === CONTESTED ? 2 : 1;
    success = objectiveMet;
  }
  out.outcome = outcome;
  out.entered = keyEntered;
  out.success = success;
  out.capitalDay = enteredDay[cap];
  out.enteredPopulationShare = entered;
  out.stabilizedPopulationShare = stabilized;
  return out;
}
