// What else comes from a declaration of the schema language (src/model/schema.ts is its public entry):
// the canonical writer (writeWith), the JSON Schema (toJsonSchema) and the walk that lists the Sourced
// records (sourcedFields).
import { DATE_PATTERN, KEBAB_PATTERN, type Bounds, type Infer, type Node, type ObjectNode, type Rule, type Shape } from './schema-nodes';

// ---------------------------------------------------------------------------------------------
// Canonical writer

/** The value rebuilt from the declaration: known fields only, in declaration order, optional ones only when present. */
export function writeWith<N extends Node>(node: N, value: Infer<N>): unknown {
  return write(node, value);
}

function write(node: Node, value: unknown): unknown {
  switch (node.kind) {
    case 'pair':
      return [(value as number[])[0], (value as number[])[1]];
    case 'array':
      return (value as unknown[]).map((item) => write(node.item, item));
    case 'object': {
      const obj = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(node.shape as Shape)) {
        if (field.kind === 'ignored') out[key] = field.write;
        else if (field.kind === 'optional') {
          if (obj[key] !== undefined) out[key] = write(field.node, obj[key]);
        } else out[key] = write(field, obj[key]);
      }
      return out;
    }
    default:
      return value;
  }
}

// ---------------------------------------------------------------------------------------------
// JSON Schema (draft 2020-12)

type JsonSchema = Record<string, unknown>;

/** The JSON Schema of a node. Rules JSON Schema cannot express are listed in the description. */
export function toJsonSchema(node: Node): JsonSchema {
  const doc = (s: JsonSchema, extra: string[] = []): JsonSchema => {
    const text = [node.description, ...extra].filter(Boolean).join(' ');
    return text ? { description: text, ...s } : s;
  };
  switch (node.kind) {
    case 'string':
      return doc({
        type: 'string',
        minLength: 1,
        maxLength: node.max,
        pattern: node.format === 'kebab' ? KEBAB_PATTERN : node.format === 'date' ? DATE_PATTERN : '\\S',
      });
    case 'tag':
      return doc({ type: 'string', const: node.value });
    case 'enum':
      return doc({ type: 'string', enum: [...node.values] });
    case 'number':
      return doc(numberSchema(node.bounds));
    case 'boolean':
      return doc({ type: 'boolean' });
    case 'pair':
      return doc({ type: 'array', items: numberSchema({ ...node.bounds, integer: false }), minItems: 2, maxItems: 2 });
    case 'array': {
      const rules = node.rules as readonly Rule<unknown>[];
      return withRules(doc({ type: 'array', items: toJsonSchema(node.item), minItems: node.min, maxItems: node.max }, unexpressed(rules)), rules);
    }
    case 'object': {
      const shape = node.shape as Shape;
      const properties: JsonSchema = {};
      const required: string[] = [];
      for (const [key, field] of Object.entries(shape)) {
        properties[key] = toJsonSchema(field.kind === 'optional' || field.kind === 'ignored' ? field.node : field);
        if (field.kind !== 'optional' && field.kind !== 'ignored') required.push(key);
      }
      const rules = node.rules as readonly Rule<unknown>[];
      return withRules(doc({ type: 'object', properties, required, additionalProperties: false }, unexpressed(rules)), rules);
    }
  }
}

function numberSchema(bounds: Bounds): JsonSchema {
  return { type: bounds.integer ? 'integer' : 'number', minimum: bounds.min, maximum: bounds.max };
}

function unexpressed(rules: readonly Rule<unknown>[]): string[] {
  const words = rules.filter((r) => !r.jsonSchema).map((r) => r.says);
  return words.length ? [`Checked by the parser, not by this schema: ${words.join('; ')}.`] : [];
}

function withRules(schema: JsonSchema, rules: readonly Rule<unknown>[]): JsonSchema {
  const parts = rules.flatMap((r) => (r.jsonSchema ? [r.jsonSchema] : []));
  return parts.length ? { ...schema, allOf: parts } : schema;
}

// ---------------------------------------------------------------------------------------------
// Walking a declaration

/** Every Sourced record reachable through objects (not lists), with its dotted path, in declaration order. */
export function sourcedFields(node: Node, path = ''): { path: string; node: ObjectNode }[] {
  if (node.kind !== 'object') return [];
  if (node.sourced) return [{ path, node }];
  return Object.entries(node.shape as Shape).flatMap(([key, field]) => {
    if (field.kind === 'ignored') return [];
    return sourcedFields(field.kind === 'optional' ? field.node : field, path === '' ? key : `${path}.${key}`);
  });
}
