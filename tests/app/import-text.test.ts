// The app's import (kit.importScenario, which the import zone of src/ui/kit/files.ts hands the file's
// text) reads a file the way the CLI does (parseScenarioText, src/model/scenario.ts): a byte-order
// mark is accepted, a key written twice is refused with its path, an over-large text is refused
// unread, and text fields with control or bidirectional characters are refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKit } from '../../src/app/kit';
import { createStore, initialState } from '../../src/app/store';
import { SCENARIO_LIMITS } from '../../src/model/scenario';
import { shippedScenarios } from './fixtures';

const scenarios = shippedScenarios();
const text = JSON.parse(readFileSync(join(__dirname, '../../scenarios/panama-1989.json'), 'utf8'));
const imported = (change: (s: Record<string, any>) => void = () => {}) => {
  const copy = structuredClone(text);
  copy.id = 'imported-one';
  change(copy);
  return JSON.stringify(copy, null, 2);
};

function kit() {
  const store = createStore(initialState(scenarios, { selection: { scenarioId: 'panama-1989', overrides: {}, seed: '42' } }));
  return createKit(store, () => 'https://school.example/#/setup');
}

describe('import of a scenario file', () => {
  it('accepts a file that starts with a byte-order mark', () => {
    const result = kit().importScenario(`\ufeff${imported()}`);
    expect(result.ok).toBe(true);
  });

  it('refuses a key written twice, naming its path', () => {
    const file = imported((s) => void (s.intervener.troops.value = 123_456_789)).replace('"value": 123456789', '"value": 1,\n      "value": 10000');
    expect(kit().importScenario(file)).toEqual({ ok: false, errors: [{ path: 'intervener.troops.value', code: 'duplicate-key', params: { key: 'value' } }] });
  });

  it('refuses a text over the size limit unread, and control characters in a title', () => {
    expect(kit().importScenario(' '.repeat(SCENARIO_LIMITS.maxFileBytes + 1))).toEqual({ ok: false, errors: [{ path: '', code: 'file-too-large', params: { max: SCENARIO_LIMITS.maxFileBytes } }] });
    expect(kit().importScenario(imported((s) => void (s.title = 'Panama\u001b[2J')))).toEqual({ ok: false, errors: [{ path: 'title', code: 'bad-character', params: { char: 'U+001B', at: 7 } }] });
  });

  it('the import zone checks the file size against the same limit', () => {
    const zone = readFileSync(join(__dirname, '../../src/ui/kit/files.ts'), 'utf8');
    expect(zone).toContain('file.size > SCENARIO_LIMITS.maxFileBytes');
  });
});
