import { runCli } from '../../src/cli/main.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (everything but the process edge), capturing its output. */
export async function cli(cwd: string, ...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
  });
  return { code, stdout, stderr };
}

export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
}

export async function cliJson(cwd: string, ...argv: string[]): Promise<{ code: number; diagnostics: JsonDiagnostic[]; stderr: string }> {
  const r = await cli(cwd, ...argv, '--format', 'json');
  return { code: r.code, diagnostics: JSON.parse(r.stdout) as JsonDiagnostic[], stderr: r.stderr };
}
