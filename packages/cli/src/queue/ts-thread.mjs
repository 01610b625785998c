// Thread bootstrap for running a TypeScript thread module from source (tests, tsx): registers tsx in
// this thread, then imports the real module given in workerData.__entry. Built JavaScript threads
// (packages/cli/dist) do not go through here.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.__entry);
