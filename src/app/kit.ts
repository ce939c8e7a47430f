// Classroom-kit state shared by the shell and the screens: the versioned store, teacher settings,
// the student's forecast and whether hidden outcomes were revealed, the theme, and custom scenarios.
// Boot order (link over storage over defaults) lives in bootKit so main.ts stays a router.
import { parseScenario } from '../engine/scenario';
import { checkOverrides } from '../model/inputs';
import type { Scenario } from '../model/types';
import { getLocale, pickLocale, setLocale } from '../ui/i18n';
import type { Session } from './session';
import { decodeShareLink, shareUrl } from './share-link';
import { browserStorage, openStore, type SaveResult, type Store, type Theme } from './storage';
import { defaultTeacherSettings, type TeacherSettings } from './teacher';

export interface Kit {
  store: Store;
  teacher(): TeacherSettings;
  setTeacher(settings: TeacherSettings): void;
  /** The student's forecast of the chance of success (share 0-1) for the current selection, or null. */
  prediction(): number | null;
  setPrediction(share: number | null): void;
  /** True once the teacher revealed hidden outcomes (for this page's life). */
  revealed(): boolean;
  setRevealed(on: boolean): void;
  theme(): Theme;
  setTheme(theme: Theme): void;
  /** Ids of scenarios that came from an import (listed apart on Choose, removable). */
  isCustom(id: string): boolean;
  /** Parse, save and list an imported scenario file; field errors come back as "path: message". */
  importScenario(text: string): { ok: true; scenario: Scenario; message: string | null } | { ok: false; errors: string[] };
  removeCustom(id: string): SaveResult;
  /** The full share URL of the current set-up. */
  shareLink(): string;
}

/** Apply a theme to the document (CSS variables switch on data-theme). */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

export interface BootResult {
  kit: Kit;
  /** Plain-text messages for #notice (storage problems, link warnings). */
  messages: string[];
  /** Initial selection for createSession, and the objective to apply after. */
  initial: Session['selection'] | null;
}

/**
 * Read storage and the page's share link (which wins), set the locale, and return the kit. The
 * session is created by the caller with `initial`, then handed back through `attach`.
 */
export function bootKit(shipped: Scenario[], location: { href: string; hash: string }): BootResult & { attach(session: Session): void } {
  const store = openStore(browserStorage());
  const messages: string[] = [...store.loadMessages];
  const customIds = new Set<string>();
  for (const scenario of store.customScenarios) {
    if (shipped.some((s) => s.id === scenario.id)) continue;
    shipped.push(scenario);
    customIds.add(scenario.id);
  }
  const prefs = store.preferences;
  const link = decodeShareLink(location.hash, shipped, { defaultScenarioId: 'venezuela-2025-buildup' });
  setLocale(link.locale ?? prefs.locale ?? pickLocale(null, typeof navigator === 'undefined' ? [] : navigator.languages));
  // Warnings were written in the language current while decoding; decode again so they read in the chosen one.
  const warnings = link.present ? decodeShareLink(location.hash, shipped, { defaultScenarioId: 'venezuela-2025-buildup' }).warnings : [];
  messages.push(...warnings);

  let teacher: TeacherSettings = link.present && link.teacher ? link.teacher : (prefs.teacher ?? defaultTeacherSettings());
  if (link.present && !link.teacher) teacher = defaultTeacherSettings();
  let initial: Session['selection'] | null = null;
  if (link.present) initial = link.selection;
  else if (prefs.lastSelection && shipped.some((s) => s.id === prefs.lastSelection!.scenarioId) && checkOverrides(prefs.lastSelection.overrides).length === 0) {
    initial = prefs.lastSelection;
  }
  let theme: Theme = prefs.theme;
  applyTheme(theme);
  let prediction: number | null = null;
  let predictionKey = '';
  let revealed = false;
  let session: Session | null = null;

  const save = (result: SaveResult) => {
    if (!result.ok && result.message) {
      messages.push(result.message);
      // After start-up nobody reads `messages` again: a save that fails later (full storage) is shown now.
      const notice = typeof document === 'undefined' ? null : document.getElementById('notice');
      if (notice && !(notice.textContent ?? '').includes(result.message)) notice.textContent = result.message;
    }
    return result;
  };

  const kit: Kit = {
    store,
    teacher: () => teacher,
    setTeacher(settings) {
      teacher = settings;
      save(store.update({ teacher: settings }));
    },
    prediction: () => (session && predictionKey === session.selectionKey() ? prediction : null),
    setPrediction(share) {
      prediction = share;
      predictionKey = session?.selectionKey() ?? '';
    },
    revealed: () => revealed,
    setRevealed(on) {
      revealed = on;
    },
    theme: () => theme,
    setTheme(next) {
      theme = next;
      applyTheme(next);
      save(store.update({ theme: next }));
    },
    isCustom: (id) => customIds.has(id),
    importScenario(text) {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (err) {
        return { ok: false, errors: [`(file): ${(err as Error).message}`] };
      }
      const parsed = parseScenario(data);
      if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => `${e.path || '(file)'}: ${e.message}`) };
      const scenario = parsed.scenario;
      const scenarios = session?.scenarios ?? shipped;
      const clash = scenarios.findIndex((s) => s.id === scenario.id);
      if (clash >= 0 && !customIds.has(scenario.id)) {
        return { ok: false, errors: [`id: a shipped scenario already has the id "${scenario.id.replace(/[^A-Za-z0-9._:-]/g, '')}"`] };
      }
      const result = store.saveCustomScenario(scenario);
      if (clash >= 0) scenarios.splice(clash, 1, scenario);
      else scenarios.push(scenario);
      customIds.add(scenario.id);
      return { ok: true, scenario, message: result.ok ? null : result.message };
    },
    removeCustom(id) {
      const result = store.removeCustomScenario(id);
      const scenarios = session?.scenarios ?? shipped;
      const index = scenarios.findIndex((s) => s.id === id);
      if (index >= 0 && customIds.has(id)) scenarios.splice(index, 1);
      customIds.delete(id);
      if (session && session.selection.scenarioId === id) session.select(scenarios[0].id);
      return result;
    },
    shareLink() {
      if (!session) return location.href;
      return shareUrl(window.location.href, session.selection, { locale: getLocale(), teacher }, session.scenario());
    },
  };

  return {
    kit,
    messages,
    initial,
    attach(s) {
      session = s;
      if (initial?.objective) s.setObjective(initial.objective);
      s.subscribe((selection) => {
        save(store.update({ lastSelection: selection }));
      });
    },
  };
}
