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

/** What statusAgainstFiles reads of a record. */
type FileRecord = { value: number; status?: ValueStatus; source?: string };

/**
 * The status of a record in an imported set-up, against the scenario files it may come from (`files`:
 * the shipped files' records at the same path). A record that claims the very source of a file's
 * published or derived record, with a number that file does not give, was changed after the file
 * was published: it is the importer's own choice, "design", never "published". Otherwise statusOf.
 */
export function statusAgainstFiles(record: FileRecord, files: readonly (FileRecord | undefined)[]): ValueStatus {
  const own = statusOf(record);
  if (own === 'design') return own;
  const same = files.filter((f): f is FileRecord => !!f && f.source === record.source && statusOf(f) === own);
  return same.length > 0 && !same.some((f) => f.value === record.value) ? 'design' : own;
}
