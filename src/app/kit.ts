// Classroom-kit view over the app store (src/app/store.ts): teacher settings, the student's forecast
// and whether hidden outcomes were revealed, the theme, custom scenarios and the share link. Every
// change is a dispatched action; storage follows the store (src/app/boot.ts persist), so nothing here
// holds state or splices a shared list.
import { parseScenarioText, type FieldError } from '../model/scenario';
import type { Scenario } from '../model/types';
import { markImportedChanges } from './export';
import { shareUrl } from './share-link';
import { notice, type Notice, type Theme } from './state-schema';
import { isCustom, MAX_CUSTOM_SCENARIOS, selectPrediction, selectScenario, type AppStore } from './store';
import type { SaveOutcome } from './store-state';
import type { TeacherSettings } from './teacher';

/**
 * An import's result. `saved` says whether the listed scenario was kept in storage (the outcome of
 * the save the import caused, src/app/boot.ts persist); null when nothing saved it (no persistence
 * wired), which the UI reports as "this session only" too.
 */
export type ImportResult = { ok: true; scenario: Scenario; saved: SaveOutcome | null } | { ok: false; errors: FieldError[]; notice?: Notice };

export interface Kit {
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
  /** Parse and list an imported scenario file; field errors come back as codes (the UI words them). */
  importScenario(text: string): ImportResult;
  removeCustom(id: string): void;
  /** The full share URL of the current set-up. */
  shareLink(): string;
}

/** Apply a theme to the document (CSS variables switch on data-theme). */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

export function createKit(store: AppStore, pageUrl: () => string): Kit {
  const state = () => store.getState();
  return {
    teacher: () => state().classroom.teacher,
    setTeacher(settings) {
      store.dispatch({ type: 'teacher/set', settings });
    },
    prediction: () => selectPrediction(state()),
    setPrediction(share) {
      store.dispatch({ type: 'prediction/set', share });
    },
    revealed: () => state().classroom.revealed,
    setRevealed(on) {
      store.dispatch({ type: 'outcomes/reveal', revealed: on });
    },
    theme: () => state().preferences.theme,
    setTheme(theme) {
      store.dispatch({ type: 'theme/set', theme });
    },
    isCustom: (id) => isCustom(state(), id),
    importScenario(text) {
      // Size cap, byte-order mark, JSON and duplicate keys, then the parser (src/model/scenario.ts).
      const parsed = parseScenarioText(text);
      if (!parsed.ok) return { ok: false, errors: parsed.errors };
      const now = state();
      // A number changed by hand under a shipped file's source is the importer's choice, never "published".
      const shipped = now.scenarios.filter((s) => !isCustom(now, s.id));
      const scenario = markImportedChanges(parsed.scenario, shipped);
      if (now.scenarios.some((s) => s.id === scenario.id) && !isCustom(now, scenario.id)) {
        return { ok: false, errors: [], notice: notice('import/shipped-id', { id: scenario.id.replace(/[^A-Za-z0-9._:-]/g, '') }) };
      }
      const others = now.custom.ids.filter((id) => id !== scenario.id).length + now.custom.kept.filter((item) => (item as { id?: unknown } | null)?.id !== scenario.id).length;
      if (others >= MAX_CUSTOM_SCENARIOS) return { ok: false, errors: [], notice: notice('storage/custom-limit', { max: MAX_CUSTOM_SCENARIOS }) };
      store.dispatch({ type: 'custom/add', scenario });
      // The change was saved at once (persist), so the last save's outcome is this import's.
      return { ok: true, scenario, saved: state().lastSave };
    },
    removeCustom(id) {
      store.dispatch({ type: 'custom/remove', id });
    },
    shareLink() {
      const now = state();
      return shareUrl(pageUrl(), now.selection, { locale: now.locale, teacher: now.classroom.teacher }, selectScenario(now));
    },
  };
}
