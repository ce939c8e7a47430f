// `npm run sim -- <scenario.json> [options]`: the entry of the headless command. It only wires
// main.ts (where the command lives) to this process: argv, the file system, stdout/stderr and the
// exit code. A reader that closes stdout early (`npm run sim -- … --csv | head -1`) gets a quiet
// exit 0, as from any filter whose output nobody reads any more, not an EPIPE stack trace. The
// scenario file is read with a bounded read (read-file.ts: `/dev/zero` stops after a megabyte), and
// long batches draw a progress line on stderr only when stderr is a terminal (progress.ts).
import { readdirSync } from 'node:fs';
import { main } from './main';
import { progressReporter } from './progress';
import { readBounded } from './read-file';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: readBounded,
  listDir: (path) => readdirSync(path),
  ...(process.stderr.isTTY ? { progress: progressReporter((text) => process.stderr.write(text), Date.now) } : {}),
});
