// The sim command against hostile input: a file that never ends (/dev/zero) or is too large, a key
// written twice, a byte-order mark, runs and sweeps past their limits, --set paths that are not
// inputs ("__proto__", "constructor", …), and terminal control sequences in what it prints. Progress
// of long batches goes to a terminal's stderr only (progress.ts). Escaping text that gets past the
// parser is tests/cli/printable.test.ts.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RUNS, MAX_SWEEP_RUNS, parseArgs } from '../../src/cli/args';
import { main, type SimIo } from '../../src/cli/main';
import { CLEAR_LINE, progressLine, progressReporter } from '../../src/cli/progress';
import { readBounded } from '../../src/cli/read-file';
import { SCENARIO_LIMITS } from '../../src/model/scenario';

const ROOT = join(__dirname, '../..');
const PANAMA = 'scenarios/panama-1989.json';
const panamaText = readFileSync(join(ROOT, PANAMA), 'utf8');

/** `tsx src/cli/sim.ts …` as a real process (stderr is a pipe, not a terminal). */
function spawnSim(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/sim.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => void (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => void (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
// Started when the file loads, so it runs while the in-process tests do.
const devZero = spawnSim(['/dev/zero', '--runs', '10']);

const files = new Map<string, string>();

function sim(argv: string[], extra: Partial<SimIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path, max) => files.get(path) ?? readBounded(resolve(ROOT, path), max),
    ...extra,
  });
  return { code, stdout, stderr };
}

const LIMIT = SCENARIO_LIMITS.maxFileBytes.toLocaleString('en-US');

describe('input size', () => {
  it('`npm run sim -- /dev/zero` stops after the limit and exits 2 naming it', async () => {
    const result = await devZero;
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`sim: /dev/zero is larger than ${LIMIT} bytes, the limit for a scenario file (shipped files are a few tens of kilobytes)\n`);
  });

  it('reads at most one byte past the limit (the same figure as the app import)', () => {
    expect(readBounded('/dev/zero', 1000).length).toBe(1001);
    expect(readBounded(join(ROOT, PANAMA), SCENARIO_LIMITS.maxFileBytes)).toBe(panamaText);
    expect(sim(['/dev/zero']).stderr).toMatch(new RegExp(`larger than ${LIMIT} bytes`));
    files.set('big.json', `${panamaText}${' '.repeat(SCENARIO_LIMITS.maxFileBytes)}`);
    expect(sim(['big.json']).code).toBe(2);
    // Counted in bytes: 400,000 three-byte characters are 1.2 MB.
    files.set('wide.json', `{"title":"${'€'.repeat(400_000)}"}`);
    expect(sim(['wide.json']).stderr).toMatch(/wide\.json is larger than/);
  });
});

describe('file text', () => {
  it('a byte-order mark is accepted', () => {
    files.set('bom.json', `\ufeff${panamaText}`);
    const withBom = sim(['bom.json', '--runs', '50', '--json']);
    expect(withBom.stderr).toBe('');
    expect(withBom.code).toBe(0);
    expect(withBom.stdout).toBe(sim([PANAMA, '--runs', '50', '--json']).stdout);
  });

  it('a key written twice is refused with its path', () => {
    const data = JSON.parse(panamaText);
    data.intervener.troops.value = 123_456_789;
    files.set('twice.json', JSON.stringify(data, null, 2).replace('"value": 123456789', '"value": 1,\n      "value": 10000'));
    const { code, stdout, stderr } = sim(['twice.json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('sim: twice.json is not a valid scenario:\n  intervener.troops.value: the key “value” appears twice in this object; write it once\n');
  });

  it('control sequences in what the parser echoes back are printed escaped, never raw', () => {
    const data = JSON.parse(panamaText);
    data['\u001b[2J\u009b2J'] = 1;
    data.title = 'Panama\u202egnp.exe';
    files.set('esc.json', JSON.stringify(data));
    const { code, stderr } = sim(['esc.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('\\u001b[2J\\u009b2J');
    expect(stderr).toContain('title: holds a control or text-direction character (U+202E) at character 7');
    for (const raw of ['\u001b', '\u009b', '\u202e']) expect(stderr).not.toContain(raw);
    // Arguments too.
    const arg = sim([PANAMA, '--objective', 'x\u001b[2J']);
    expect(arg.stderr).toContain('"x\\u001b[2J"');
    expect(arg.stderr).not.toContain('\u001b');
  });
});

describe('limits on runs', () => {
  const error = (argv: string[]) => {
    const parsed = parseArgs(argv);
    return parsed.kind === 'error' ? parsed.message : null;
  };

  it(`--runs is at most ${MAX_RUNS.toLocaleString('en-US')}`, () => {
    expect(error(['a.json', '--runs', '10000000'])).toBe('--runs must be a whole number from 1 to 1,000,000, got "10000000"');
    expect(error(['a.json', '--runs', String(MAX_RUNS)])).toBeNull();
    const { code, stdout, stderr } = sim([PANAMA, '--runs', '10000000']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^sim: --runs must be a whole number from 1 to 1,000,000/);
  });

  it(`a sweep runs at most ${MAX_SWEEP_RUNS.toLocaleString('en-US')} runs in all (levels × runs)`, () => {
    expect(error(['a.json', '--sweep', '0:1000000:1000', '--runs', '10000000'])).toMatch(/--runs must be a whole number from 1 to 1,000,000/);
    expect(error(['a.json', '--sweep', '0:1000000:1000', '--runs', '1000000'])).toBe('--sweep of 1001 levels × 1,000,000 runs is 1,001,000,000 runs; the limit is 20,000,000 (use fewer runs or a larger step)');
    // The order of the options does not matter.
    expect(error(['a.json', '--runs', '20000', '--sweep', '0:1000000:1000'])).toMatch(/the limit is 20,000,000/);
    expect(error(['a.json', '--sweep', '0:1000000:1000', '--runs', '19980'])).toBeNull();
    expect(sim([PANAMA, '--sweep', '0:1000000:1000', '--runs', '10000000']).code).toBe(2);
  });
});

describe('--set takes only catalogue inputs', () => {
  const NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'intervener.__proto__', 'intervener.troops.value'];

  it.each(NAMES)('--set %s=1 exits 2 naming it', (path) => {
    const { code, stdout, stderr } = sim([PANAMA, '--runs', '10', '--set', `${path}=1`]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(`sim: --set ${path}: unknown input "${path}"; known inputs: intervener.troops,`)).toBe(true);
    // Nothing reached a prototype.
    expect(({} as Record<string, unknown>).troops).toBeUndefined();
  });
});

describe('progress', () => {
  it('draws one line redrawn in place, after a delay, at most every so often, and clears it at the end', () => {
    let clock = 0;
    const written: string[] = [];
    const report = progressReporter(
      (text) => written.push(text),
      () => clock,
      { delayMs: 500, everyMs: 100 },
    );
    report(10, 100);
    clock = 400;
    report(20, 100);
    expect(written).toEqual([]);
    clock = 600;
    report(30, 100);
    clock = 650;
    report(40, 100);
    clock = 800;
    report(50, 100);
    report(100, 100);
    expect(written).toEqual([progressLine(30, 100), progressLine(50, 100), CLEAR_LINE]);
    expect(progressLine(50, 100)).toBe(`\r[${'#'.repeat(15)}${'.'.repeat(15)}]  50% `);
    expect(written.join('')).not.toContain('\n');
    // A short batch draws nothing, so it clears nothing.
    written.length = 0;
    report(1, 2);
    report(2, 2);
    expect(written).toEqual([]);
  });

  it('main reports progress when asked, with the same output; with no progress it writes nothing on stderr', () => {
    const calls: [number, number][] = [];
    const shown = sim([PANAMA, '--runs', '1000', '--json'], { progress: (done, total) => void calls.push([done, total]) });
    const plain = sim([PANAMA, '--runs', '1000', '--json']);
    expect(shown.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    expect(shown.stderr).toBe('');
    expect(calls.length).toBeGreaterThan(10);
    expect(calls[calls.length - 1]).toEqual([1, 1]);
    const sweep = sim([PANAMA, '--runs', '400', '--sweep', '0:20000:10000', '--csv'], { progress: (done, total) => void calls.push([done, total]) });
    expect(sweep.stdout).toBe(sim([PANAMA, '--runs', '400', '--sweep', '0:20000:10000', '--csv']).stdout);
  });
});
