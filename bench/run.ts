// `npm run bench [-- --json]`: discover every bench/*.bench.ts in name order and run it. Each module
// exports `run({ json }): Promise<Record<string, number>>` and prints its own readable lines; with
// --json the readable lines go to stderr and stdout carries one JSON object merging all results
// (`npm run bench -- engine` runs only the benches whose file name starts with "engine").
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule {
  run(opts: { json: boolean }): Promise<Record<string, number>>;
}

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const json = argv.includes('--json');
const only = argv.filter((a) => !a.startsWith('--'));

async function main(): Promise<number> {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
    .sort();
  // Benches print readable lines with console.log; under --json those must not reach stdout.
  const print = console.log;
  if (json) console.log = (...args: unknown[]) => console.error(...args);
  const merged: Record<string, number> = {};
  let failures = 0;
  for (const file of files) {
    const name = file.replace(/\.bench\.ts$/, '');
    console.log(`# ${name}`);
    try {
      const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
      const result = await mod.run({ json });
      // Flat keys as each bench names them; a key two benches share is kept apart by its bench name.
      for (const [key, value] of Object.entries(result)) merged[key in merged ? `${name}.${key}` : key] = value;
    } catch (error) {
      failures += 1;
      console.error(`bench ${name} failed: ${(error as Error).stack ?? String(error)}`);
    }
  }
  if (json) print(JSON.stringify(merged, null, 2));
  return failures === 0 ? 0 : 1;
}

main().then((code) => {
  process.exitCode = code;
});
