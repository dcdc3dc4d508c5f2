/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

export interface Command {
  name: string;
  summary: string;
  help: string;
  /** Runs in git hooks: ETK_SKIP=1 turns it into a no-op. */
  skippable?: boolean;
  run(argv: string[], io: CliIO): Promise<number> | number;
}
