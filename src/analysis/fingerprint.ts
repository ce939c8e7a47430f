// Content fingerprints for provenance: a scenario's "version" is the hash of its content (JSON with
// sorted keys), so any change of its data (an imported file, an objective chosen in set-up) gives
// another hash, while the same data built in another key order gives the same one.
import type { ModelParameters, Scenario } from '../model/types';
import { DEFAULT_PARAMETERS } from '../model/parameters';

/** JSON with object keys sorted at every level (undefined members dropped, as JSON.stringify does). */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(record[k])}`).join(',')}}`;
}

/** cyrb53: a fast 53-bit string hash, as 14 hex digits. Not cryptographic; identifies content. */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}

const scenarioHashes = new WeakMap<Scenario, string>();

export function scenarioHash(scenario: Scenario): string {
  let hash = scenarioHashes.get(scenario);
  if (hash === undefined) {
    hash = fingerprint(stableJson(scenario));
    scenarioHashes.set(scenario, hash);
  }
  return hash;
}

/** Null for the default parameters (or an equal copy), else the hash of their JSON. */
export function paramsHash(params: ModelParameters | undefined): string | null {
  if (!params || params === DEFAULT_PARAMETERS) return null;
  const text = stableJson(params);
  return text === stableJson(DEFAULT_PARAMETERS) ? null : fingerprint(text);
}
