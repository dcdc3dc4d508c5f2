import { runCli } from './main.ts';

/** The process edge: the only place that sets the exit code. */
const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
process.exitCode = code;
