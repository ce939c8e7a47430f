// The scenario parser and writer live in src/model/scenario.ts (all from the one declaration in
// src/model/scenario-schema.ts); re-exported here so existing importers keep working.
export {
  parseScenario,
  scenarioToJson,
  copyScenario,
  scenarioJsonSchema,
  SCENARIO_LIMITS,
  SCENARIO_SCHEMA,
  SHARE_TOLERANCE,
  OBJECTIVE_KINDS,
  CLAIM_OPS,
  isDateLike,
  type FieldError,
  type ParseResult,
} from '../model/scenario';
