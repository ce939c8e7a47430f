// The optional `history` record of a back-test scenario: what history's outcome was at the model's
// horizon, in the model's own four classes, with its sources. The history table (src/analysis/history.ts,
// the app's "Does the model match history?" page, `npm run sim -- --history`) compares it with the
// model's distribution at the scenario's published inputs. Declared with the schema language and
// used once, as a field of SCENARIO_FORMAT (scenario-schema.ts).
import { oneOf, optional, record, str } from './schema';
import { cites, LIMITS } from './scenario-sourced';

/** The model's national outcome classes (src/model/types.ts OUTCOME_CLASSES, docs/model.md §6), in the same order. */
export const HISTORY_CLASSES = ['entry-failed', 'failed', 'contested', 'stabilized'] as const;

const text = (description: string) => str(LIMITS.mediumText, { description });

export const HISTORY = record(
  {
    outcome: oneOf(HISTORY_CLASSES, "History's outcome class at the model's horizon (36 months after entry), in the model's terms (docs/model.md §6)."),
    horizon: str(LIMITS.date, { format: 'date', description: 'The date the model\'s horizon falls on for this case, e.g. "1995-12".' }),
    summary: text("What had happened by the horizon, in plain words; only a cited source's exact words inside quotation marks."),
    why: text("Why these events are this class under the model's definitions (entered, covered, resistance lower than at the start)."),
    source: text('Who says so: outlet or author and date of each source.'),
    cite: cites('Ids of the sources (docs/sources.md) of the outcome.'),
    limit: optional(text('Where the model cannot represent this case, and why; shown beside a miss.')),
  },
  { description: "History's outcome of a back-test, compared with the model's distribution in the history table." },
);
