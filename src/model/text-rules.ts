// What a text field of a data file may hold (the schema language's reader applies it to every string
// it reads; src/model/schema-read.ts). Refused anywhere: C0 controls (NUL, BEL, BS, TAB, CR, ESC, …),
// DEL and the C1 controls (U+0080-U+009F, which include the 8-bit CSI a terminal obeys), the
// bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A-U+202E,
// U+2066-U+2069: they reorder what a reader sees), the line and paragraph separators (U+2028,
// U+2029) and unpaired surrogates. A newline (U+000A) is accepted only in fields declared
// multi-line. A text made only of white space and invisible characters (zero-width space, joiners,
// word joiner, byte-order mark, soft hyphen, …) is blank.

const CONTROLS = '\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F';
const BIDI = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
const SEPARATORS = '\\u2028\\u2029';
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

/** Refused in a one-line field (a newline included). */
const FORBIDDEN_LINE = new RegExp(`[\\n${CONTROLS}${BIDI}${SEPARATORS}]|${LONE_SURROGATE}`);
/** Refused in a multi-line field. */
const FORBIDDEN_MULTILINE = new RegExp(`[${CONTROLS}${BIDI}${SEPARATORS}]|${LONE_SURROGATE}`);
/** White space (JavaScript's \s holds U+FEFF) and the characters that draw nothing. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each joiner is matched on its own, never as part of a sequence
const BLANK = /^[\s\u00AD\u034F\u180E\u200B-\u200D\u2060-\u2064]*$/;

/** "U+001B": how an error names a character. */
export function charName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The first character a text field may not hold: its name ("U+202E") and its position (1-based,
 * counted in characters as a reader counts them, i.e. code points), or null. Linear in the text.
 */
export function forbiddenCharacter(text: string, multiline: boolean): { char: string; at: number } | null {
  const match = (multiline ? FORBIDDEN_MULTILINE : FORBIDDEN_LINE).exec(text);
  if (!match) return null;
  let at = 1;
  for (let i = 0; i < match.index; i++, at++) {
    // A surrogate pair is one character.
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return { char: charName(text.charCodeAt(match.index)), at };
}

/** Empty, or only white space and invisible characters. */
export function isBlankText(text: string): boolean {
  return BLANK.test(text);
}

/** A text as a file-name or id part: lower case, accents dropped, every other run of characters one hyphen. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
