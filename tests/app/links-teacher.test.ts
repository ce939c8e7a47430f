// Links that always apply, and what teacher mode keeps hidden and locked (node part; the page part
// is tests/browser/links-teacher.test.ts):
// - a student share link carries no hidden input's value in readable form, yet opens the same set-up;
// - a link in the page's query ("?scenario=…") is read like a fragment link;
// - a link opened over the student's own changes asks first (linkNeedsConfirm), and applies the
//   link's scenario, inputs, seed and teacher settings when accepted;
// - a lock pins its value: importing (or re-selecting) a scenario with other published values keeps it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_VERSION } from '../../src/model/parameters';
import { describe, expect, it } from 'vitest';
import { applyShareLink, bootStore, declineShareLink, linkNeedsConfirm } from '../../src/app/boot';
import { createKit } from '../../src/app/kit';
import { createSession } from '../../src/app/session';
import { encodeShareLink, isShareQuery, readShareLink, showsHiddenValue, shareUrl } from '../../src/app/share-link';
import { recordLockedValues, validateTeacherSettings, type TeacherSettings } from '../../src/app/teacher';
import { shippedScenarios } from './fixtures';
import { FakeStorage } from './store-helpers';

const shipped = shippedScenarios();
const BUILDUP = 'venezuela-2025-buildup';
const hideHostility: TeacherSettings = { lockedInputs: [], hiddenInputs: ['population.hostility'], hideOutcomes: false, predictFirst: false };

function boot(hash = '') {
  return bootStore({ shipped, storage: new FakeStorage(), hash, languages: ['en'] });
}

describe('hidden values stay out of student links', () => {
  const selection = { scenarioId: BUILDUP, overrides: { 'population.hostility': 0.37, 'intervener.troops': 50000 }, seed: 's' };

  it('the student link (the default) has no readable hidden value, and opens the same set-up', () => {
    const link = encodeShareLink(selection, { teacher: hideHostility });
    expect(link).not.toContain('0.37');
    expect(link).not.toContain('set.population.hostility');
    expect(link).toContain('set.intervener.troops=50000');
    expect(showsHiddenValue(link, hideHostility.hiddenInputs)).toBe(false);
    const read = readShareLink(link, shipped);
    expect(read.notices).toEqual([]);
    expect(read.selection.overrides).toEqual(selection.overrides);
    expect(read.teacher?.hiddenInputs).toEqual(['population.hostility']);
    // The full URL the Share dialog shows (kit.shareLink) is the student link too.
    const store = boot().store;
    store.dispatch({ type: 'selection/set', selection });
    store.dispatch({ type: 'teacher/set', settings: hideHostility });
    const url = createKit(store, () => 'https://example.org/app/#/setup').shareLink();
    expect(url).not.toContain('0.37');
    expect(readShareLink(url, shipped).selection.overrides).toEqual(selection.overrides);
  });

  it('the teacher link writes it plainly; a damaged coded part falls back with a notice', () => {
    const teacherLink = shareUrl('https://example.org/#x', selection, { teacher: hideHostility, audience: 'teacher' });
    expect(teacherLink).toContain('set.population.hostility=0.37');
    expect(showsHiddenValue(teacherLink, hideHostility.hiddenInputs)).toBe(true);
    const broken = readShareLink('#/setup?v=1&scenario=venezuela-2025-buildup&hide=population.hostility&hidden=%%%', shipped);
    expect(broken.notices).toContainEqual({ code: 'link/hidden-unreadable' });
    expect(broken.selection.overrides).toEqual({});
  });
});

describe('query-string links', () => {
  it('a link in the page query is a link; an ordinary query is not', () => {
    expect(isShareQuery('?v=1&scenario=panama-1989')).toBe(true);
    expect(isShareQuery('?set.intervener.troops=40000')).toBe(true);
    expect(isShareQuery('?utm_source=lms&course=7')).toBe(false);
    expect(isShareQuery('')).toBe(false);
    // A link of the current model version (an older one applies too, with a notice: tests/app/model-version.test.ts).
    const { store } = boot(`?v=${MODEL_VERSION}&scenario=panama-1989&seed=q1#/setup`);
    expect(store.getState().selection).toEqual({ scenarioId: 'panama-1989', overrides: {}, seed: 'q1' });
    expect(store.getState().notices).toEqual([]);
  });
});

describe('a link opened over the student’s own changes', () => {
  const link = readShareLink(
    encodeShareLink({ scenarioId: 'panama-1989', overrides: { 'intervener.troops': 40000 }, seed: 'linked' }, { teacher: { lockedInputs: ['population.total'], hiddenInputs: [], hideOutcomes: true, predictFirst: false } }),
    shipped,
  );

  it('asks only when the student changed something the link would replace', () => {
    const { store } = boot('#/setup');
    expect(linkNeedsConfirm(store.getState(), link)).toBe(false);
    store.dispatch({ type: 'selection/override', path: 'defender.cohesion', value: 0.4 });
    expect(linkNeedsConfirm(store.getState(), link)).toBe(true);
    // Declining leaves everything as it was, and says so.
    const before = store.getState().selection;
    declineShareLink(store);
    expect(store.getState().selection).toBe(before);
    expect(store.getState().notices).toEqual([{ code: 'link/declined' }]);
  });

  it('applying sets the link’s scenario, inputs, seed and teacher settings (the saved ones kept)', () => {
    const { store } = boot('#/setup');
    store.dispatch({ type: 'selection/override', path: 'defender.cohesion', value: 0.4 });
    applyShareLink(store, link);
    const state = store.getState();
    expect(state.selection).toEqual({ scenarioId: 'panama-1989', overrides: { 'intervener.troops': 40000 }, seed: 'linked' });
    expect(state.classroom.teacher.hideOutcomes).toBe(true);
    expect(state.classroom.teacher.lockedInputs).toEqual(['population.total']);
    expect(state.classroom.teacher.lockedValues).toEqual({ 'population.total': shipped.find((s) => s.id === 'panama-1989')!.population.total.value });
    expect(state.preferences.teacher.hideOutcomes).toBe(false);
    expect(state.notices).toContainEqual({ code: 'link/applied' });
  });
});

describe('a lock pins its value', () => {
  /** The shipped scenario's file as a class would edit it: another id, other published values. */
  function classFile(id: string, hostility: number): string {
    const data = JSON.parse(readFileSync(join(__dirname, '..', '..', 'scenarios', `${BUILDUP}.json`), 'utf8'));
    data.id = id;
    data.population.hostility.value = hostility;
    return JSON.stringify(data);
  }

  function lockedAt(value: number) {
    const { store } = boot('#/setup');
    const session = createSession(store);
    const kit = createKit(store, () => 'https://example.org/');
    session.setOverride('population.hostility', value);
    // As the teacher panel does: the lock records the value shown when Apply is pressed.
    const settings = recordLockedValues({ lockedInputs: ['population.hostility'], hiddenInputs: [], hideOutcomes: false, predictFirst: false }, session.scenario(), session.selection.overrides);
    expect(settings.lockedValues).toEqual({ 'population.hostility': value });
    kit.setTeacher(settings);
    return { store, session, kit };
  }

  it('importing a scenario with another published value keeps the locked value, with a notice', () => {
    const { store, session, kit } = lockedAt(0.25);
    const imported = kit.importScenario(classFile('class-copy', 0.35));
    expect(imported.ok).toBe(true);
    session.select('class-copy');
    expect(session.selection.scenarioId).toBe('class-copy');
    expect(session.selection.overrides).toEqual({ 'population.hostility': 0.25 });
    expect(store.getState().notices).toContainEqual({ code: 'teacher/lock-kept', params: { inputs: 'population.hostility' } });
    // Importing the same file again with yet another value (the selected scenario replaced): still pinned.
    expect(kit.importScenario(classFile('class-copy', 0.4)).ok).toBe(true);
    expect(session.selection.overrides).toEqual({ 'population.hostility': 0.25 });
    // Choosing the same scenario again (which clears changes) keeps it too.
    session.select('class-copy');
    expect(session.selection.overrides).toEqual({ 'population.hostility': 0.25 });
  });

  it('a lock at the published value survives an import whose published value differs', () => {
    const { session, kit } = lockedAt(0.3);
    session.setOverride('population.hostility', null); // 0.3 is the published value: no change kept
    expect(kit.importScenario(classFile('class-copy-2', 0.35)).ok).toBe(true);
    session.select('class-copy-2');
    expect(session.selection.overrides).toEqual({ 'population.hostility': 0.3 });
  });

  it('a shipped scenario (a back-test) opens with its own published values', () => {
    const { session } = lockedAt(0.25);
    session.select('panama-1989');
    expect(session.selection.overrides).toEqual({});
  });

  it('locked values are read back from stored settings, only for locked inputs', () => {
    const { settings } = validateTeacherSettings({ lockedInputs: ['population.hostility'], lockedValues: { 'population.hostility': 0.25, 'intervener.troops': 5, x: 1 } });
    expect(settings.lockedValues).toEqual({ 'population.hostility': 0.25 });
  });
});
