// Words for the notices of src/app/state-schema.ts (storage, share links, teacher settings, seeds).
// Notices travel as codes with parameters and are worded here, when they are shown, so they read in
// the page's language even when they were raised at boot before the locale was known, and follow a
// language switch. Output is plain text for textContent; parameters from outside the app were
// already reduced by safeText() where they were raised.
import { findInput } from '../../model/inputs';
import type { Notice, NoticeParams, SeedProblem } from '../../app/state-schema';
import { readShareLink, type DecodeOptions } from '../../app/share-link';
import type { Scenario } from '../../model/types';
import type { Selection } from '../../app/session';
import type { Locale } from '../i18n';
import type { TeacherSettings } from '../../app/teacher';
import { t, tData, tn } from '../i18n';

/** The label of an input path in the current language (the path itself when it is unknown). */
function inputLabel(path: string | number | undefined): string {
  const spec = typeof path === 'string' ? findInput(path) : undefined;
  return spec ? tData(spec.label) : String(path ?? '');
}

/** One notice in the current language. */
export function wordNotice(item: Notice): string {
  const p: NoticeParams = item.params ?? {};
  switch (item.code) {
    case 'storage/off':
      return t('This browser does not keep settings here (storage is off); the app starts with its defaults and changes last until the page is closed.');
    case 'storage/denied':
      return t('This browser does not allow saved settings here; the app starts with its defaults and changes last until the page is closed.');
    case 'storage/newer-version':
      return t('Settings were saved by a newer version of Threshold; this version starts with its defaults and does not change them.');
    case 'storage/unreadable-backed-up':
      return t('Saved settings could not be read; the app starts with its defaults. A copy of the unreadable data was kept.');
    case 'storage/unreadable-no-copy':
      return t('Saved settings could not be read and no copy could be made; the app starts with its defaults and will not overwrite them.');
    case 'storage/dropped-backed-up':
      return t('A copy of the saved data as it was has been kept.');
    case 'storage/dropped-no-copy':
      return t('No copy of the saved data could be made, so it will not be overwritten; changes last until the page is closed.');
    case 'storage/setting-invalid':
      return t('A saved setting ({name}) was not valid; its default is used.', { name: String(p.name ?? '') });
    case 'storage/selection-unreadable':
      return t('The saved set-up could not be read; the app starts with the first scenario.');
    case 'storage/seed-invalid':
      return t('The saved seed was not valid (1 to 64 characters, no control or invisible characters); seed {seed} is used.', { seed: String(p.seed ?? '') });
    case 'storage/override-dropped':
      return t('A saved input change ({input}) was not valid and was dropped.', { input: String(p.input ?? '') });
    case 'storage/selection-older-model':
      if (p.version === undefined) {
        return t('Your saved set-up was made with an earlier model version; this copy runs version {current}. Its changed inputs were kept, but the results may differ from the ones you saw.', {
          current: String(p.current ?? ''),
        });
      }
      return t('Your saved set-up was made with model version {version}; this copy runs version {current}. Its changed inputs were kept, but the results may differ from the ones you saw.', {
        version: String(p.version ?? ''),
        current: String(p.current ?? ''),
      });
    case 'storage/objective-invalid':
      return t("The saved objective was not valid; the scenario's own objective is used.");
    case 'storage/customs-not-list':
      return t('The saved custom scenarios were not a list and could not be read.');
    case 'storage/customs-rejected':
      return tn(
        '{count} saved custom scenario did not pass the checks and was not loaded; it is kept in storage so nothing is lost.',
        '{count} saved custom scenarios did not pass the checks and were not loaded; they are kept in storage so nothing is lost.',
        Number(p.count ?? 0),
      );
    case 'storage/not-saved-off':
      return t('Not saved: this browser is not keeping settings for this page. The change lasts until the page is closed.');
    case 'storage/not-saved-full':
      return t('Not saved: browser storage is full. What was saved before is kept; this change lasts until the page is closed.');
    case 'storage/not-saved-refused':
      return t('Not saved: the browser refused to store it. What was saved before is kept; this change lasts until the page is closed.');
    case 'storage/customs-shipped-id':
      return tn(
        '{count} saved custom scenario uses the id of a shipped scenario ({ids}) and was set aside, not listed; it is kept in storage.',
        '{count} saved custom scenarios use the ids of shipped scenarios ({ids}) and were set aside, not listed; they are kept in storage.',
        Number(p.count ?? 0),
        { ids: String(p.ids ?? '') },
      );
    case 'storage/customs-duplicate-id':
      return tn(
        '{count} saved custom scenario repeats the id of another one ({ids}) and was set aside, not listed; it is kept in storage.',
        '{count} saved custom scenarios repeat the ids of others ({ids}) and were set aside, not listed; they are kept in storage.',
        Number(p.count ?? 0),
        { ids: String(p.ids ?? '') },
      );
    case 'storage/customs-over-limit':
      return tn(
        'At most {max} custom scenarios are listed: {count} more saved one ({ids}) was set aside. It is kept in storage; remove one to list it.',
        'At most {max} custom scenarios are listed: {count} more saved ones ({ids}) were set aside. They are kept in storage; remove some to list them.',
        Number(p.count ?? 0),
        { max: Number(p.max ?? 0), ids: String(p.ids ?? '') },
      );
    case 'storage/not-saved-newer':
      return t('Not saved: a newer version of Threshold (in another tab) has saved settings in this browser, and this version does not change them. This change lasts until the page is closed.');
    case 'import/shipped-id':
      return t('Not imported: a shipped scenario already has the id “{id}”.', { id: String(p.id ?? '') });
    case 'storage/custom-limit':
      return t('Not saved: at most {max} custom scenarios can be kept. Remove one first.', { max: Number(p.max ?? 0) });
    case 'teacher/unreadable':
      return t('Teacher settings were not readable; teacher mode is off.');
    case 'teacher/flag-invalid':
      return t('Teacher setting "{name}" should be on or off; it is off.', { name: String(p.name ?? '') });
    case 'teacher/list-invalid':
      return t('Teacher setting "{name}" should be a list of inputs; it is empty.', { name: String(p.name ?? '') });
    case 'teacher/unknown-input':
      return t('Teacher settings name an unknown input ({input}); it was ignored.', { input: String(p.input ?? '') });
    case 'teacher/not-hideable':
      return t('The troop level cannot be hidden (every chart and figure shows it); it stays visible. It can be locked.');
    case 'link/unreadable':
      return t('The link could not be read; the app opened with its usual set-up.');
    case 'link/too-long':
      return t('The link is too long ({length} characters, at most {max}); it was not used.', { length: Number(p.length ?? 0), max: Number(p.max ?? 0) });
    case 'link/too-many-parts':
      return t('The link has too many parts ({count}); it was not used.', { count: Number(p.count ?? 0) });
    case 'link/duplicate':
      return t('The link gives "{name}" more than once; the first value was used.', { name: String(p.name ?? '') });
    case 'link/no-version':
      return t('The link does not say which model version made it; results may differ from the ones it was made with.');
    case 'link/other-version':
      return t("The link was made with model version {linkVersion}; this copy runs version {version}. The scenario opens with its published values and the link's changed inputs were not applied.", {
        linkVersion: String(p.linkVersion ?? ''),
        version: String(p.version ?? ''),
      });
    case 'link/older-version':
      return t('The link was made with model version {linkVersion}; this copy runs version {version}. Its changed inputs were applied, but the results may differ from the ones it was made with.', {
        linkVersion: String(p.linkVersion ?? ''),
        version: String(p.version ?? ''),
      });
    case 'link/no-scenario':
      return t('The link names no scenario; the first scenario opened instead.');
    case 'link/unknown-scenario':
      return t('The link names a scenario this copy does not have ({id}); the first scenario opened instead.', { id: String(p.id ?? '') });
    case 'link/seed-invalid':
      return t("The link's seed is not valid (1 to 64 characters, no control or invisible characters); seed {seed} was used.", { seed: String(p.seed ?? '') });
    case 'link/objective-unknown':
      return t("The link's objective ({objective}) is unknown; the scenario's own objective was used.", { objective: String(p.objective ?? '') });
    case 'link/language-unknown':
      return t('The link asks for a language this app does not have ({lang}); it was ignored.', { lang: String(p.lang ?? '') });
    case 'link/input-unknown':
      return t('The link changes an unknown input ({input}); it was ignored.', { input: String(p.input ?? '') });
    case 'link/value-not-number':
      return t('The link gives "{input}" a value that is not a number; the published value was used.', { input: inputLabel(p.input) });
    case 'link/value-out-of-range':
      return t('The link gives "{input}" a value outside {min} to {max}; the published value was used.', {
        input: inputLabel(p.input),
        min: Number(p.min ?? 0),
        max: Number(p.max ?? 0),
      });
    case 'link/value-rounded':
      return t('"{input}" takes whole numbers; the link\'s value was rounded to {value}.', { input: inputLabel(p.input), value: Number(p.value ?? 0) });
    case 'link/teacher-unknown-input':
      return t('The link locks or hides an unknown input ({input}); it was ignored.', { input: String(p.input ?? '') });
    case 'link/teacher-flag-invalid':
      return t('The link\'s teacher setting "{name}" should be 1 or 0; it is off.', { name: String(p.name ?? '') });
    case 'link/part-unknown':
      return t('The link has a part this app does not know ({name}); it was ignored.', { name: String(p.name ?? '') });
    case 'link/hidden-unreadable':
      return t("The link's values of hidden inputs could not be read; their published values were used.");
    case 'link/applied':
      return t('The shared set-up was opened: its scenario, inputs, seed and teacher settings are in effect.');
    case 'link/declined':
      return t('The link was not opened; your set-up is kept as it was.');
    case 'teacher/lock-kept':
      return t('Locked by the teacher, so the locked value was kept instead of this scenario’s published value: {inputs}.', {
        inputs: String(p.inputs ?? '')
          .split(',')
          .map((path) => inputLabel(path))
          .join(', '),
      });
    case 'seed/invalid':
      return seedProblemText(p.problem as SeedProblem);
    case 'scenarios/unreadable':
      return t('Some scenario files could not be read: {files}', { files: String(p.files ?? '') });
  }
}

/** Several notices as one paragraph, as #notice shows them. */
export function wordNotices(items: readonly Notice[]): string {
  return items.map(wordNotice).join(' ');
}

/** Why a seed typed in a field was refused, in the current language (the field keeps its last seed). */
export function seedProblemText(problem: SeedProblem): string {
  return problem === 'unprintable' ? t('A seed cannot contain control or invisible characters; keeping the last one.') : t('A seed is 1 to 64 characters; keeping the last one.');
}

export interface DecodedShareLink {
  selection: Selection;
  locale: Locale | null;
  teacher: TeacherSettings | null;
  present: boolean;
  /** One plain-text message per part of the link that was not used, in the current language. */
  warnings: string[];
}

/** readShareLink with its notices worded now, in the current language. Never throws. */
export function decodeShareLink(text: unknown, scenarios: readonly Scenario[], options: DecodeOptions = {}): DecodedShareLink {
  const { notices, ...rest } = readShareLink(text, scenarios, options);
  return { ...rest, warnings: notices.map(wordNotice) };
}
