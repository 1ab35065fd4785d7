// Rewrites public/managed_schema.json from the settings schema (see lib/settings/managed-schema.ts).
import { writeFileSync } from 'node:fs';
import { buildManagedSchema } from '../lib/settings/managed-schema';

writeFileSync(new URL('../public/managed_schema.json', import.meta.url), JSON.stringify(buildManagedSchema(), null, 2) + '\n');
console.log('wrote public/managed_schema.json');
