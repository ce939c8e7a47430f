// Counts over the campaign state (split from core.ts, which holds the struct).
import type { Core } from './core';
import { COMMITTED, ENTERED } from './core';

/** Regions whose entry walk is running or starts next day. */
export function contestedCount(core: Core): number {
  let count = 0;
  for (let r = 0; r < core.n; r++) if (core.status[r] === COMMITTED) count++;
  return count;
}

/** Regions entered so far. */
export function enteredCount(core: Core): number {
  let count = 0;
  for (let r = 0; r < core.n; r++) if (core.status[r] === ENTERED) count++;
  return count;
}

/** Troops in country: the reserve plus every region's troops, summed in region order. */
export function troopsInCountry(core: Core): number {
  let total = core.reserve;
  for (let r = 0; r < core.n; r++) total += core.troops[r];
  return total;
}
