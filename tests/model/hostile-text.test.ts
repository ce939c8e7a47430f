// Hostile text in scenario files: control and bidirectional characters in every text field the
// schema reads, text made only of invisible characters, keys written twice, a byte-order mark and an
// over-large file (src/model/text-rules.ts, src/model/json-keys.ts, readScenarioJson and
// parseScenarioText in src/model/scenario.ts). The CLI's side is tests/cli/hostile-input.test.ts, the
// app import's tests/app/import-text.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicateKey } from '../../src/model/json-keys';
import { parseScenario, parseScenarioText, readScenarioJson, SCENARIO_LIMITS, type FieldError } from '../../src/model/scenario';
import { isScenarioError } from '../../src/model/scenario-errors';
import { isScenarioFileName, SCENARIO_FORMAT } from '../../src/model/scenario-schema';
import type { Node, Shape } from '../../src/model/schema';
import { scenarioErrorLine } from '../../src/ui/scenario-errors';

type Json = Record<string, any>;
const DIR = join(__dirname, '..', '..', 'scenarios');
const FILES = readdirSync(DIR).filter(isScenarioFileName).sort();
const textOf = (file: string) => readFileSync(join(DIR, file), 'utf8');
const BASE_TEXT = textOf('venezuela-2025-buildup.json');
const BASE: Json = JSON.parse(BASE_TEXT);

/** Every string the declaration reads as text (str and tag nodes, not enumerations) in `value`, with its path. */
function textFields(node: Node, value: unknown, path = ''): { path: string; multiline: boolean }[] {
  const at = (key: string) => (path === '' ? key : `${path}.${key}`);
  switch (node.kind) {
    case 'string':
      return typeof value === 'string' ? [{ path, multiline: node.multiline === true }] : [];
    case 'tag':
      return typeof value === 'string' ? [{ path, multiline: false }] : [];
    case 'array':
      return Array.isArray(value) ? value.flatMap((item, i) => textFields(node.item, item, `${path}[${i}]`)) : [];
    case 'object':
      return Object.entries(node.shape as Shape).flatMap(([key, field]) => {
        const v = (value as Json | undefined)?.[key];
        if (v === undefined) return [];
        return textFields(field.kind === 'optional' || field.kind === 'ignored' ? field.node : (field as Node), v, at(key));
      });
    default:
      return [];
  }
}

/** Sets the value at a parser path ("claims[0].quote"). */
function setAt(data: Json, path: string, value: unknown): void {
  const keys = path.match(/[^.[\]]+/g)!.map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  let holder = data as Record<string | number, unknown>;
  for (const key of keys.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  holder[keys[keys.length - 1]] = value;
}

function getAt(data: Json, path: string): unknown {
  return path.match(/[^.[\]]+/g)!.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[/^\d+$/.test(k) ? Number(k) : k], data);
}

function errorsOf(input: unknown): FieldError[] {
  const result = parseScenario(input);
  return result.ok ? [] : result.errors;
}

const FORBIDDEN = [
  '\u0000', // NUL
  '\u0007', // BEL
  '\u0008', // BS
  '\t',
  '\r',
  '\u001b', // ESC
  '\u007f', // DEL
  '\u0085', // NEL
  '\u009b', // CSI (8-bit)
  '\u061c', // Arabic letter mark
  '\u200e', // LRM
  '\u200f', // RLM
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e', // RLO
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u2028',
  '\u2029',
  '\ud800', // an unpaired surrogate
];
const name = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

describe('control and bidirectional characters in text fields', () => {
  it('every shipped scenario holds none and still parses', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(7);
    for (const file of FILES) {
      expect(parseScenarioText(textOf(file)).ok, file).toBe(true);
      expect(parseScenario(JSON.parse(textOf(file))).ok, file).toBe(true);
    }
  });

  it('each forbidden character is refused in a title, named, at its position (in characters)', () => {
    for (const c of FORBIDDEN) {
      const data = structuredClone(BASE);
      data.title = `😀Ve${c}nezuela`;
      expect(errorsOf(data), name(c)).toEqual([{ path: 'title', code: 'bad-character', params: { char: name(c), at: 4 } }]);
    }
  });

  it('is refused in every text field of every shipped file (titles, questions, quotes, authors, sources, labels, notes, ids, dates)', () => {
    let checked = 0;
    for (const file of FILES) {
      const base = JSON.parse(textOf(file)) as Json;
      const fields = textFields(SCENARIO_FORMAT, base);
      const paths = fields.map((f) => f.path);
      for (const required of ['title', 'question', 'assumes', 'regions[0].name', 'regions[0].terrainSource', 'intervener.troops.source', 'intervener.troops.asOf', 'schema', '$schema', 'id']) {
        expect(paths, `${file}: ${required}`).toContain(required);
      }
      fields.forEach(({ path }, i) => {
        const c = FORBIDDEN[i % FORBIDDEN.length];
        const data = structuredClone(base);
        setAt(data, path, `${getAt(data, path) as string}${c}`);
        const errors = errorsOf(data);
        expect(errors.every(isScenarioError), `${file} ${path}`).toBe(true);
        expect(
          errors.map((e) => [e.path, e.code]),
          `${file} ${path} ${name(c)}`,
        ).toContainEqual([path, 'bad-character']);
        checked++;
      });
    }
    // Claims (who, quote, source, claim), reference forces (label, who, quote, source) and notes are among them.
    expect(checked).toBeGreaterThan(200);
  });

  it('a newline is accepted only in "assumes" (the one paragraph); CR and CRLF nowhere', () => {
    const paragraph = structuredClone(BASE);
    paragraph.assumes = 'First line.\nSecond line.';
    expect(errorsOf(paragraph)).toEqual([]);
    const fields = textFields(SCENARIO_FORMAT, BASE);
    expect(fields.filter((f) => f.multiline).map((f) => f.path)).toEqual(['assumes']);
    for (const path of ['title', 'question', 'claims[0].quote', 'claims[0].who', 'regions[1].name']) {
      const data = structuredClone(BASE);
      setAt(data, path, 'one\ntwo');
      expect(errorsOf(data), path).toContainEqual({ path, code: 'bad-character', params: { char: 'U+000A', at: 4 } });
    }
    const crlf = structuredClone(BASE);
    crlf.assumes = 'First line.\r\nSecond line.';
    expect(errorsOf(crlf)).toEqual([{ path: 'assumes', code: 'bad-character', params: { char: 'U+000D', at: 12 } }]);
  });

  it('ordinary non-ASCII text is accepted: accents, quotation marks, dashes, emoji, Arabic and Hebrew letters', () => {
    const data = structuredClone(BASE);
    data.title = 'Venezuela — «¿cuántas tropas?» “quoted” 😀 مرحبا שלום ±½';
    data.claims[0].who = 'Zoë Ñúñez (CSIS)';
    expect(errorsOf(data)).toEqual([]);
  });

  it('the error is worded with the character and its position', () => {
    expect(scenarioErrorLine({ path: 'title', code: 'bad-character', params: { char: 'U+202E', at: 5 } })).toBe('title: holds a control or text-direction character (U+202E) at character 5; remove it');
  });
});

describe('text of invisible characters is blank', () => {
  const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', ' \u200b\u00a0\u3000\u200d'];

  it('is refused as blank wherever blank text is', () => {
    for (const text of INVISIBLE) {
      for (const path of ['title', 'question', 'claims[0].quote', 'regions[0].name', 'defender.cohesion.source']) {
        const data = structuredClone(BASE);
        setAt(data, path, text);
        expect(errorsOf(data), `${path} ${JSON.stringify(text)}`).toEqual([{ path, code: 'blank', params: {} }]);
      }
    }
    const paragraph = structuredClone(BASE);
    paragraph.assumes = '\n\u200b\n';
    expect(errorsOf(paragraph)).toEqual([{ path: 'assumes', code: 'blank', params: {} }]);
  });

  it('an invisible character beside visible text is not blank', () => {
    const data = structuredClone(BASE);
    data.title = 'Venezuela\u200b 2025';
    expect(errorsOf(data)).toEqual([]);
  });
});

describe('duplicate keys', () => {
  it('finds the first repeated key with its path', () => {
    expect(findDuplicateKey('{"value":1,"value":10000}')).toEqual({ path: 'value', key: 'value' });
    expect(findDuplicateKey('{"intervener":{"troops":{"value":1,"source":"x","value":10000}}}')).toEqual({ path: 'intervener.troops.value', key: 'value' });
    expect(findDuplicateKey('{"regions":[{"id":"a"},{"id":"b","name":"x","name":"y"}]}')).toEqual({ path: 'regions[1].name', key: 'name' });
    expect(findDuplicateKey('[[1,2],[3,{"a":[{}, {"b":1,"b":2}]}]]')).toEqual({ path: '[1][1].a[1].b', key: 'b' });
    // Two spellings of one key.
    expect(findDuplicateKey('{"a":1,"\\u0061":2}')).toEqual({ path: 'a', key: 'a' });
    expect(findDuplicateKey('{"a\\"b":1,"a\\u0022b":2}')).toEqual({ path: 'a"b', key: 'a"b' });
  });

  it('is not fooled by strings holding braces, quotes, commas and backslashes, nor by the same key in other objects', () => {
    expect(findDuplicateKey('{"a":"{\\"a\\":1,\\"a\\":2}","b":"\\\\","c":[1,{"d":"]"},"}"],"e":{"a":1},"f":{"a":1}}')).toBeNull();
    expect(findDuplicateKey('[{"a":1},{"a":1},{"a":{"a":{"a":1}}}]')).toBeNull();
    expect(findDuplicateKey('{"a":"x","b":"a"}')).toBeNull();
    expect(findDuplicateKey('"just a string"')).toBeNull();
    for (const file of FILES) expect(findDuplicateKey(textOf(file)), file).toBeNull();
  });

  it('refuses a scenario file with a key written twice, naming its path (JSON.parse alone keeps the last)', () => {
    const data = structuredClone(BASE);
    data.intervener.troops.value = 123_456_789;
    const text = JSON.stringify(data, null, 2).replace('"value": 123456789', '"value": 1,\n      "value": 10000');
    expect(JSON.parse(text).intervener.troops.value).toBe(10000);
    const result = parseScenarioText(text);
    expect(result).toEqual({ ok: false, errors: [{ path: 'intervener.troops.value', code: 'duplicate-key', params: { key: 'value' } }] });
    if (!result.ok) expect(scenarioErrorLine(result.errors[0])).toBe('intervener.troops.value: the key “value” appears twice in this object; write it once');
  });

  it('walks deep nesting without recursion and long texts in one pass', () => {
    const depth = 200_000;
    const deep = `${'['.repeat(depth)}{"a":1,"a":2}${']'.repeat(depth)}`;
    expect(findDuplicateKey(deep)?.key).toBe('a');
    const wide = `{${Array.from({ length: 60_000 }, (_, i) => `"k${i}":${i}`).join(',')},"k7":0}`;
    expect(wide.length).toBeLessThan(SCENARIO_LIMITS.maxFileBytes);
    expect(findDuplicateKey(wide)).toEqual({ path: 'k7', key: 'k7' });
    // Too deep for the parser, and still no throw.
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const result = parseScenarioText(nested);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['too-deep', 'unreadable']).toContain(result.errors[0].code);
  });
});

describe('byte-order mark and size', () => {
  it('a leading byte-order mark is dropped', () => {
    expect(parseScenarioText(`\ufeff${BASE_TEXT}`).ok).toBe(true);
    expect(readScenarioJson(`\ufeff{"a":1}`)).toEqual({ ok: true, data: { a: 1 } });
    // Only at the start: a second one is not JSON.
    expect(readScenarioJson('\ufeff\ufeff{}').ok).toBe(false);
  });

  it('a text over the size limit is refused without being read (a 50 MB text at once)', () => {
    const huge = ' '.repeat(50_000_000);
    expect(readScenarioJson(huge)).toEqual({ ok: false, error: { path: '', code: 'file-too-large', params: { max: SCENARIO_LIMITS.maxFileBytes } } });
    expect(readScenarioJson(`${BASE_TEXT}${' '.repeat(SCENARIO_LIMITS.maxFileBytes - BASE_TEXT.length)}`).ok).toBe(true);
    expect(scenarioErrorLine({ path: '', code: 'file-too-large', params: { max: 1_000_000 } })).toBe('(file): too large: a scenario file holds at most 1,000,000 bytes');
  });

  it('text that is not JSON is unreadable, as before', () => {
    const result = readScenarioJson('{ "schema": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unreadable');
  });
});
