// What kind of number a Sourced value is: published (a source gives it), derived (the project's own
// arithmetic on published figures) or a design choice (no published value; the reason is in
// docs/model.md). Every screen and export labels a value through statusOf, so that they agree.

export const STATUSES = ['published', 'derived', 'design'] as const;
export type ValueStatus = (typeof STATUSES)[number];

/**
 * The status of a Sourced record: its explicit `status`, else (older files without one) "design"
 * when its source text starts with "Design choice", else "published".
 */
export function statusOf(sourced: { status?: ValueStatus; source?: string }): ValueStatus {
  if (sourced.status) return sourced.status;
  return /^\s*design choice/i.test(sourced.source ?? '') ? 'design' : 'published';
}
