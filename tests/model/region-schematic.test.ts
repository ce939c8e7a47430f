// A region's schematic fields (`at`, `neighbours`: drawing only, src/view/layout.ts): a malformed
// position is refused with an error that names the field and the problem, in words too; a
// well-formed one round-trips through the writer; the model's inputs ignore both fields.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioToJson } from '../../src/engine/scenario';
import { resolveInputs } from '../../src/model/resolve';
import { scenarioErrorLines } from '../../src/ui/scenario-errors';

// biome-ignore lint/suspicious/noExplicitAny: mutated JSON of any shape
type Json = Record<string, any>;
const BASE: Json = JSON.parse(readFileSync(join(__dirname, '..', '..', 'scenarios', 'venezuela-2025-buildup.json'), 'utf8'));

function withRegion2(change: (r: Json) => void): Json {
  const copy = structuredClone(BASE);
  change(copy.regions[2]);
  return copy;
}

function refused(input: Json) {
  const result = parseScenario(input);
  if (result.ok) throw new Error('accepted a malformed position');
  return { errors: result.errors, lines: scenarioErrorLines(result.errors) };
}

describe('region positions on the schematic', () => {
  it('a coordinate outside 0-1 names the coordinate and its range', () => {
    const { errors, lines } = refused(withRegion2((r) => void (r.at = [1.5, 0.2])));
    expect(errors).toEqual([{ path: 'regions[2].at[0]', code: 'out-of-range', params: { min: 0, max: 1, got: 1.5 } }]);
    expect(lines.join('\n')).toContain('regions[2].at[0]');
  });

  it('one number, three numbers, text or a string coordinate are refused at "at"', () => {
    expect(refused(withRegion2((r) => void (r.at = [0.5]))).errors).toEqual([{ path: 'regions[2].at', code: 'not-a-pair', params: { got: 1 } }]);
    expect(refused(withRegion2((r) => void (r.at = [0.1, 0.2, 0.3]))).errors).toEqual([{ path: 'regions[2].at', code: 'not-a-pair', params: { got: 3 } }]);
    expect(refused(withRegion2((r) => void (r.at = 'west'))).errors).toEqual([{ path: 'regions[2].at', code: 'wrong-type', params: { expected: 'array', got: 'string' } }]);
    expect(refused(withRegion2((r) => void (r.at = [0.1, '0.2']))).errors).toEqual([{ path: 'regions[2].at[1]', code: 'wrong-type', params: { expected: 'number', got: 'string' } }]);
  });

  it('a neighbour that is not an id is refused; neighbours of other boards are drawing only', () => {
    expect(refused(withRegion2((r) => void (r.neighbours = ['Andes']))).errors).toEqual([{ path: 'regions[2].neighbours[0]', code: 'not-kebab-case', params: { got: 'Andes' } }]);
    expect(refused(withRegion2((r) => void (r.neighbours = 'andes'))).errors[0]).toMatchObject({ path: 'regions[2].neighbours', code: 'wrong-type' });
  });

  it('the shipped positions parse and are written back as they were; the model never sees them', () => {
    const result = parseScenario(BASE);
    if (!result.ok) throw new Error('base does not parse');
    expect(result.scenario.regions[2].at).toEqual([0.12, 0.16]);
    expect(JSON.parse(scenarioToJson(result.scenario)).regions[2].neighbours).toEqual(BASE.regions[2].neighbours);
    const without = structuredClone(BASE);
    for (const r of without.regions) {
      delete r.at;
      delete r.neighbours;
    }
    const plain = parseScenario(without);
    if (!plain.ok) throw new Error('without positions does not parse');
    expect(resolveInputs(result.scenario)).toEqual(resolveInputs(plain.scenario));
  });
});
