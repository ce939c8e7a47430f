// Hash routing between screens (#/choose, #/setup, #/play, #/debrief, #/analysis).
// Each screen mounts into <main> and returns its own clean-up.
import type { Kit } from './kit';
import type { Session } from './session';

export interface AppContext {
  session: Session;
  navigate(screen: ScreenId): void;
  notify(message: string): void;
  /** Classroom kit: storage, teacher mode, forecast, custom scenarios, share link. */
  kit: Kit;
}

export type ScreenId = 'choose' | 'setup' | 'play' | 'debrief' | 'analysis';

export interface Screen {
  id: ScreenId;
  /** English title; translated as data when shown, so it follows the language switch. */
  title: string;
  mount(root: HTMLElement, app: AppContext): () => void;
}

export function screenFromHash(hash: string, known: readonly ScreenId[]): ScreenId | null {
  const match = /^#\/([a-z]+)/.exec(hash);
  const id = match?.[1] as ScreenId | undefined;
  return id && known.includes(id) ? id : null;
}
