/** A fuzz worker: runs the cases it is sent, one at a time, and answers each with its outcome (see pool.ts). */
import { parentPort } from 'node:worker_threads';
import { runCase } from './check.ts';

parentPort?.on('message', (message: { id: number; bytes: Uint8Array; name: string }) => {
  void runCase(message.bytes, message.name).then((outcome) =>
    parentPort?.postMessage({ id: message.id, outcome }),
  );
});
