// Share-link types and limits, shared by the writer (share-link.ts) and the reader (share-link-read.ts).
import type { Locale, Notice, Selection } from './state-schema';
import type { TeacherSettings } from './teacher';

/** Links longer than this are refused whole (a full set-up with teacher flags is under 1,500). */
export const MAX_LINK_LENGTH = 4000;
/** Parameters read at most; a real link has at most about 25. */
export const MAX_LINK_PARAMS = 60;

export interface ReadShareLink {
  /** Always a usable selection: the link's where valid, safe defaults elsewhere. */
  selection: Selection;
  locale: Locale | null;
  /** Teacher flags from the link, or null when the link carries none. */
  teacher: TeacherSettings | null;
  /** False when the text holds no share link at all (an ordinary app URL): nothing to apply. */
  present: boolean;
  /** One notice per part of the link that was not used. */
  notices: Notice[];
}

/** The same with the notices worded in the current language (for callers that only show text). */

export interface DecodeOptions {
  /** Scenario to fall back to (default: the first in the list). */
  defaultScenarioId?: string;
  defaultSeed?: string;
}

/** The keys a share link may hold (a page query without any of them is not a link). */
export const LINK_KEYS = new Set(['v', 'scenario', 'seed', 'objective', 'lang', 'lock', 'hide', 'hideOutcomes', 'predict', 'hidden', 'pin']);
