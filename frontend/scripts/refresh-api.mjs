// Refreshes the typed client from a running service: saves its /v3/api-docs as src/api/openapi.json (without the
// `servers` entry, which only names the port it ran on) and regenerates src/api/schema.d.ts from it.
// Usage: API_URL=http://localhost:8080 npm run api:refresh
import { writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';

const base = process.env.API_URL ?? 'http://localhost:8080';
const response = await fetch(`${base}/v3/api-docs`);
if (!response.ok) throw new Error(`${base}/v3/api-docs answered ${response.status}`);
const document = await response.json();
delete document.servers;
await writeFile(new URL('../src/api/openapi.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`);
execFileSync('npm', ['run', 'api:types'], { stdio: 'inherit' });
