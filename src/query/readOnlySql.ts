import { constants, type DatabaseSync, type StatementSync } from 'node:sqlite';
import { UsageError } from '../errors.ts';
import type { QueryResult } from './output.ts';
import { runPrepared } from './runStatement.ts';

/**
 * `etk query sql` runs what a person typed, so it is fenced in four ways, each enough on its own for
 * the common cases: the database is opened read-only; exactly one statement is accepted; it must start
 * with SELECT, WITH, VALUES, EXPLAIN or PRAGMA; and an authorizer refuses, while SQLite compiles the
 * statement, every action that is not a read (writes, temp objects, ATTACH and VACUUM INTO, which
 * write other files even from a read-only connection, transactions, pragmas that set something,
 * load_extension). Nothing has run when a refusal is raised.
 */

const FIRST_WORDS = new Set(['select', 'with', 'values', 'explain', 'pragma']);

/** Pragmas that only read, whatever their argument is (a table or index name). */
const ARG_PRAGMAS = new Set(['table_info', 'table_xinfo', 'table_list', 'index_list', 'index_info', 'index_xinfo', 'foreign_key_list', 'foreign_key_check', 'integrity_check', 'quick_check']);
/** Pragmas that read a setting when given no value (and would change it with one). */
const READ_PRAGMAS = new Set([
  'user_version', 'schema_version', 'application_id', 'page_count', 'page_size', 'freelist_count', 'encoding', 'compile_options',
  'function_list', 'module_list', 'pragma_list', 'collation_list', 'database_list', 'data_version', 'journal_mode', 'foreign_keys',
  'auto_vacuum', 'max_page_count', 'cache_size', 'busy_timeout',
]);
const DENIED_FUNCTIONS = new Set(['load_extension', 'fts3_tokenizer', 'readfile', 'writefile', 'edit']);

const ACTION_WORDS: Record<number, string> = {
  [constants.SQLITE_INSERT]: 'INSERT', [constants.SQLITE_UPDATE]: 'UPDATE', [constants.SQLITE_DELETE]: 'DELETE',
  [constants.SQLITE_CREATE_TABLE]: 'CREATE TABLE', [constants.SQLITE_CREATE_TEMP_TABLE]: 'CREATE TEMP TABLE', [constants.SQLITE_CREATE_INDEX]: 'CREATE INDEX',
  [constants.SQLITE_CREATE_TEMP_INDEX]: 'CREATE TEMP INDEX', [constants.SQLITE_CREATE_VIEW]: 'CREATE VIEW', [constants.SQLITE_CREATE_TEMP_VIEW]: 'CREATE TEMP VIEW',
  [constants.SQLITE_CREATE_TRIGGER]: 'CREATE TRIGGER', [constants.SQLITE_CREATE_TEMP_TRIGGER]: 'CREATE TEMP TRIGGER', [constants.SQLITE_CREATE_VTABLE]: 'CREATE VIRTUAL TABLE',
  [constants.SQLITE_DROP_TABLE]: 'DROP TABLE', [constants.SQLITE_DROP_TEMP_TABLE]: 'DROP TABLE', [constants.SQLITE_DROP_INDEX]: 'DROP INDEX', [constants.SQLITE_DROP_TEMP_INDEX]: 'DROP INDEX',
  [constants.SQLITE_DROP_VIEW]: 'DROP VIEW', [constants.SQLITE_DROP_TEMP_VIEW]: 'DROP VIEW', [constants.SQLITE_DROP_TRIGGER]: 'DROP TRIGGER', [constants.SQLITE_DROP_TEMP_TRIGGER]: 'DROP TRIGGER',
  [constants.SQLITE_DROP_VTABLE]: 'DROP VIRTUAL TABLE', [constants.SQLITE_ALTER_TABLE]: 'ALTER TABLE', [constants.SQLITE_REINDEX]: 'REINDEX', [constants.SQLITE_ANALYZE]: 'ANALYZE',
  [constants.SQLITE_ATTACH]: 'ATTACH (or VACUUM INTO, which writes another file)', [constants.SQLITE_DETACH]: 'DETACH',
  [constants.SQLITE_TRANSACTION]: 'a transaction (BEGIN, COMMIT, ROLLBACK)', [constants.SQLITE_SAVEPOINT]: 'a SAVEPOINT', [constants.SQLITE_COPY]: 'COPY',
};

/** Skips whitespace and comments from `i`; returns the index of the next token. */
function skipBlank(sql: string, i: number): number {
  for (;;) {
    const rest = sql.slice(i);
    const m = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?(?:\*\/|$))/.exec(rest);
    if (!m || m[0].length === 0) return i;
    i += m[0].length;
  }
}

/** The first keyword of a statement, lower case ('' when it does not start with a word). */
export function firstKeyword(sql: string): string {
  const i = skipBlank(sql, 0);
  return /^[A-Za-z]+/.exec(sql.slice(i))?.[0].toLowerCase() ?? '';
}

/** True when `tail` (what follows the first statement) holds only blanks, comments and semicolons. */
export function isEmptyTail(tail: string): boolean {
  let i = 0;
  for (;;) {
    i = skipBlank(tail, i);
    if (tail[i] === ';') i++;
    else return i >= tail.length;
  }
}

function refuse(what: string): never {
  throw new UsageError(`etk query sql: refused: ${what}; etk query sql only reads the index`, 'write a single SELECT (or WITH ... SELECT) statement; the index is rebuilt from the files by etk sync');
}

function pragmaAllowed(name: string, arg: string | null): boolean {
  const n = name.toLowerCase();
  if (ARG_PRAGMAS.has(n)) return true;
  return READ_PRAGMAS.has(n) && arg === null;
}

/**
 * Installs the authorizer on a read-only connection; it records the first refused action. Node 22's
 * node:sqlite has no setAuthorizer (Node 24 has): there the other three fences stand alone.
 */
function fence(db: DatabaseSync): { refused: () => string | null } {
  let refused: string | null = null;
  if (typeof db.setAuthorizer !== 'function') return { refused: () => null };
  db.setAuthorizer((action, arg1, arg2) => {
    switch (action) {
      case constants.SQLITE_SELECT:
      case constants.SQLITE_READ:
      case constants.SQLITE_RECURSIVE:
        return constants.SQLITE_OK;
      case constants.SQLITE_FUNCTION:
        if (arg2 !== null && DENIED_FUNCTIONS.has(arg2.toLowerCase())) {
          refused ??= `the function ${arg2}()`;
          return constants.SQLITE_DENY;
        }
        return constants.SQLITE_OK;
      case constants.SQLITE_PRAGMA:
        if (arg1 !== null && pragmaAllowed(arg1, arg2)) return constants.SQLITE_OK;
        refused ??= `PRAGMA ${arg1 ?? ''}${arg2 !== null ? ` = ${arg2}` : ''} (only pragmas that read are allowed)`;
        return constants.SQLITE_DENY;
      default:
        refused ??= `${ACTION_WORDS[action] ?? `SQLite action ${action}`}${arg1 ? ` on ${arg1}` : ''}`;
        return constants.SQLITE_DENY;
    }
  });
  return { refused: () => refused };
}

/** A statement that passed the fences, with the authorizer still installed until `release`. */
export interface FencedStatement {
  stmt: StatementSync;
  /** What a failure while preparing or running it means to the person who wrote it (a UsageError). */
  explain(err: unknown): unknown;
  release(): void;
}

/** SQLite's own limits, reached by a statement too large or too deep for it: a usage error with a hint. */
export function sqliteLimitError(command: string, err: unknown): UsageError | null {
  const m = (err as Error | null)?.message ?? '';
  if (/too many SQL variables|Expression tree is too large|too many terms in compound SELECT|string or blob too big|out of memory|parser stack overflow|too many columns/i.test(m)) {
    return new UsageError(`etk ${command}: the query is too large for SQLite (${m})`, 'narrow it: fewer values, terms or nesting levels');
  }
  return null;
}

/** Checks and prepares one read-only statement on a connection opened read-only (see the fences above). */
export function prepareReadOnly(db: DatabaseSync, sql: string): FencedStatement {
  if (sql.trim() === '') throw new UsageError('etk query sql: the SQL is empty', 'etk query sql "SELECT * FROM experiments"');
  const word = firstKeyword(sql);
  if (!FIRST_WORDS.has(word)) refuse(word === '' ? 'a statement that does not start with a keyword' : `${word.toUpperCase()} statements`);
  const guard = fence(db);
  const release = () => {
    if (typeof db.setAuthorizer === 'function') db.setAuthorizer(null);
  };
  const explain = (err: unknown): unknown => {
    const denied = guard.refused();
    if (denied !== null) {
      try {
        refuse(denied);
      } catch (refusal) {
        return refusal;
      }
    }
    if (err instanceof UsageError) return err;
    return sqliteLimitError('query sql', err) ?? new UsageError(`etk query sql: ${(err as Error).message}`, 'check the SQL against the schema: etk query sql "SELECT name, sql FROM sqlite_schema"');
  };
  try {
    const stmt = db.prepare(sql);
    const source = stmt.sourceSQL;
    if (!sql.startsWith(source) || !isEmptyTail(sql.slice(source.length))) refuse('more than one statement');
    return { stmt, explain, release };
  } catch (err) {
    release();
    throw explain(err);
  }
}

/** Runs one read-only statement on a connection opened read-only. SQL errors are usage errors (exit 2). */
export function runReadOnlySql(db: DatabaseSync, sql: string): QueryResult {
  const fenced = prepareReadOnly(db, sql);
  try {
    return runPrepared(fenced.stmt, []);
  } catch (err) {
    throw fenced.explain(err);
  } finally {
    fenced.release();
  }
}
