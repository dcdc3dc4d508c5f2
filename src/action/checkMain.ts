import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { enableWorkers, workerMain, type WorkerMessage } from '../artifacts/validateMany.ts';
import { checkAction } from './github/checkAction.ts';

/** Entry of actions/check (bundled to actions/check/dist/index.js); also the module its validation workers start. */
if (!isMainThread && (workerData as WorkerMessage | undefined)?.etkWorker === 'validate') {
  await workerMain(workerData as WorkerMessage, (message) => parentPort!.postMessage(message));
} else {
  enableWorkers(new URL(import.meta.url));
  await checkAction();
}
