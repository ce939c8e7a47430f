// Exports keep their context (issue "Lesson"): every exported file's name carries the scenario, the
// troops and the seed through one function; the debrief CSV lists every changed input (advanced ones
// too) with the file's value and the value used; an imported set-up never calls a number "published"
// that its source does not give.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedInputs, debriefCsv, markImportedChanges, scenarioWithOverrides } from '../../src/app/export';
import { exportFileName, fileContext } from '../../src/app/file-names';
import { runSummary } from '../../src/engine/batch';
import { copyScenario } from '../../src/engine/scenario';
import { INPUTS, sourcedAt } from '../../src/model/inputs';
import { statusAgainstFiles, statusOf } from '../../src/model/status';
import type { Scenario } from '../../src/model/types';
import { readCsv } from '../csv-reader';
import { scenarioById, shippedScenarios } from './fixtures';

const shipped = shippedScenarios();
const venezuela = scenarioById('venezuela-2025-buildup');

describe('one file name for every export', () => {
  it('carries the scenario, the troops, the seed and what the file holds', () => {
    expect(exportFileName({ scenario: 'venezuela-2025-buildup', troops: 10_000, seed: 'abc' }, 'results', 'csv')).toBe('threshold-venezuela-2025-buildup-10000-seed-abc-results.csv');
    expect(exportFileName(fileContext(venezuela, { 'intervener.troops': 45_500 }, 'Clase 3B'), 'sweep', 'png')).toBe('threshold-venezuela-2025-buildup-45500-seed-clase-3b-sweep.png');
    expect(exportFileName(fileContext(venezuela, {}, 'x'), 'inputs', '.json')).toBe('threshold-venezuela-2025-buildup-10000-seed-x-inputs.json');
    // A file pooling many set-ups (the class's results) names only what it holds.
    expect(exportFileName(null, 'class-results', 'csv')).toBe('threshold-class-results.csv');
  });

  it('keeps to lower-case ASCII letters, digits and hyphens, whatever the seed (emoji, other scripts, path characters)', () => {
    const names = ['😀', '東京 2025', 'año 3', '../../etc', 'a'.repeat(64), 'CON'].map((seed) => exportFileName({ scenario: 'grenada-1983', troops: 7653.4, seed }, 'results', 'csv'));
    for (const name of names) expect(name).toMatch(/^threshold-grenada-1983-7653-seed-[a-z0-9-]+-results\.csv$/);
    // Seeds with nothing a name can keep still differ from each other.
    expect(exportFileName({ scenario: 's', troops: 1, seed: '😀' }, 'r', 'csv')).not.toBe(exportFileName({ scenario: 's', troops: 1, seed: '😃' }, 'r', 'csv'));
  });

  it('is the only way the app names a download: no file name is written as a literal in src/ui or src/app', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk('src/ui');
    walk('src/app');
    const literal = /['"`][^'"`\s]+\.(csv|png|svg|json|txt)['"`]/;
    const offenders: string[] = [];
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/(downloadText|downloadBlob)\(/.test(line) && !/exportFileName\(|\bname\(/.test(line) && !/function download/.test(line)) offenders.push(`${file}:${i + 1}`);
          if (literal.test(line) && !/^\s*(\/\/|\*)/.test(line) && !/accept:|import |manifest|\.webmanifest|schema\.json|scenario\.schema/.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});

describe('the debrief CSV lists every changed input', () => {
  const summary = runSummary(venezuela, { runs: 20, seed: 'csv', overrides: { 'intervener.troops': 30_000 } });

  it('gives path, label, file value, value used and status of each, advanced inputs included, and leaves out overrides equal to the file', () => {
    const overrides = { 'intervener.troops': 30_000, 'defender.regulars': 120_000, 'advanced.entryDays': 40, 'defender.posture': 1.3 };
    expect(changedInputs(venezuela, overrides).map((c) => c.path)).toEqual(INPUTS.map((s) => s.path).filter((p) => ['intervener.troops', 'defender.regulars', 'advanced.entryDays'].includes(p)));
    const rows = readCsv(debriefCsv(summary, { scenario: venezuela.id, objective: 'capital' }, venezuela, overrides));
    expect(rows[0][0]).toBe('scenario');
    expect(rows[1][0]).toBe(venezuela.id);
    expect(rows[2]).toEqual(['']);
    expect(rows[3]).toEqual(['changed_input', 'label', 'file_value', 'used_value', 'status', 'file_status']);
    const block = rows.slice(4);
    expect(block).toContainEqual(['intervener.troops', 'Intervention troops', '10000', '30000', 'changed', 'published']);
    expect(block).toContainEqual(['defender.regulars', sourcedLabel('defender.regulars'), '90000', '120000', 'changed', 'published']);
    expect(block).toContainEqual(['advanced.entryDays', sourcedLabel('advanced.entryDays'), '60', '40', 'changed', 'design']);
    expect(block).toHaveLength(3);
  });

  it('has only the block header when nothing was changed', () => {
    const rows = readCsv(debriefCsv(summary, {}, venezuela, { 'defender.posture': 1.3 }));
    expect(rows.slice(3)).toEqual([['changed_input', 'label', 'file_value', 'used_value', 'status', 'file_status']]);
  });
});

function sourcedLabel(path: string): string {
  return INPUTS.find((s) => s.path === path)!.label;
}

/** A copy of a shipped file under a new id, as a teacher might edit and import it. */
function edited(base: Scenario, id: string, edit: (s: Scenario) => void): Scenario {
  const copy = copyScenario(base);
  copy.id = id;
  edit(copy);
  return copy;
}

describe('an imported set-up never calls a changed value "published"', () => {
  it('statusAgainstFiles: the same source with a number the file does not give is a design choice; the file number keeps its status', () => {
    const file = sourcedAt(venezuela, 'defender.regulars')!;
    expect(statusOf(file)).toBe('published');
    expect(statusAgainstFiles({ ...file, value: 150_000 }, [file])).toBe('design');
    expect(statusAgainstFiles({ ...file }, [file])).toBe('published');
    // Its own source: the importer's claim stands; no file at that path: as declared.
    expect(statusAgainstFiles({ ...file, value: 150_000, source: 'Another count (2026).' }, [file])).toBe('published');
    expect(statusAgainstFiles({ ...file, value: 150_000 }, [undefined])).toBe('published');
  });

  it('an edited copy of a shipped file is marked where it was changed, and only there', () => {
    const imported = edited(venezuela, 'venezuela-edited', (s) => void (s.defender.regulars.value = 150_000));
    expect(statusOf(sourcedAt(imported, 'defender.regulars')!)).toBe('published');
    const marked = markImportedChanges(imported, shipped);
    const record = sourcedAt(marked, 'defender.regulars')!;
    expect(record.value).toBe(150_000);
    expect(statusOf(record)).toBe('design');
    expect(record.source).toMatch(/^Design choice, changed before import: the file's published value 90000/);
    for (const spec of INPUTS.filter((s) => s.path !== 'defender.regulars')) expect(sourcedAt(marked, spec.path)).toEqual(sourcedAt(imported, spec.path));
    // The import is not changed in place.
    expect(statusOf(sourcedAt(imported, 'defender.regulars')!)).toBe('published');
  });

  it.each(shipped.map((s) => [s.id, s] as const))('%s copied unchanged under a new id keeps every status', (id, scenario) => {
    const copy = edited(scenario, `${id}-copy`, () => {});
    expect(markImportedChanges(copy, shipped)).toBe(copy);
  });

  it('a class set-up exported by the app is already marked and imports as it is', () => {
    const file = scenarioWithOverrides(venezuela, { 'defender.regulars': 150_000 }, 'class');
    expect(markImportedChanges(file, shipped)).toBe(file);
    expect(statusOf(sourcedAt(file, 'defender.regulars')!)).toBe('design');
  });
});
