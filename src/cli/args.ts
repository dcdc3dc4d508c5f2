import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.ts';
import { closest } from '../util/distance.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  config: { type: 'string', short: 'c' },
} as const satisfies Options;

/** node:util parseArgs with errors a person can act on (unknown flag -> did you mean). */
export function parse<O extends Options>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (err) {
    const message = (err as Error).message;
    const flag = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (flag) {
      const near = closest(flag.replace(/^-+/, ''), Object.keys({ ...COMMON_OPTIONS, ...options }));
      throw new UsageError(`etk ${command}: unknown option ${flag}${near ? ` (did you mean --${near}?)` : ''}`, `see etk ${command} --help`);
    }
    throw new UsageError(`etk ${command}: ${message.replace(/\. To specify a positional.*$/s, '')}`, `see etk ${command} --help`);
  }
}

export function intOption(command: string, name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`etk ${command}: --${name} must be a whole number (found "${value}")`);
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new UsageError(`etk ${command}: --${name} is too large (found "${value}", at most ${Number.MAX_SAFE_INTEGER})`);
  return n;
}

export function choiceOption<T extends string>(command: string, name: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`etk ${command}: --${name} must be one of ${choices.join(', ')} (found "${value}")`);
  }
  return value as T;
}
