// The one builder of an advanced input's record (src/model/advanced.ts lists them, advanced-v3.ts model v3's).
import type { AdvancedSpec, NumericKey } from './advanced';

/** An advanced input from its key, words, bounds, slider step, design range, help and reason. */
export const advancedSpecOf = (key: NumericKey, label: string, symbol: string, unit: string, bounds: [number, number], step: number, range: [number, number], help: string, reason: string): AdvancedSpec => ({
  key,
  label,
  symbol,
  unit,
  min: bounds[0],
  max: bounds[1],
  step,
  integer: Number.isInteger(step) && step >= 1,
  help,
  range,
  reason,
});
