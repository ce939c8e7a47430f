// What the sim command prints is safe for a terminal even when a scenario's text gets past the
// parser: here the parser is made to let a hostile title, question and claim through (vi.mock), and
// the text output shows the control sequences as \uXXXX, the JSON output stays valid JSON with the
// same strings, and CSV keeps its CRLF row ends (src/cli/printable.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { printable } from '../../src/cli/printable';

const HOSTILE = 'Venezuela\u001b[2J\u001b]0;owned\u0007\u009b31m\u202egnp.exe\u2066\r\u0000\u200b\ufeff\ud800';

vi.mock('../../src/model/scenario', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/model/scenario')>();
  // The parser reads a clean copy; the hostile words are put back after it.
  const parseScenario: typeof real.parseScenario = (input) => {
    const raw = input as { title: string; question: string; claims: { who: string; quote: string }[] };
    const result = real.parseScenario({ ...raw, title: 'x', question: 'x', claims: raw.claims.map((c) => ({ ...c, who: 'x', quote: 'x' })) });
    if (!result.ok) return result;
    const claims = result.scenario.claims.map((c, i) => ({ ...c, who: raw.claims[i].who, quote: raw.claims[i].quote }));
    return { ok: true, scenario: { ...result.scenario, title: raw.title, question: raw.question, claims } };
  };
  return { ...real, parseScenario };
});

const data = JSON.parse(readFileSync(join(__dirname, '../../scenarios/venezuela-2025-buildup.json'), 'utf8'));
data.title = HOSTILE;
data.question = `Question${HOSTILE}`;
data.claims[0].who = `Who${HOSTILE}`;
data.claims[0].quote = `Quote${HOSTILE}`;
const FILE = JSON.stringify(data);

function sim(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readFile: () => FILE });
  return { code, stdout, stderr };
}

/** What a terminal could obey or hide (a CR only when it is not part of CRLF). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff\ud800-\udfff]|\r(?!\n)/;

describe('printable output', () => {
  it('printable() writes controls, bidirectional controls and invisibles as \\uXXXX, keeping newlines, CRLF and ordinary text', () => {
    expect(printable('a\u001b[2Jb')).toBe('a\\u001b[2Jb');
    expect(printable('x\u009b31m\u202e\u2066\u200e\ufeff')).toBe('x\\u009b31m\\u202e\\u2066\\u200e\\ufeff');
    expect(printable('one\ntwo\r\nthree\rfour\t')).toBe('one\ntwo\r\nthree\\u000dfour\\u0009');
    expect(printable('\ud83d\ude00 lone \ud800')).toBe('\ud83d\ude00 lone \\ud800');
    const plain = 'Venezuela — «¿cuántas?» 1,000 → 2,000 ± 5% 😀 مرحبا';
    expect(printable(plain)).toBe(plain);
  });

  it('text output: the hostile title, question and claim are shown escaped, nothing raw', () => {
    const { code, stdout, stderr } = sim('x.json', '--runs', '50');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(UNSAFE);
    expect(stdout).toContain('Venezuela\\u001b[2J\\u001b]0;owned\\u0007\\u009b31m\\u202egnp.exe\\u2066\\u000d\\u0000\\u200b\\ufeff\\ud800');
    expect(stdout).toContain('Who');
    expect(stdout.split('\n')[0].startsWith('Venezuela\\u001b')).toBe(true);
  });

  it('JSON output stays valid JSON holding the same strings, with no raw control or direction character', () => {
    const { code, stdout } = sim('x.json', '--runs', '50', '--json');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(UNSAFE);
    const parsed = JSON.parse(stdout);
    expect(parsed.scenario.title).toBe(HOSTILE);
    expect(parsed.claims[0].who).toBe(`Who${HOSTILE}`);
    const sweep = sim('x.json', '--runs', '20', '--sweep', '0:20000:10000', '--json');
    expect(JSON.parse(sweep.stdout).scenario.title).toBe(HOSTILE);
  });

  it('CSV keeps its CRLF row ends; the table and the tornado escape the title too', () => {
    const csv = sim('x.json', '--runs', '20', '--sweep', '0:20000:10000', '--csv').stdout;
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(csv).not.toMatch(UNSAFE);
    for (const extra of [['--sweep', '0:20000:10000'], ['--sensitivity'], ['--target', '0.5']]) {
      const { code, stdout } = sim('x.json', '--runs', '20', ...extra);
      expect(code, extra.join(' ')).toBe(0);
      expect(stdout, extra.join(' ')).not.toMatch(UNSAFE);
      expect(stdout, extra.join(' ')).toContain('Venezuela\\u001b[2J');
    }
  });
});
