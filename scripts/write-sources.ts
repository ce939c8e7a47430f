// `npm run sources`: writes docs/sources.md from the bibliography (src/model/sources.ts).
// tests/model/citations.test.ts fails while the file is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourcesMarkdown } from './sources-doc';

const file = join(import.meta.dirname, '..', 'docs', 'sources.md');
writeFileSync(file, sourcesMarkdown());
console.log(`wrote ${file}`);
