// `npm run schema`: writes scenarios/scenario.schema.json from the scenario declaration
// (src/model/scenario-schema.ts). tests/model/schema.test.ts fails while the file is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioJsonSchemaText } from '../src/model/scenario';
import { SCENARIO_SCHEMA_FILE } from '../src/model/scenario-schema';

const file = join(import.meta.dirname, '..', 'scenarios', SCENARIO_SCHEMA_FILE);
writeFileSync(file, scenarioJsonSchemaText());
console.log(`wrote ${file}`);
