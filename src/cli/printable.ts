// What the sim command writes is made safe for a terminal here, whatever a scenario file (or an
// argument) holds: the parser refuses control and bidirectional characters in text fields
// (src/model/text-rules.ts), and this is the second line, for text that gets past it. Every C0
// control but the newline (and a carriage return only as part of CRLF, which CSV rows end with), DEL,
// the C1 controls (U+009B is an 8-bit CSI), the bidirectional controls, the line and paragraph
// separators, the invisible zero-width space, word joiner and BOM, and unpaired surrogates are
// written as \uXXXX. Inside JSON text that is a valid escape of the same character (JSON.stringify
// already escapes C0 and unpaired surrogates), so --json output stays valid JSON and means the same.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every character a terminal could obey or hide written as \uXXXX. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
