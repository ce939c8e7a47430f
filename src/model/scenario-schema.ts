// THE declaration of the scenario file format (threshold-scenario/1). Everything else about the
// format comes from it: the Scenario type (types.ts re-exports the types inferred here), the parser
// and the canonical writer (scenario.ts), the inputs catalogue (inputs.ts: every Sourced record with
// `input` metadata), and the published JSON Schema (scenarios/scenario.schema.json, written by
// `npm run schema` and checked up to date by tests/model/schema.test.ts). The enumerations of the
// format (objective kinds, terrains, claim metrics and operators, …) are defined here once.
import { ignored, list, num, oneOf, optional, pair, record, str, tag, bool, clip, type Bounds, type Infer, type Rule } from './schema';
import { cites, input, LIMITS, sourced } from './scenario-sourced';
import { HISTORY } from './history-schema';

export { LIMITS } from './scenario-sourced';

export const SCENARIO_SCHEMA = 'threshold-scenario/1';
/** File name of the published JSON Schema, next to the scenario files; files point to it with "$schema". */
export const SCENARIO_SCHEMA_FILE = 'scenario.schema.json';
export const SCENARIO_SCHEMA_REF = `./${SCENARIO_SCHEMA_FILE}`;

/** A scenario file in scenarios/ (the JSON Schema that sits beside them is not one). */
export function isScenarioFileName(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.schema.json');
}

// --- Enumerations ---------------------------------------------------------------------------

export const OBJECTIVE_KINDS = ['capital', 'country', 'limited'] as const;
export const TERRAINS = ['open', 'mixed', 'urban', 'rugged'] as const;
export const SCENARIO_KINDS = ['what-if', 'back-test'] as const;
export const CLAIM_METRICS = [
  'entryRate', // share of runs in which the objective's key region is entered
  'successRate', // share of runs in which the objective succeeds
  'stabilizedShare',
  'contestedShare',
  'failedShare', // failed after entry
  'entryFailedShare', // key region never entered
] as const;
export const CLAIM_OPS = ['<', '<=', '>', '>='] as const;
/** A claim's verdict at one set of inputs. */
export const VERDICTS = ['agrees', 'disagrees'] as const;
/**
 * A claim's verdict across the declared ranges of its inputs (src/engine/claims.ts): it holds or
 * fails across every range, it depends on an input (the verdict flips inside its range), or the
 * model cannot test the quote at all.
 */
export const RANGE_VERDICTS = ['agrees', 'disagrees', 'depends', 'not-testable'] as const;

// --- Limits ---------------------------------------------------------------------------------

// LIMITS (ids, texts, counts, sizes) live in scenario-sourced.ts with the Sourced record.

/** Region shares must sum to 1 within this tolerance (rounded census shares). */
export const SHARE_TOLERANCE = 0.005;

// --- Building blocks ------------------------------------------------------------------------

const TROOPS: Bounds = { min: 0, max: 1_000_000, integer: true };
const SHARE: Bounds = { min: 0, max: 1, integer: false };
const HOSTILITY = SHARE;

const id = (description: string) => str(LIMITS.id, { format: 'kebab', description });
const shortText = (description?: string) => str(LIMITS.shortText, { description });
const mediumText = (description?: string) => str(LIMITS.mediumText, { description });

// The Sourced record (value, source, status, cite, asOf, range, note) and `input` are in scenario-sourced.ts.

/** Items of a list carry distinct ids (reported on the later item). */
function uniqueIds(what: string): Rule<{ id: string }[]> {
  return {
    says: `${what} ids are distinct`,
    check(items, ctx) {
      const seen = new Map<string, number>();
      items.forEach((item, i) => {
        if (!item || !ctx.complete(item) || item.id === undefined) return;
        const first = seen.get(item.id);
        if (first !== undefined) ctx.report(`[${i}].id`, 'duplicate-id', { id: item.id, first: `${ctx.path}[${first}]` });
        else seen.set(item.id, i);
      });
    },
  };
}

// --- Parts ----------------------------------------------------------------------------------

const REGION = record({
  id: id('Stable id used in actions and URLs, kebab-case, e.g. "capital", "west".'),
  name: shortText('A schematic group name a teacher recognises (never a site).'),
  share: sourced(SHARE, { description: 'Share of the national population, 0-1; the shares of a scenario sum to 1.' }),
  terrain: oneOf(TERRAINS, 'Terrain class: sets the defender terrain multiplier.'),
  terrainSource: mediumText('Where the terrain class comes from.'),
  capital: optional(bool('Exactly one region per scenario is the capital region.')),
  hostility: optional(sourced(HOSTILITY, { description: 'Regional hostility g_r; defaults to population.hostility.' })),
  // Drawing only (src/view/layout.ts): the model never reads these two fields.
  at: optional(pair(SHARE, 'Design choice: rough relative position of the region group, for the schematic only; not a map. [x, y] in board units 0-1, x west to east, y north to south.')),
  neighbours: optional(
    list(
      id('Id of a region of this board.'),
      { min: 0, max: LIMITS.maxRegions },
      { description: 'Design choice: region groups drawn joined by a line on the schematic (drawing only, never used by the model); an id that names no region of the board draws nothing.' },
    ),
  ),
});

const REGIONS = list(
  REGION,
  { min: 1, max: LIMITS.maxRegions },
  {
    description: 'The board: region groups sized by population, not a map.',
    rules: [
      uniqueIds('region'),
      {
        says: `exactly one region has "capital": true, and the shares sum to 1 (±${SHARE_TOLERANCE})`,
        check(regions, ctx) {
          if (regions.some((r) => !ctx.complete(r))) return;
          const capitals = regions.filter((r) => r!.capital === true).length;
          if (capitals !== 1) ctx.report('', 'capital-count', { found: capitals });
          const sum = regions.reduce((acc, r) => acc + r!.share!.value!, 0);
          // Out-of-range shares are reported on themselves; a sum that overflows has no number to show.
          if (Number.isFinite(sum) && Math.abs(sum - 1) > SHARE_TOLERANCE) ctx.report('', 'share-sum', { sum: Number(sum.toFixed(4)), tolerance: SHARE_TOLERANCE });
        },
      },
    ],
  },
);

const OBJECTIVE = record(
  {
    kind: oneOf(OBJECTIVE_KINDS, 'capital: hold the capital region; country: stabilize the country; limited: hold one region for holdMonths.'),
    region: optional(str(LIMITS.id, { description: 'For "limited": the id of the region to hold.' })),
    holdMonths: optional(sourced({ min: 1, max: 36, integer: true }, { input: input('Months to hold', 'T_hold', 'months', 1, 'Limited objective: months the region must be held.') })),
  },
  {
    rules: [
      {
        says: 'a "limited" objective names its region',
        check(o, ctx) {
          const raw = ctx.raw as Record<string, unknown>;
          if (o.kind === 'limited' && !Object.prototype.hasOwnProperty.call(raw, 'region')) ctx.report('region', 'limited-needs-region', {});
        },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keywords, not a thenable
        jsonSchema: { if: { properties: { kind: { const: 'limited' } }, required: ['kind'] }, then: { properties: { region: true }, required: ['region'] } },
      },
    ],
  },
);

const CHECK = record({
  metric: oneOf(CLAIM_METRICS, 'What is measured; every metric is a share of runs.'),
  troops: optional(num(TROOPS, "Evaluate at this troop level instead of the scenario's.")),
  objective: optional(oneOf(OBJECTIVE_KINDS, "Evaluate under this objective instead of the scenario's.")),
  op: oneOf(CLAIM_OPS),
  value: num(SHARE, 'The threshold, a share of runs (0-1).'),
  why: optional(mediumText('Why this troop level, objective and threshold: check levels are judgment calls, and each says its reason (shown on the card).')),
});

const CLAIM = record({
  id: id('Claim id, kebab-case.'),
  who: shortText('Who said it, with the affiliation the cited source gives (e.g. "a former Pentagon official" when that is how the article names the speaker).'),
  date: str(LIMITS.date, { format: 'date', description: 'When, e.g. "2025-10".' }),
  quote: mediumText('The exact words of the speaker, short, shown in quotation marks (found verbatim in the source).'),
  reported: optional(mediumText("The source's reported speech around the quote, shown as reported speech, not in quotation marks.")),
  source: mediumText('Outlet and date, in words.'),
  cite: cites('Ids of the sources (docs/sources.md) the quote and its attribution come from.'),
  claim: mediumText('The claim in plain words that the checks test.'),
  checks: list(CHECK, { min: 1, max: LIMITS.maxChecks }, { description: 'All checks must hold for the model to agree.' }),
  testable: optional(bool('false when the model cannot test the quote itself (default true): the card says so, shows `claim` as what the model checks instead, and gives no verdict.')),
  expected: oneOf(RANGE_VERDICTS, 'What the shipped model finds across the declared input ranges (tested): documents the verdict.'),
});

const REFERENCE_FORCE = record({
  id: id('Marker id, kebab-case.'),
  troops: num(TROOPS, 'The published troop level.'),
  label: shortText('Short label on the chart.'),
  who: shortText('Who said it, or whose figure it is.'),
  quote: optional(mediumText('The exact words of the source, short, shown in quotation marks.')),
  says: optional(mediumText("The project's own plain sentence about the figure, shown without quotation marks.")),
  source: mediumText('Outlet and date, in words.'),
  cite: cites('Ids of the sources (docs/sources.md) of the figure.'),
});

// --- The scenario ---------------------------------------------------------------------------

export const SCENARIO_FORMAT = record(
  {
    $schema: ignored(str(LIMITS.shortText, { description: `The JSON Schema of this file ("${SCENARIO_SCHEMA_REF}"); ignored by the game.` }), SCENARIO_SCHEMA_REF),
    schema: tag(SCENARIO_SCHEMA, LIMITS.shortText, 'Format and version of the file.'),
    id: id('Equals the file name without ".json".'),
    title: shortText(),
    question: mediumText('The one-line question the scenario asks.'),
    assumes: str(LIMITS.longText, { multiline: true, description: '"What this scenario assumes", a short paragraph (the one text that may hold line breaks, "\\n").' }),
    kind: oneOf(SCENARIO_KINDS, '"what-if" scenarios ask the question; "back-test" scenarios check the model on history.'),
    frameClaim: optional(str(LIMITS.id, { description: 'Id of the claim whose quote frames the scenario on its card.' })),
    objective: OBJECTIVE,
    population: record({
      total: sourced(
        { min: 1000, max: 2_000_000_000, integer: true },
        {
          input: input('Population', 'P', 'people', 100_000, 'People in the country.'),
        },
      ),
      hostility: sourced(HOSTILITY, {
        input: input('Hostility', 'g', 'share', 0.01, 'Share of the population opposed to the intervention and new order.'),
      }),
    }),
    regions: REGIONS,
    intervener: record({
      troops: sourced(TROOPS, { input: input('Intervention troops', 'N', 'troops', 1000, 'Ground troops committed to the campaign.') }),
      quality: sourced({ min: 0.5, max: 6, integer: false }, { input: input('Intervener quality', 'Q', '×', 0.1, 'Relative combat effectiveness per soldier (median).') }),
      qualitySpread: sourced({ min: 0, max: 1, integer: false }, { input: input('Quality uncertainty', 'σQ', 'σ ln', 0.05, 'How much quality varies from run to run.') }),
      targetRatio: sourced({ min: 1, max: 6, integer: false }, { input: input('Planned force ratio', 'R*', ':1', 0.1, 'Combat-power ratio the automatic plan aims for in each region.') }),
      sustainableForce: sourced(TROOPS, { input: input('Sustainable force after rotation', 'S_max', 'troops', 1000, 'Force that can stay in the country once units rotate.') }),
      rotationMonth: sourced({ min: 1, max: 36, integer: true }, { input: input('Rotation month', 'T_rot', 'month', 1, 'Month from which the rotation cap applies.') }),
    }),
    defender: record({
      regulars: sourced({ min: 0, max: 2_000_000, integer: true }, { input: input('Defending regulars', 'D', 'troops', 1000, 'Regular ground forces of the defender.') }),
      cohesion: sourced(SHARE, { input: input('Cohesion', 'c', 'share', 0.05, 'Share of regulars that actually fight.') }),
      capitalShare: sourced(SHARE, { input: input('Concentration in the capital', 'k_cap', 'share', 0.05, 'Share of fighting regulars concentrated in the capital region.') }),
      militia: sourced({ min: 0, max: 10_000_000, integer: true }, { input: input('Militia (effective)', 'M', 'people', 1000, 'Militia that seeds later resistance (effective strength, not claims).') }),
      posture: sourced({ min: 1, max: 2, integer: false }, { input: input('Defender posture', 'π', '×', 0.05, 'Hasty 1.3, prepared 1.5, fortified 1.6 (Dupuy).') }),
      mastery: sourced(SHARE, { input: input('Defender mastery', 'm', '0-1', 0.05, 'How far the defender has mastered the modern system (shrinks the quality edge).') }),
      // Model v3 (docs/model.md §4b); absent: the documented default (src/model/resolve.ts).
      toGround: optional(sourced(SHARE, { input: input('Defenders who go to ground', 'ω', 'share', 0.01, 'Share of the fighting regulars who carry on as resistance after the entry, however it ended.') })),
    }),
    host: record({
      preWarForces: sourced({ min: 0, max: 10_000_000, integer: true }, { input: input('Pre-war army and police', 'H_pre', 'people', 1000, 'Security forces before the war.') }),
      retained: sourced(SHARE, { input: input('Host forces retained', 'κ', 'share', 0.05, 'Share of them kept on by the new authorities.') }),
      // Model v3 (docs/model.md §4b); absent: 4 per 1,000 of the population.
      target: optional(sourced({ min: 0, max: 10_000_000, integer: true }, { input: input('Host forces target', 'H_target', 'people', 1000, 'The size host forces grow toward (never below the size they start at).') })),
    }),
    // Model v3 (docs/model.md §4b): what feeds or drains the resistance besides the troop density.
    resistance: optional(
      record({
        outsideSupport: sourced(SHARE, {
          input: input('Outside support', 'o', '0-1', 0.05, 'Support or sanctuary from outside that feeds the resistance whatever the density (0 none, 1 sustained); how strongly is the advanced constant s_o, which history set to 0.'),
        }),
        reconcilable: sourced(SHARE, { input: input('Reconcilable share', 'χ', 'share', 0.05, 'Share of the resistance that can be won over while its region is covered.') }),
      }),
    ),
    claims: list(CLAIM, { min: 0, max: LIMITS.maxClaims }, { rules: [uniqueIds('claim')], description: 'Analyst claim cards: who, when, the words, and the checks the engine evaluates.' }),
    referenceForces: optional(
      list(
        REFERENCE_FORCE,
        { min: 0, max: LIMITS.maxReferenceForces },
        {
          rules: [uniqueIds('reference force')],
          description: 'Published force sizes marked on the analysis charts, each with its words and source.',
        },
      ),
    ),
    history: optional(HISTORY),
  },
  {
    description:
      'A Threshold scenario: every number sourced. Also limited by the parser: at most 12 levels of nesting, 20,000 values and 1,000,000 bytes; no key twice in one object; no control characters (a line break only in "assumes") or bidirectional controls in any text, and a text of only invisible characters is blank.',
    rules: [
      {
        says: 'objective.region names a region of the board, and frameClaim names a claim',
        check(s, ctx) {
          const region = s.objective?.region;
          const regions = s.regions;
          if (region && regions && ctx.complete(regions) && !regions.some((r) => r!.id === region)) {
            ctx.report('objective.region', 'unknown-region', { got: clip(region), known: regions.map((r) => r!.id!) });
          }
          const frame = s.frameClaim;
          const claims = s.claims;
          if (frame && claims && ctx.complete(claims) && !claims.some((c) => c!.id === frame)) {
            ctx.report('frameClaim', 'unknown-claim', { got: clip(frame), known: claims.map((c) => c!.id!) });
          }
        },
      },
    ],
  },
);

// --- Types inferred from the declaration ----------------------------------------------------

/** A scenario file's content, as parsed (interfaces so that messages and hovers show the names). */
export interface Scenario extends Infer<typeof SCENARIO_FORMAT> {}
/** A published (or design) number with where it comes from. */
export interface Sourced extends Infer<ReturnType<typeof sourced>> {}
export type RegionSpec = Scenario['regions'][number];
export type ObjectiveSpec = Scenario['objective'];
export type ClaimSpec = Scenario['claims'][number];
export type ClaimCheck = ClaimSpec['checks'][number];
/** A published force size marked on the analysis charts. */
export type ReferenceForce = NonNullable<Scenario['referenceForces']>[number];
export type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number];
export type Terrain = (typeof TERRAINS)[number];
export type ClaimMetric = (typeof CLAIM_METRICS)[number];
export type ClaimOp = (typeof CLAIM_OPS)[number];
