// The sim command's file reader: at most `maxBytes + 1` bytes, read through a file descriptor in
// chunks, so `npm run sim -- /dev/zero` (or a FIFO, or a huge file) stops after a megabyte instead of
// reading until memory runs out. main.ts refuses the text when it holds more than `maxBytes` bytes.
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 64 * 1024;

/**
 * The file's first `maxBytes + 1` bytes as UTF-8 text (the whole file when it is no longer than
 * `maxBytes`). Throws as fs does (an error with `code`: ENOENT, EISDIR, EACCES, …).
 */
export function readBounded(path: string, maxBytes: number): string {
  const limit = maxBytes + 1;
  const buffer = Buffer.alloc(limit);
  const fd = openSync(path, 'r');
  let length = 0;
  try {
    while (length < limit) {
      const read = readSync(fd, buffer, length, Math.min(CHUNK, limit - length), null);
      if (read === 0) break;
      length += read;
    }
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8', 0, length);
}

/** Bytes of a text in UTF-8. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
