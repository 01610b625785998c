#!/usr/bin/env node
// Launcher for the `tactical` binary: runs the CLI from TypeScript source (no build step),
// resolving workspace packages through the `@tactical/source` export condition.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const tsx = require.resolve('tsx');
// Ctrl-C reaches the CLI process too (same process group): the launcher waits for it to finish
// (a sweep still prints its finished rows) instead of exiting under it.
process.on('SIGINT', () => {});
const result = spawnSync(
  process.execPath,
  ['--conditions=@tactical/source', '--import', tsx, main, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? (result.signal === 'SIGINT' ? 130 : 1));
