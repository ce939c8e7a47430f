// Parts of the scenario format that scenario-schema.ts builds on: the format's limits, the Sourced
// record (a number with its source, status and citations) and the citation list that claims and
// reference forces also carry. Declared with the schema language (src/model/schema.ts).
import { clip, list, num, oneOf, optional, pair, record, str, type Bounds, type InputMeta, type Rule } from './schema';
import { SOURCE_IDS, sourceById } from './sources';
import { STATUSES } from './status';

export const LIMITS = {
  /** Board regions per scenario (the engine stays safe with more if this is raised). */
  maxRegions: 8,
  maxClaims: 20,
  maxChecks: 10,
  /** Published force sizes marked on the analysis charts. */
  maxReferenceForces: 12,
  /** Source ids one value, claim or marker cites. */
  maxCites: 10,
  /** Nesting depth of the whole input; real scenario files reach 5. */
  maxDepth: 12,
  /** Objects, arrays and values in the whole input; a real file holds about 500. */
  maxNodes: 20_000,
  /** Errors reported before the parser stops adding more. */
  maxErrors: 100,
  /** Bytes of a scenario file, checked before it is read as JSON (the app's import and the CLI); shipped files are 10-40 kB. */
  maxFileBytes: 1_000_000,
  id: 64,
  date: 32,
  shortText: 200,
  mediumText: 2_000,
  longText: 20_000,
} as const;

const mediumText = (description?: string) => str(LIMITS.mediumText, { description });

/** Every id names a source of the catalogue (src/model/sources.ts, listed in docs/sources.md). */
const knownSources: Rule<string[]> = {
  says: 'every id names a source of the catalogue (docs/sources.md)',
  check(ids, ctx) {
    ids.forEach((id, i) => {
      if (typeof id === 'string' && !sourceById(id)) ctx.report(`[${i}]`, 'unknown-source', { got: clip(id) });
    });
  },
  jsonSchema: { items: { enum: [...SOURCE_IDS] } },
};

/** An optional list of source ids (src/model/sources.ts). */
export const cites = (description: string) => optional(list(str(LIMITS.id, { format: 'kebab' }), { min: 1, max: LIMITS.maxCites }, { rules: [knownSources], description }));

const rangeRule: Rule<{ value: number; range?: [number, number] }> = {
  says: 'range[0] ≤ range[1], and value lies within range',
  check(s, ctx) {
    if (s.range === undefined) return;
    const [low, high] = s.range;
    if (low > high) ctx.report('range', 'range-reversed', { low, high });
    else if (s.value !== undefined && (s.value < low || s.value > high)) ctx.report('value', 'outside-range', { got: s.value, low, high });
  },
};

/**
 * A published, derived or design number with where it comes from: every number in a scenario file
 * is one. `input` makes it a catalogue input (a slider, a --set path, a share-link key) with these bounds.
 */
export function sourced(bounds: Bounds, meta: { description?: string; input?: InputMeta } = {}) {
  const description = meta.description ?? (meta.input ? `${meta.input.label} (${meta.input.symbol}, ${meta.input.unit}): ${meta.input.help}` : undefined);
  return record(
    {
      value: num(bounds),
      source: mediumText('Who published it, where; for a derived value, what it is derived from; for a design choice, "Design choice: …", the reason and the docs/model.md section.'),
      status: optional(
        oneOf(
          STATUSES,
          'published: a source gives the number; derived: the project\'s arithmetic on published figures (say which); design: no published value, a choice explained in docs/model.md. Absent (older files): "design" when source starts with "Design choice", else "published".',
        ),
      ),
      cite: cites('Ids of the sources (docs/sources.md) the value is published in or derived from.'),
      asOf: str(LIMITS.date, { format: 'date', description: 'When the figure was true or published: "2025", "2025-10" or "2025-10-31".' }),
      range: optional(pair(bounds, 'The published range [low, high], where sources differ (used for sensitivity and uncertainty bands).')),
      note: optional(mediumText()),
    },
    { sourced: true, rules: [rangeRule], description, ...(meta.input ? { input: meta.input } : {}) },
  );
}

export const input = (label: string, symbol: string, unit: string, step: number, help: string): InputMeta => ({ label, symbol, unit, step, help });
