// The shipped scenarios, bundled at build time (the app works offline) and parsed at the boundary.
import { parseScenario } from '../engine/scenario';
import type { FieldError } from '../model/scenario';
import type { Scenario } from '../model/types';

const files = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/*.schema.json'], { eager: true, import: 'default' }) as Record<string, unknown>;

export interface LoadedScenarios {
  scenarios: Scenario[];
  /** File name → field errors (codes, worded by the UI), for any shipped file that fails to parse (a bug the UI reports). */
  errors: Record<string, FieldError[]>;
}

export function loadShippedScenarios(): LoadedScenarios {
  const scenarios: Scenario[] = [];
  const errors: Record<string, FieldError[]> = {};
  for (const [file, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const result = parseScenario(data);
    if (result.ok) scenarios.push(result.scenario);
    else errors[file] = result.errors;
  }
  return { scenarios, errors };
}
