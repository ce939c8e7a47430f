// What every shipped claim card must carry for its verdict to be honest (issue 11): each check's
// level (troops, objective, threshold) is a judgment call, so each says why in the file (and the
// card shows it); a quote the model cannot test is marked so, and names what it checks instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/engine/scenario';
import { isScenarioFileName } from '../../src/model/scenario-schema';
import type { Scenario } from '../../src/model/types';

const DIR = join(__dirname, '../../scenarios');
const scenarios: Scenario[] = readdirSync(DIR)
  .filter(isScenarioFileName)
  .sort()
  .map((file) => {
    const parsed = parseScenario(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
    if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.errors)}`);
    return parsed.scenario;
  });

describe('shipped claim cards', () => {
  it('every check says why its level was chosen', () => {
    let checks = 0;
    for (const s of scenarios) {
      for (const c of s.claims) {
        c.checks.forEach((check, i) => {
          expect(check.why?.trim().length ?? 0, `${s.id} ${c.id} check ${i}: add "why"`).toBeGreaterThan(40);
          checks++;
        });
      }
    }
    expect(checks).toBeGreaterThanOrEqual(20);
  });

  it("Seth Jones's quote (special operations, which the model lacks) is marked not testable, and says what is checked instead", () => {
    const cards = scenarios.flatMap((s) => s.claims).filter((c) => c.id === 'jones-special-operations');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.testable).toBe(false);
      expect(card.expected).toBe('not-testable');
      expect(card.claim).toMatch(/cannot test/);
      expect(card.claim).toMatch(/instead/);
    }
  });

  it('a card marked not testable expects no verdict, and only such a card does', () => {
    for (const s of scenarios) {
      for (const c of s.claims) expect(`${c.id}: ${c.testable === false}`).toBe(`${c.id}: ${c.expected === 'not-testable'}`);
    }
  });
});
