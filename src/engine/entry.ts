// Phase A rule step (docs/model.md §3): one entry day in every contested region — the CRT walk, attrition,
// entered / culminated / stalemate, unopposed entry — with an optional explanation per region.
import type { EntryExplanation } from '../model/types';
import type { Core } from './core';
import { COMMITTED, CULMINATED, ENTERED, STALEMATE } from './core';
import { combatRatio, dieFace, oddsColumn, walkProbability, winningFaces } from './formulas';
import { entryDrawIndex } from './rng';

/**
 * Resolve entry day `day` (1-based) in every contested region, in region order. Culminated and
 * (on day T_A) stalemated regions send their survivors to the reserve. Explanations go to `sink`.
 */
/** Bound on the stored walk log-ratio (beyond any finite double's log). */
const MAX_LOG_RATIO = 800;

export function resolveEntryDay(core: Core, day: number, draws: ArrayLike<number>, sink: EntryExplanation[] | null): void {
  const { n, inputs } = core;
  const lastDay = day >= core.entryDays;
  const win = core.winsToEnter;
  const loss = -core.lossesToCulminate;
  const stride = core.winsToEnter + core.lossesToCulminate + 1;
  core.day = day;
  for (let r = 0; r < n; r++) {
    if (core.status[r] !== COMMITTED) continue;
    const attackers = core.troops[r];
    const defenders = core.defenders[r];
    const firstDay = core.fought[r] === 0;
    core.fought[r]++;
    if (!(defenders > 0)) {
      // Unopposed: entered on its first day, no draw used.
      core.status[r] = ENTERED;
      core.enteredDay[r] = day;
      if (sink) sink.push(unopposedExplanation(core, r, attackers));
      continue;
    }
    let score = core.score[r];
    const row = r * stride;
    if (firstDay) {
      // The ratio overflows to ∞ (or 0) with vanishing defenders (or attackers); the log of any finite
      // double lies within ±745, so clamping at ±800 keeps p identical and the state finite.
      const logRatio = Math.log(combatRatio(attackers, core.qualityEffective, defenders, core.posture[r], core.terrain[r]) / core.crtMidpoint);
      core.walkLogRatio[r] = Math.min(MAX_LOG_RATIO, Math.max(-MAX_LOG_RATIO, logRatio));
    }
    // p depends only on the walk's starting ratio and its score: computed once per score visited.
    const slot = row + score + core.lossesToCulminate;
    let p = core.walkChance[slot];
    if (Number.isNaN(p)) {
      p = walkProbability(core.walkLogRatio[r], score, core.logStep, core);
      core.walkChance[slot] = p;
    }
    const u = draws[entryDrawIndex(n, day - 1, r)];
    const advanced = u < p;
    if (advanced) {
      score += 1;
      core.defenders[r] = defenders * (1 - core.loserAttrition);
      core.troops[r] = attackers * (1 - core.winnerAttrition);
    } else {
      score -= 1;
      core.troops[r] = attackers * (1 - core.loserAttrition);
      core.defenders[r] = defenders * (1 - core.winnerAttrition);
    }
    core.score[r] = score;
    let result: EntryExplanation['result'] = 'continues';
    if (score >= win) {
      core.status[r] = ENTERED;
      core.enteredDay[r] = day;
      result = 'entered';
    } else if (score <= loss) {
      core.status[r] = CULMINATED;
      core.reserve += core.troops[r];
      core.troops[r] = 0;
      result = 'culminated';
    } else if (lastDay) {
      core.status[r] = STALEMATE;
      core.reserve += core.troops[r];
      core.troops[r] = 0;
      result = 'stalemate';
    }
    if (sink) {
      const w = winningFaces(p);
      const ratio = combatRatio(attackers, core.qualityEffective, defenders, core.posture[r], core.terrain[r]);
      sink.push({
        region: inputs.regionIds[r],
        attackers,
        defenders,
        qualityEffective: core.qualityEffective,
        posture: core.posture[r],
        terrain: inputs.terrainFactor[r],
        ratio,
        column: oddsColumn(ratio),
        probability: p,
        winningFaces: w,
        draw: u,
        die: dieFace(u, p),
        advanced,
        scoreAfter: score,
        result,
      });
    }
  }
}

function unopposedExplanation(core: Core, r: number, attackers: number): EntryExplanation {
  return {
    region: core.inputs.regionIds[r],
    attackers,
    defenders: 0,
    qualityEffective: core.qualityEffective,
    posture: core.posture[r],
    terrain: core.inputs.terrainFactor[r],
    ratio: 0,
    column: 'unopposed',
    probability: 1,
    winningFaces: 10,
    draw: 0,
    die: 1,
    advanced: true,
    scoreAfter: core.score[r],
    result: 'entered',
    unopposed: true,
  };
}

/**
 * A renewed attack (the capital's reserve, plan.ts): from the next day the walk fights at the ratio
 * of its forces now, from a score no worse than even (max(B, 0)). The walk keeps p as a function of
 * its start ratio and score (formulas.walkProbability), so the start ratio is set to the one that
 * gives today's ratio at that score, and the region's cached chances are cleared.
 */
export function renewWalk(core: Core, r: number): void {
  const score = Math.max(0, core.score[r]);
  const ratio = combatRatio(core.troops[r], core.qualityEffective, core.defenders[r], core.posture[r], core.terrain[r]) / core.crtMidpoint;
  const logRatio = Math.min(MAX_LOG_RATIO, Math.max(-MAX_LOG_RATIO, Math.log(ratio)));
  core.score[r] = score;
  core.walkLogRatio[r] = logRatio - score * core.logStep;
  const stride = core.winsToEnter + core.lossesToCulminate + 1;
  core.walkChance.fill(Number.NaN, r * stride, (r + 1) * stride);
}
