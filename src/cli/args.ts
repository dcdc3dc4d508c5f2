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
/**
 * `--limit -3`: node:util reads the negative number as another flag and answers with its own parser
 * text. A value-taking option followed by a number is joined to it (`--limit=-3`), so the option's
 * own check says what is wrong with the value.
 */
function joinNegativeValues(argv: readonly string[], options: Options): string[] {
  const takesValue = (arg: string) => {
    const long = /^--([^=]+)$/.exec(arg)?.[1];
    if (long !== undefined) return options[long]?.type === 'string';
    const short = /^-([^-])$/.exec(arg)?.[1];
    return short !== undefined && Object.values(options).some((o) => o.short === short && o.type === 'string');
  };
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (next !== undefined && /^-\d/.test(next) && takesValue(arg)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

export function parse<O extends Options>(command: string, argv: string[], options: O) {
  try {
    const all = { ...COMMON_OPTIONS, ...options };
    return parseArgs({ args: joinNegativeValues(argv, all), options: all, allowPositionals: true, strict: true });
  } catch (err) {
    const message = (err as Error).message;
    const flag = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (flag) {
      const near = closest(flag.replace(/^-+/, ''), Object.keys({ ...COMMON_OPTIONS, ...options }));
      throw new UsageError(`etk ${command}: unknown option ${flag}${near ? ` (did you mean --${near}?)` : ''}`, `see etk ${command} --help`);
    }
    const missing = /Option '(?:-\w, )?(--[^ ']+)(?: <value>)?' argument missing/.exec(message)?.[1];
    if (missing) throw new UsageError(`etk ${command}: ${missing} needs a value`, `e.g. ${missing} <value>; see etk ${command} --help`);
    throw new UsageError(`etk ${command}: ${message.replace(/\. To specify a positional.*$/s, '')}`, `see etk ${command} --help`);
  }
}

export function intOption(command: string, name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`etk ${command}: --${name} must be a whole number, 0 or more (found "${value}")`, `e.g. --${name} 10`);
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
