// Worker bootstrap for running a TypeScript worker module from source (tests, `pnpm tactical`):
// registers tsx in this thread, then imports the real worker given in workerData.__entry.
// Built JavaScript workers do not go through here.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.__entry);
