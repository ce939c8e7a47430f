// The automatic plan (docs/model.md §5): the day-0 allocation, the rolling-entry moves
// after each entry day, and the monthly water-filling with the rotation cap. The kernel applies it
// every run; play applies the same functions on plan/apply and shows them as advice.
// Water-filling sorts region indices by insertion into preallocated buffers: no allocation per month.
import type { Core } from './core';
import { COMMITTED, CULMINATED, ENTERED, IDLE } from './core';
import { troopsInCountry } from './core-counts';
import { needOf } from './control';
import { renewWalk } from './entry';

/**
 * Water-fill `total` troops over the `count` regions listed in core.fillIndex, with, for region r,
 * need K_r (troops-equivalent for q = 1, in core.fillNeed[r]) and base b_r (troop-equivalents already
 * there, core.fillBase[r]): find the level λ with Σ max(0, λ·K_r − b_r) = total and add
 * max(0, λ·K_r − b_r) to core.troops[r]. The lowest coverage b/K is raised first; regions above
 * the final level get nothing. Returns the troops placed (= total up to rounding).
 */
export function waterFill(core: Core, count: number, total: number): number {
  if (count === 0 || !(total > 0)) return 0;
  const idx = core.fillIndex;
  const key = core.fillKey;
  const need = core.fillNeed;
  const base = core.fillBase;
  // Insertion sort of the listed indices by b/K (ascending), keys kept alongside.
  for (let i = 0; i < count; i++) {
    const r = idx[i];
    const k = base[r] / need[r];
    let j = i;
    while (j > 0 && key[j - 1] > k) {
      idx[j] = idx[j - 1];
      key[j] = key[j - 1];
      j--;
    }
    idx[j] = r;
    key[j] = k;
  }
  let sumNeed = 0;
  let sumBase = 0;
  let level = 0;
  let active = 0;
  for (let i = 0; i < count; i++) {
    const r = idx[i];
    sumNeed += need[r];
    sumBase += base[r];
    active = i + 1;
    level = (total + sumBase) / sumNeed;
    if (i + 1 >= count || level <= key[i + 1]) break;
  }
  let placed = 0;
  for (let i = 0; i < active; i++) {
    const r = idx[i];
    const add = Math.max(0, level * need[r] - base[r]);
    core.troops[r] += add;
    placed += add;
  }
  return placed;
}

/**
 * Day-0 allocation from the reserve. capital/limited: every troop to the key region. country: the
 * capital to R* (or all troops), then the other regions by population, each to R*, skipping any that
 * cannot be brought to R*; left-over troops water-fill the projected start-of-control coverage of the
 * committed regions other than the capital (see fillProjected). When every region can be brought to
 * R* on a board of several regions (N > Σ R*-needs), the surplus instead stays in reserve as the
 * capital's reserve: it renews the capital's attack if that culminates (planRolling).
 */
export function planInitial(core: Core): void {
  const { n, inputs } = core;
  if (!(core.reserve > 0)) return;
  if (inputs.objective !== 'country') {
    const key = inputs.keyRegion;
    core.troops[key] += core.reserve;
    core.reserve = 0;
    core.status[key] = COMMITTED;
    return;
  }
  let remaining = core.reserve;
  for (let i = 0; i < n && remaining > 0; i++) {
    const r = core.order[i];
    if (core.status[r] !== IDLE) continue;
    const need = core.entryNeed[r];
    let give = 0;
    if (need <= remaining) give = need;
    else if (r === inputs.capitalIndex) give = remaining;
    if (give > 0) {
      core.troops[r] += give;
      remaining -= give;
      core.status[r] = COMMITTED;
    }
  }
  core.reserve = remaining;
  if (remaining > 0 && !capitalReserveHeld(core)) fillProjected(core);
}

/**
 * The country plan holds its surplus as the capital's reserve: several regions and more troops than
 * every region's R*-need together. Then every region starts at exactly its need, so the whole entry
 * phase up to the capital's culmination is the same at every such N, and the reserve at that moment
 * is that phase's returns plus N − Σ needs: rising with N. That keeps the chance of entering the
 * capital non-decreasing in N run by run (common random numbers), as padding the capital would not.
 */
export function capitalReserveHeld(core: Core): boolean {
  return core.n > 1 && core.inputs.objective === 'country' && core.inputs.troops > core.entryNeedTotal;
}

/**
 * Renew the capital's attack once with the whole reserve, when the plan holds a capital reserve and
 * the attack has culminated, or is still undecided after capitalStallDays: the fresh troops (with
 * the survivors) fight on from the next day at the ratio of the renewed force against the defenders
 * left, from a score no worse than even (max(B, 0); entry.ts renewWalk). Every way the first attack
 * can fail passes through one of the two while W days remain, so entry approaches certainty as N
 * grows. Both happen on a day, and after a first walk, that are the same at every N above Σ needs,
 * with a reserve that rises with N: the chance of entering the capital still never falls with N.
 */
function renewCapital(core: Core): void {
  const cap = core.inputs.capitalIndex;
  if (core.capitalRenewed || !capitalReserveHeld(core) || !(core.reserve > 0)) return;
  const culminated = core.status[cap] === CULMINATED;
  const stalled = core.status[cap] === COMMITTED && core.fought[cap] >= core.params.capitalStallDays;
  if (!culminated && !stalled) return;
  core.troops[cap] += core.reserve;
  core.reserve = 0;
  core.status[cap] = COMMITTED;
  core.capitalRenewed = true;
  renewWalk(core, cap);
}

/**
 * Water-fill the reserve over committed regions by projected start-of-control coverage. The capital
 * is left out when other regions can take the troops (several regions): its day-0 force is then
 * exactly min(N, R*-need), which keeps the chance of entering it non-decreasing in N. Padding it
 * with left-overs made that chance dip whenever a larger N let one more region reach R* and pulled
 * the left-overs away (−0.5 points at 80,000 on the 7-region board). With no other committed
 * region the left-overs wait in reserve and roll on once the capital is entered; a one-region
 * scenario keeps the single theatre: every troop fights there.
 */
function fillProjected(core: Core): void {
  const { n } = core;
  const skipCapital = n > 1;
  let count = 0;
  for (let r = 0; r < n; r++) {
    if (core.status[r] !== COMMITTED) continue;
    if (skipCapital && r === core.inputs.capitalIndex) continue;
    core.fillIndex[count++] = r;
    core.fillNeed[r] = core.holdNeed[r] + core.hostWeight * core.hostStart[r];
    core.fillBase[r] = core.troops[r] + core.hostWeight * core.hostStart[r];
  }
  if (count === 0) return;
  const placed = waterFill(core, count, core.reserve);
  core.reserve = placed > 0 ? 0 : core.reserve;
}

/**
 * Rolling entry after entry day `day` (country objective only): entered regions keep what they need
 * to hold (q = 1 at the start of control) and send the rest to the reserve; while at least W days
 * remain, a culminated capital attack is renewed once by the capital's reserve (renewCapital), and
 * the reserve starts the next untouched regions in plan order, each at R*, skipping any it cannot
 * bring to R*. Other culminated and stalemated regions are not retried.
 */
export function planRolling(core: Core, day: number): void {
  const { n, inputs } = core;
  if (inputs.objective !== 'country') return;
  for (let r = 0; r < n; r++) {
    if (core.status[r] === ENTERED && core.troops[r] > core.holdNeed[r]) {
      core.reserve += core.troops[r] - core.holdNeed[r];
      core.troops[r] = core.holdNeed[r];
    }
  }
  if (core.entryDays - day < core.winsToEnter) return;
  renewCapital(core);
  for (let i = 0; i < n; i++) {
    if (!(core.reserve > 0)) break;
    const r = core.order[i];
    if (core.status[r] !== IDLE) continue;
    const need = core.entryNeed[r];
    if (need <= core.reserve) {
      core.troops[r] += need;
      core.reserve -= need;
      core.status[r] = COMMITTED;
    }
  }
}

/**
 * The month's allocation (all objectives): every troop in country water-fills coverage q over the
 * entered regions; from month T_rot the total is capped at S_max (the excess goes home), which
 * cuts from the highest q. Returns the troops sent home this month.
 */
export function planMonth(core: Core, month: number): number {
  const { n, inputs } = core;
  let total = troopsInCountry(core);
  let cut = 0;
  if (month >= inputs.rotationMonth && total > inputs.sustainableForce) {
    cut = total - inputs.sustainableForce;
    total = inputs.sustainableForce;
    core.sentHome += cut;
  }
  let count = 0;
  for (let r = 0; r < n; r++) {
    if (core.status[r] !== ENTERED) {
      core.troops[r] = 0;
      continue;
    }
    core.troops[r] = 0;
    core.fillIndex[count++] = r;
    core.fillNeed[r] = needOf(core, r);
    core.fillBase[r] = core.hostWeight * core.hostForces[r];
  }
  if (count === 0) {
    core.reserve = total;
    return cut;
  }
  core.reserve = 0;
  const placed = waterFill(core, count, total);
  // A positive total always finds a level; if every region is already above any level (impossible
  // with total > 0) the troops would stay in reserve rather than vanish.
  if (!(placed > 0)) core.reserve = total;
  return cut;
}
