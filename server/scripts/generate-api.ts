// Writes the OpenAPI document and the web client's types from the route schemas.
// CI regenerates them and fails when the committed copies differ (npm run api:check).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.ts';
import { testConfig } from '../src/config.ts';
import { systemClock } from '../src/kernel/clock.ts';
import type { Db } from '../src/kernel/db/index.ts';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/src/api');
// Building the app only declares routes; no query runs, so no database is opened.
const { app } = await buildApp({ config: testConfig(), db: {} as Db, clock: systemClock });
await app.ready();
const document = app.swagger() as Record<string, unknown>;
await app.close();

fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
const ast = await openapiTS(document as never);
const header = '// Generated from the server routes by `npm run api:generate`. Do not edit.\n\n';
fs.writeFileSync(path.join(out, 'schema.d.ts'), header + astToString(ast));
console.log(`wrote ${path.relative(process.cwd(), out)}/openapi.json and schema.d.ts`);
