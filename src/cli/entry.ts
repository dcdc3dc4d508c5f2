import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { enableWorkers, workerMain, type WorkerMessage } from '../artifacts/validateMany.ts';
import { QUERY_CHILD_ENV, queryChildMain } from '../query/queryChild.ts';
import { setQueryChildEntry } from '../query/runBoundedQuery.ts';
import { runCli } from './main.ts';

/**
 * The process edge: the only place that sets the exit code. Also the module worker threads start,
 * and the module a query child process runs (etk query sql / run, see runBoundedQuery).
 */
if (process.env[QUERY_CHILD_ENV] === '1' && typeof process.send === 'function') {
  await queryChildMain();
} else if (!isMainThread && (workerData as WorkerMessage | undefined)?.etkWorker === 'validate') {
  await workerMain(workerData as WorkerMessage, (message) => parentPort!.postMessage(message));
} else {
  enableWorkers(new URL(import.meta.url));
  setQueryChildEntry(new URL(import.meta.url));
  // A reader that stops early (`etk query … | head`) closes the pipe: the rest of the output has
  // nowhere to go, which is no error of etk's; the command still finishes its work and exits as usual.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
    });
  }
  const code = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
  });
  process.exitCode = code;
}
