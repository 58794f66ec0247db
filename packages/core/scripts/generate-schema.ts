/**
 * Writes schema/dataset.schema.json from the validator's own schemas (src/schema/), so the
 * JSON Schema shipped for other projects can never drift from what parseDataset accepts.
 * Run by `pnpm build`; a test checks the committed file is current.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetJsonSchema } from '../src/schema/model-schema';

const target = join(import.meta.dirname, '..', 'schema', 'dataset.schema.json');
writeFileSync(target, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
