// The one name of every file the app exports: it carries the scenario, the troop level and the seed
// the figures come from, and what the file holds, so files saved in class can be told apart and
// traced back: threshold-<scenario>-<troops>-seed-<seed>-<what>.<ext>, e.g.
// threshold-venezuela-2025-buildup-10000-seed-abc-results.csv. Pure; every download site calls it.
import type { Overrides, Scenario } from '../model/types';
import { slug } from '../model/text-rules';

export interface FileContext {
  /** The scenario's id. */
  scenario: string;
  troops: number;
  seed: string;
}

/** The context of a set-up: the scenario's id, the troop level in use (an override, else the file's) and the seed. */
export function fileContext(scenario: Scenario, overrides: Overrides, seed: string): FileContext {
  return { scenario: scenario.id, troops: overrides['intervener.troops'] ?? scenario.intervener.troops.value, seed };
}

/** A short, stable tag for text that has no letter or digit a file name can keep ("😀", "東京"). */
function tag(text: string): string {
  let hash = 0x811c9dc5;
  for (const unit of text) {
    hash ^= unit.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `x${hash.toString(16).padStart(8, '0')}`;
}

function part(text: string, max: number): string {
  const kept = slug(text).slice(0, max).replace(/-+$/, '');
  return kept || tag(text);
}

/**
 * `threshold-<scenario>-<troops>-seed-<seed>-<what>.<ext>` (lower-case ASCII letters, digits and
 * hyphens). Without a context (a file pooling many set-ups, such as the class's results) the name is
 * `threshold-<what>.<ext>`.
 */
export function exportFileName(context: FileContext | null, what: string, ext: string): string {
  const tail = `${part(what, 40)}.${ext.replace(/^\./, '')}`;
  if (!context) return `threshold-${tail}`;
  const troops = Number.isFinite(context.troops) ? String(Math.max(0, Math.round(context.troops))) : '0';
  return `threshold-${part(context.scenario, 60)}-${troops}-seed-${part(context.seed, 32)}-${tail}`;
}
