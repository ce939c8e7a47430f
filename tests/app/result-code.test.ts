// Result codes (src/app/result-code.ts) and pooling them (src/app/result-pool.ts): a round trip keeps
// every field, any one-character change is refused, other code versions, model versions and scenario
// versions are refused by name, repeats are duplicates, and the class tables and CSV add up.
import { describe, expect, it } from 'vitest';
import { crc32, decodeResultCode, encodeResultCode, RESULT_CODE_PREFIX, type ResultRecord } from '../../src/app/result-code';
import { changedInputs, calibration, outcomeTable, poolCodes, poolCsv, splitCodes } from '../../src/app/result-pool';
import { MODEL_VERSION } from '../../src/model/parameters';
import { shippedScenarios } from './fixtures';
import { fakeRecord, rngOf } from './result-fixtures';

const SCENARIOS = shippedScenarios();
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';

function records(n: number, seed: string): ResultRecord[] {
  const rng = rngOf(seed);
  return Array.from({ length: n }, () => fakeRecord(rng, SCENARIOS[Math.floor(rng() * SCENARIOS.length)]));
}

describe('result codes', () => {
  it('round-trips 400 random results field for field', () => {
    for (const record of records(400, 'round-trip')) {
      const code = encodeResultCode(record);
      expect(code.startsWith(RESULT_CODE_PREFIX)).toBe(true);
      expect(code).toMatch(/^TH1-[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
      const decoded = decodeResultCode(`  ${code}\n`);
      expect(decoded).toEqual({ ok: true, record });
      // Equal records give equal codes.
      expect(encodeResultCode(record)).toBe(code);
    }
  });

  it('uses the standard CRC-32', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
  });

  it('refuses every one-character change, addition and deletion', () => {
    const rng = rngOf('one-char');
    for (const record of records(40, 'one-char-records')) {
      const code = encodeResultCode(record);
      for (let i = 0; i < code.length; i++) {
        let other = code[i];
        while (other === code[i]) other = ALPHABET[Math.floor(rng() * ALPHABET.length)];
        const changed = code.slice(0, i) + other + code.slice(i + 1);
        expect(decodeResultCode(changed).ok, `${i}: ${changed}`).toBe(false);
        expect(decodeResultCode(code.slice(0, i) + code.slice(i + 1)).ok).toBe(false);
      }
    }
    // A payload character changed (not the prefix or the checksum) is a checksum failure.
    const code = encodeResultCode(records(1, 'x')[0]);
    const i = 10;
    const changed = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    expect(decodeResultCode(changed)).toEqual({ ok: false, problem: 'checksum' });
  });

  it('names an unknown code version, and refuses malformed text', () => {
    const code = encodeResultCode(records(1, 'version')[0]);
    expect(decodeResultCode(code.replace(/^TH1-/, 'TH2-'))).toEqual({ ok: false, problem: 'unknown-version', version: '2' });
    expect(decodeResultCode('')).toEqual({ ok: false, problem: 'empty' });
    expect(decodeResultCode(42)).toEqual({ ok: false, problem: 'empty' });
    expect(decodeResultCode('hello')).toEqual({ ok: false, problem: 'not-a-code' });
    expect(decodeResultCode('TH1-abc')).toEqual({ ok: false, problem: 'malformed' });
    expect(decodeResultCode(`TH1-${'A'.repeat(4000)}.00000000`)).toEqual({ ok: false, problem: 'too-long' });
    // A well-formed, correctly checksummed code whose payload is not a result.
    const body = `TH1-${btoa(JSON.stringify([1, 2, 3])).replace(/=+$/, '')}`;
    const sum = crc32(body).toString(16).padStart(8, '0');
    expect(decodeResultCode(`${body}.${sum}`)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('is short enough for a QR code a phone reads from the projector', () => {
    const lengths = records(200, 'lengths').map((r) => encodeResultCode(r).length);
    lengths.sort((a, b) => a - b);
    expect(lengths[lengths.length - 1]).toBeLessThan(600);
  });
});

describe('pooling a class', () => {
  it('accepts good codes and refuses bad, duplicate, other-model and other-scenario-version ones, naming the line', () => {
    const good = records(25, 'class').map(encodeResultCode);
    const otherModel = encodeResultCode({ ...records(1, 'm')[0], modelVersion: MODEL_VERSION + 1 });
    const otherScenario = encodeResultCode({ ...records(1, 's')[0], scenarioHash: '0123456789abcd' });
    const unknown = encodeResultCode({ ...records(1, 'u')[0], scenarioId: 'not-shipped' });
    const text = [...good.slice(0, 20), `${good[20]} ${good[21]}, ${good[22]}`, good[23], good[24], good[3], 'garbage', otherModel, otherScenario, unknown, ''].join('\n');
    const answer = poolCodes(text, SCENARIOS);
    expect(answer.accepted.map((a) => a.code)).toEqual(good);
    expect(answer.accepted[21].line).toBe(21);
    expect(answer.refused).toEqual([
      { line: 24, excerpt: good[3].slice(0, 23) + '…', problem: 'duplicate', of: 4 },
      { line: 25, excerpt: 'garbage', problem: 'not-a-code' },
      { line: 26, excerpt: otherModel.slice(0, 23) + '…', problem: 'other-model', version: String(MODEL_VERSION + 1) },
      { line: 27, excerpt: otherScenario.slice(0, 23) + '…', problem: 'other-scenario-version' },
      { line: 28, excerpt: unknown.slice(0, 23) + '…', problem: 'unknown-scenario' },
    ]);
    // A second paste: every code already pooled is a duplicate.
    const again = poolCodes(good.slice(0, 3).join('\n'), SCENARIOS, new Set(good));
    expect(again.accepted).toEqual([]);
    expect(again.refused.map((r) => r.problem)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(splitCodes('a b\r\n\nc')).toEqual([
      { line: 1, code: 'a' },
      { line: 1, code: 'b' },
      { line: 3, code: 'c' },
    ]);
  });

  it('computes the class tables and the CSV from the codes', () => {
    const recs = records(30, 'tables');
    const { accepted } = poolCodes(recs.map(encodeResultCode).join('\n'), SCENARIOS);
    expect(accepted).toHaveLength(30);
    const table = outcomeTable(accepted);
    const played = recs.filter((r) => r.game);
    expect(table.played).toBe(played.length);
    expect(table.unplayed).toBe(30 - played.length);
    expect(table.rows.reduce((s, r) => s + r.games, 0)).toBe(played.length);
    expect(table.rows.find((r) => r.outcome === 'failed')!.games).toBe(played.filter((r) => r.game!.outcome === 'failed').length);
    expect(table.rows.reduce((s, r) => s + r.expected, 0)).toBeCloseTo(played.length, 6);
    const forecasts = recs.filter((r) => r.forecast !== null);
    const cal = calibration(accepted);
    expect(cal.count).toBe(forecasts.length);
    expect(cal.meanGap).toBeCloseTo(forecasts.reduce((s, r) => s + Math.abs(r.forecast! - r.batch.successRate), 0) / forecasts.length, 9);
    const inputs = changedInputs(accepted);
    const troops = recs.filter((r) => 'intervener.troops' in r.overrides).length;
    expect(inputs.find((c) => c.path === 'intervener.troops')?.groups ?? 0).toBe(troops);
    const csv = poolCsv(accepted);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(31);
    expect(lines[0].split(',').slice(0, 8)).toEqual(['line', 'scenario', 'model_version', 'scenario_hash', 'objective', 'seed', 'forecast', 'model_success_rate']);
    const first = recs[0];
    expect(lines[1]).toContain(`${first.scenarioId},${MODEL_VERSION},${first.scenarioHash}`);
    expect(lines[1]).toContain(`,${first.batch.successRate},`);
  });
});
