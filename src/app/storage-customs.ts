// The custom scenarios of the stored document (src/app/storage.ts): which stored entries are listed
// and which are set aside (kept in storage as they are, with a notice), and the merge of this tab's
// list with the one another tab stored meanwhile. Pure: no storage is touched here.
//
// Set aside on load, never dropped: entries that fail parseScenario, that take a shipped scenario's
// id, that repeat an id listed before them, or that come after the first MAX_CUSTOM_SCENARIOS listed.
// The merge is by id, three-way (this tab's list, the list this tab last saved or loaded, and the
// stored one): what this tab added or changed wins; what it removed is removed and remembered as a
// tombstone (`removedCustoms`), so another tab drops it too; everything else is the stored version,
// and an entry only this tab has, that no tab removed, is kept (a union, never a silent loss).
import type { Scenario } from '../model/types';
import { parseScenario, scenarioToJson, type FieldError } from '../engine/scenario';
import { notice, type Notice } from './state-schema';
import { MAX_CUSTOM_SCENARIOS } from './store';

export interface RejectedScenario {
  /** Position in the stored list. */
  index: number;
  id: string | null;
  title: string | null;
  errors: FieldError[];
}

/** At most this many ids of removed custom scenarios are remembered in the document. */
export const MAX_TOMBSTONES = 200;

/** One entry of the stored list: a key (its id, or its text when it has none), its JSON text and data. */
export interface StoredItem {
  key: string;
  text: string;
  data: unknown;
}

function rawId(item: unknown): string | null {
  return typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : null;
}

/** The id a key stands for (null for an entry without one). */
export function idOfKey(key: string): string | null {
  return key.startsWith('id:') ? key.slice(3).split('\u0000')[0] : null;
}

/** Key every entry; a repeated key gets a suffix, so no entry is merged away. */
export function itemsOf(list: readonly unknown[]): StoredItem[] {
  const seen = new Map<string, number>();
  return list.map((data) => {
    const text = JSON.stringify(data) ?? 'null';
    const id = rawId(data);
    const bare = id === null ? `text:${text}` : `id:${id}`;
    const n = seen.get(bare) ?? 0;
    seen.set(bare, n + 1);
    return { key: n === 0 ? bare : `${bare}\u0000${n}`, text, data };
  });
}

/**
 * Merge this tab's entries (`ours`) with the stored ones (`theirs`, with its tombstones), given what
 * this tab last saved or loaded (`base`). Returns the entries to store and the tombstones to keep.
 */
export function mergeItems(ours: readonly StoredItem[], base: readonly StoredItem[], theirs: readonly StoredItem[], theirsRemoved: readonly string[]): { items: StoredItem[]; removed: string[] } {
  const baseMap = new Map(base.map((i) => [i.key, i]));
  const oursMap = new Map(ours.map((i) => [i.key, i]));
  const theirsMap = new Map(theirs.map((i) => [i.key, i]));
  const removedBefore = new Set(theirsRemoved);
  const removed = new Set(theirsRemoved);
  const items: StoredItem[] = [];
  // In the stored order, so a tab that changed nothing writes nothing (and tabs never trade orders).
  for (const item of theirs) {
    const mine = oursMap.get(item.key);
    if (mine)
      items.push(baseMap.get(item.key)?.text !== mine.text ? mine : item); // this tab's version only if it changed it
    else if (!baseMap.has(item.key)) items.push(item); // added in another tab (else: removed in this tab)
  }
  for (const item of ours) {
    if (theirsMap.has(item.key)) continue;
    const id = idOfKey(item.key);
    if (baseMap.get(item.key)?.text !== item.text)
      items.push(item); // added or changed in this tab
    else if (id === null || !removedBefore.has(id)) items.push(item); // stored without it by a tab that never had it
  }
  for (const item of base) {
    const id = idOfKey(item.key);
    if (!oursMap.has(item.key) && id !== null) {
      removed.delete(id);
      removed.add(id); // removed in this tab: the newest tombstone
    }
  }
  for (const item of items) {
    const id = idOfKey(item.key);
    if (id !== null) removed.delete(id);
  }
  return { items, removed: [...removed].slice(-MAX_TOMBSTONES) };
}

/** True when both lists hold the same entries (same keys and texts, in any order). */
export function sameItems(a: readonly StoredItem[], b: readonly StoredItem[]): boolean {
  if (a.length !== b.length) return false;
  const map = new Map(a.map((i) => [i.key, i.text]));
  return b.every((i) => map.get(i.key) === i.text);
}

export interface SortedCustoms {
  /** Listed: passed the checks, no shipped or repeated id, within the limit (stored order). */
  valid: Scenario[];
  /** Set aside: written back as they are. */
  kept: unknown[];
  rejected: RejectedScenario[];
  shippedIds: string[];
  duplicateIds: string[];
  overLimitIds: string[];
}

function describe(raw: unknown): { id: string | null; title: string | null } {
  if (typeof raw !== 'object' || raw === null) return { id: null, title: null };
  const obj = raw as Record<string, unknown>;
  return {
    id: typeof obj.id === 'string' ? obj.id.slice(0, 64) : null,
    title: typeof obj.title === 'string' ? obj.title.slice(0, 200) : null,
  };
}

/**
 * Sort a stored list into listed and set-aside entries. `reuse` returns an already parsed scenario
 * (or a kept entry) for an entry's canonical text, so an unchanged entry keeps its object.
 */
export function sortCustoms(list: readonly unknown[], reserved: ReadonlySet<string>, reuse?: { scenario(text: string): Scenario | undefined; kept(text: string): unknown }): SortedCustoms {
  const out: SortedCustoms = { valid: [], kept: [], rejected: [], shippedIds: [], duplicateIds: [], overLimitIds: [] };
  const listed = new Set<string>();
  list.forEach((item, index) => {
    const text = JSON.stringify(item) ?? 'null';
    const known = reuse?.scenario(text);
    const parsed = known ? ({ ok: true, scenario: known } as const) : parseScenario(item);
    if (!parsed.ok) {
      const kept = reuse?.kept(text);
      out.kept.push(kept !== undefined ? kept : item);
      out.rejected.push({ index, ...describe(item), errors: parsed.errors });
      return;
    }
    const { id } = parsed.scenario;
    const bucket = reserved.has(id) ? out.shippedIds : listed.has(id) ? out.duplicateIds : listed.size >= MAX_CUSTOM_SCENARIOS ? out.overLimitIds : null;
    if (bucket) {
      // Set aside in the form this app writes, so every tab keys and compares it the same way.
      bucket.push(id);
      const canonical = canonicalText(parsed.scenario);
      out.kept.push(reuse?.kept(canonical) ?? JSON.parse(canonical));
      return;
    }
    listed.add(id);
    out.valid.push(parsed.scenario);
  });
  return out;
}

/** Up to five ids, for a notice (ids of parsed scenarios are kebab-case already). */
function idList(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).map((id) => id.replace(/[^A-Za-z0-9._:-]/g, '?').slice(0, 64));
  return ids.length > 5 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** What loading set aside, as notices. */
export function setAsideNotices(sorted: SortedCustoms): Notice[] {
  const out: Notice[] = [];
  if (sorted.rejected.length > 0) out.push(notice('storage/customs-rejected', { count: sorted.rejected.length }));
  if (sorted.shippedIds.length > 0) out.push(notice('storage/customs-shipped-id', { count: sorted.shippedIds.length, ids: idList(sorted.shippedIds) }));
  if (sorted.duplicateIds.length > 0) out.push(notice('storage/customs-duplicate-id', { count: sorted.duplicateIds.length, ids: idList(sorted.duplicateIds) }));
  if (sorted.overLimitIds.length > 0) out.push(notice('storage/customs-over-limit', { count: sorted.overLimitIds.length, max: MAX_CUSTOM_SCENARIOS, ids: idList(sorted.overLimitIds) }));
  return out;
}

/** A scenario's canonical text, the form this app writes (for matching a stored entry to a parsed one). */
export function canonicalText(scenario: Scenario): string {
  return JSON.stringify(JSON.parse(scenarioToJson(scenario)));
}

/** A stored list with every entry that parses in the form this app writes (the rest as they are). */
export function canonicalList(list: readonly unknown[]): unknown[] {
  return list.map((item) => {
    const parsed = parseScenario(item);
    return parsed.ok ? (JSON.parse(canonicalText(parsed.scenario)) as unknown) : item;
  });
}
