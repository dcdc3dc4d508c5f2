/** One error hierarchy: the CLI's single top-level catch maps these to exit codes. */
export class EtkError extends Error {
  /** 1: invalid artifacts, 2: usage or configuration. */
  readonly exitCode: number;
  /** How to fix it, printed under the message. */
  readonly hint: string | undefined;
  constructor(message: string, exitCode: number, hint?: string) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
    this.hint = hint;
  }
}

/** Wrong flags, missing arguments, a path that does not exist. Exit 2. */
export class UsageError extends EtkError {
  constructor(message: string, hint?: string) {
    super(message, 2, hint);
  }
}

/** A bad etk.config.json, an unreadable schema, a git repository etk cannot use. Exit 2. */
export class ConfigError extends EtkError {
  constructor(message: string, hint?: string) {
    super(message, 2, hint);
  }
}
