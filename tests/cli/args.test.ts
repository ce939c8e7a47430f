// The sim command's argument parser: every option, every error message, no side effects.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNS, DEFAULT_SEED, parseArgs, parseNumber, type SimArgs } from '../../src/cli/args';

function ok(argv: string[]): SimArgs {
  const parsed = parseArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected a run, got ${JSON.stringify(parsed)}`);
  return parsed.args;
}

function err(argv: string[]): string {
  const parsed = parseArgs(argv);
  if (parsed.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(parsed)}`);
  return parsed.message;
}

describe('parseNumber', () => {
  it('accepts decimals, exponents and digit separators', () => {
    expect(parseNumber('42')).toBe(42);
    expect(parseNumber('-0.5')).toBe(-0.5);
    expect(parseNumber('1e5')).toBe(100000);
    expect(parseNumber('150_000')).toBe(150000);
    expect(parseNumber('.25')).toBe(0.25);
  });
  it('rejects what is not a plain number', () => {
    for (const bad of ['', 'abc', '12abc', '0x10', 'Infinity', 'NaN', '1e400', '1,000']) expect(parseNumber(bad)).toBeNull();
  });
});

describe('parseArgs', () => {
  it('defaults', () => {
    const args = ok(['scenarios/x.json']);
    expect(args).toEqual({ file: 'scenarios/x.json', runs: DEFAULT_RUNS, seed: DEFAULT_SEED, overrides: {}, objective: undefined, sweep: undefined, target: undefined, sensitivity: false, json: false, csv: false });
  });

  it('reads every option, in both --flag value and --flag=value forms', () => {
    const args = ok(['--runs', '500', 'a.json', '--seed=abc', '--troops', '50000', '--set', 'defender.cohesion=0.5', '--set=population.hostility=0.2', '--objective', 'capital', '--json']);
    expect(args.file).toBe('a.json');
    expect(args.runs).toBe(500);
    expect(args.seed).toBe('abc');
    expect(args.overrides).toEqual({ 'intervener.troops': 50000, 'defender.cohesion': 0.5, 'population.hostility': 0.2 });
    expect(args.objective).toBe('capital');
    expect(args.json).toBe(true);
  });

  it('expands a sweep, inclusive of its end', () => {
    expect(ok(['a.json', '--sweep', '10000:50000:10000']).sweep).toEqual([10000, 20000, 30000, 40000, 50000]);
    expect(ok(['a.json', '--sweep', '0:25000:10000']).sweep).toEqual([0, 10000, 20000]);
    expect(ok(['a.json', '--sweep', '0:300000:10000', '--csv']).sweep).toHaveLength(31);
  });

  it('reads a target as a rate or a percentage', () => {
    expect(ok(['a.json', '--target', '0.9']).target).toBe(0.9);
    expect(ok(['a.json', '--target', '75%']).target).toBe(0.75);
  });

  it('asks for the tornado', () => {
    expect(ok(['a.json', '--sensitivity']).sensitivity).toBe(true);
  });

  it('asks for help', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['a.json', '--help'])).toEqual({ kind: 'help' });
  });

  it('rejects bad arguments with a message naming the problem', () => {
    expect(err([])).toMatch(/missing scenario file/);
    expect(err(['a.json', 'b.json'])).toMatch(/one scenario file/);
    expect(err(['a.json', '--bogus'])).toMatch(/unknown option "--bogus"/);
    expect(err(['a.json', '-x'])).toMatch(/unknown option "-x"/);
    expect(err(['a.json', '--runs'])).toMatch(/--runs needs a value/);
    expect(err(['a.json', '--runs', 'ten'])).toMatch(/--runs must be a whole number.*"ten"/);
    expect(err(['a.json', '--runs', '0'])).toMatch(/--runs must be a whole number/);
    expect(err(['a.json', '--runs', '2.5'])).toMatch(/--runs must be a whole number/);
    expect(err(['a.json', '--troops', 'lots'])).toMatch(/--troops must be a number, got "lots"/);
    expect(err(['a.json', '--troops', '-5'])).toMatch(/intervener\.troops: must be between 0 and/);
    expect(err(['a.json', '--set', 'defender.cohesion'])).toMatch(/--set needs path=value/);
    expect(err(['a.json', '--set', 'defender.cohesion=high'])).toMatch(/--set defender\.cohesion: value must be a number, got "high"/);
    expect(err(['a.json', '--set', 'defender.morale=0.5'])).toMatch(/--set defender\.morale: unknown input "defender\.morale"/);
    expect(err(['a.json', '--set', 'defender.cohesion=1.5'])).toMatch(/defender\.cohesion: must be between 0 and 1, got 1\.5/);
    expect(err(['a.json', '--objective', 'everything'])).toMatch(/--objective must be one of capital, country, limited/);
    expect(err(['a.json', '--sweep', '10:20'])).toMatch(/--sweep needs FROM:TO:STEP/);
    expect(err(['a.json', '--sweep', '50:10:5'])).toMatch(/0 ≤ FROM ≤ TO and STEP > 0/);
    expect(err(['a.json', '--sweep', '0:1000000:1'])).toMatch(/more than 1001 levels/);
    expect(err(['a.json', '--csv'])).toMatch(/--csv prints a sweep/);
    expect(err(['a.json', '--sweep', '0:10:5', '--csv', '--json'])).toMatch(/cannot be combined/);
    expect(err(['a.json', '--target', '150%'])).toMatch(/--target must be/);
    expect(err(['a.json', '--target', '0.5', '--sensitivity'])).toMatch(/choose one of --sweep, --target and --sensitivity/);
    expect(err(['a.json', '--sweep', '0:10:5', '--target', '0.5'])).toMatch(/choose one of/);
    expect(err(['a.json', '--json=yes'])).toMatch(/--json takes no value/);
  });
});
