// Duplicate keys in JSON text. JSON.parse keeps the last of `{"value": 1, "value": 10000}` without a
// word, so a file could say one thing to a reader and another to the game; the scenario readers
// (src/model/scenario.ts parseScenarioText: the CLI and the app's import) refuse such a file with
// the path of the first repeated key. One pass over the text with an explicit stack (no recursion),
// linear in its length: each key is compared once through a Set, and paths are built only for the
// answer.

/** One open object or array: its keys so far (objects) or its item index (arrays), and its place. */
interface Frame {
  keys: Set<string> | null;
  /** Current item index (arrays) or the last key read (objects). */
  index: number;
  key: string;
}

/** Text of a key in a path, cut as the parser cuts shown text. */
const shown = (key: string) => (key.length > 40 ? `${key.slice(0, 40)}…` : key);

function pathOf(stack: readonly Frame[], last: string): string {
  let path = '';
  for (let depth = 0; depth < stack.length; depth++) {
    const frame = stack[depth];
    const part = depth === stack.length - 1 ? last : frame.keys ? frame.key : `[${frame.index}]`;
    path = frame.keys ? (path === '' ? shown(part) : `${path}.${shown(part)}`) : `${path}${part}`;
  }
  return path;
}

/**
 * The first key that appears twice in one object of a JSON text, with its path as the parser writes
 * paths ("intervener.troops.value", "regions[2].id"), or null. `text` must be valid JSON (parse it
 * first): the walk trusts its structure.
 */
export function findDuplicateKey(text: string): { path: string; key: string } | null {
  const stack: Frame[] = [];
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        // Escapes spell the same key two ways ("a" and "\u0061"): compare the decoded text.
        const key = escaped ? (JSON.parse(text.slice(start, i + 1)) as string) : text.slice(start + 1, i);
        if (top.keys.has(key)) return { path: pathOf(stack, key), key: shown(key) };
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
    } else if (c === 0x7b /* { */) {
      stack.push({ keys: new Set(), index: 0, key: '' });
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push({ keys: null, index: 0, key: '' });
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.index++;
    }
  }
  return null;
}
