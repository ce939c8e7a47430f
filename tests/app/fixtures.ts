// The shipped scenario files, read and parsed the way the app does (tests run in node, not Vite).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../../src/engine/scenario';
import type { Scenario } from '../../src/model/types';
import { isScenarioFileName } from '../../src/model/scenario-schema';

const DIR = join(__dirname, '..', '..', 'scenarios');

export function shippedScenarios(): Scenario[] {
  return readdirSync(DIR)
    .filter(isScenarioFileName)
    .sort()
    .map((name) => {
      const parsed = parseScenario(JSON.parse(readFileSync(join(DIR, name), 'utf8')));
      if (!parsed.ok) throw new Error(`${name} does not parse: ${JSON.stringify(parsed.errors)}`);
      return parsed.scenario;
    });
}

export function scenarioById(id: string): Scenario {
  const found = shippedScenarios().find((s) => s.id === id);
  if (!found) throw new Error(`no shipped scenario ${id}`);
  return found;
}
