// A small typed schema language for data files: a declaration built from these node constructors is
// the one statement of a format, and from it come the TypeScript type (Infer), a parser that never
// throws and reports every problem as { path, code, params } (parseWith), a canonical writer
// (writeWith) and a JSON Schema (toJsonSchema). src/model/scenario-schema.ts declares the scenario
// format with it.
//
// Reading rules (the same for every node):
//   - an absent or undefined field is `missing`; a value of the wrong JSON kind is `wrong-type`; an
//     over-long or blank string (invisible characters count as blank), a string holding a control or
//     bidirectional character (src/model/text-rules.ts), a non-finite number, an unknown enumeration
//     value, a list of the wrong length make the field unusable ("hard": its parent is incomplete);
//   - bounds, whole numbers, kebab-case ids, dates and the format tag are checked "soft": the error
//     is reported and the value is still used by the cross-field rules, which therefore see the
//     file as written and can report their own problems too;
//   - unknown fields are reported, never dropped silently; the result is a fresh object of known
//     fields only;
//
// The language lives in three parts: src/model/schema-nodes.ts (node kinds, inferred types, rules,
// constructors, shared checks), src/model/schema-read.ts (the parser) and src/model/schema-write.ts
// (the canonical writer, the JSON Schema and the walk over Sourced records). This file is the one
// import for users of the language.
export {
  bool,
  clip,
  DATE_PATTERN,
  describeValue,
  ignored,
  isDateLike,
  KEBAB_PATTERN,
  list,
  num,
  oneOf,
  optional,
  pair,
  record,
  str,
  tag,
  type ArrayNode,
  type BooleanNode,
  type Bounds,
  type EnumNode,
  type Field,
  type Ignored,
  type Infer,
  type InferShape,
  type InputMeta,
  type Loose,
  type Node,
  type NumberNode,
  type ObjectNode,
  type Optional,
  type PairNode,
  type Rule,
  type RuleContext,
  type Shape,
  type StringFormat,
  type StringNode,
  type TagNode,
} from './schema-nodes';
export { checkShape, parseWith, type ParseResult, type ReadLimits } from './schema-read';
export { sourcedFields, toJsonSchema, writeWith } from './schema-write';
