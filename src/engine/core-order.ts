// The plan order of a run's regions (split from core.ts, which holds the struct).
import type { Core } from './core';

/** Plan order by insertion (n ≤ 8): capital first, then larger population first, ties by index. */
export function planOrder(core: Core): void {
  const { n, inputs } = core;
  const order = core.order;
  const cap = inputs.capitalIndex;
  let filled = 0;
  order[filled++] = cap;
  for (let r = 0; r < n; r++) {
    if (r === cap) continue;
    let j = filled;
    while (j > 1 && inputs.share[order[j - 1]] < inputs.share[r]) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = r;
    filled++;
  }
}
