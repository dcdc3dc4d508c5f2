/**
 * Shared by the sync property, crash and concurrency tests: a seeded PRNG, temporary folders and git
 * repositories, a git runner that never throws (failures are data), database checks (canonical dump,
 * integrity) and the built CLI spawned as a child process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { canonicalDump, compareDumps, dumpByFile, type Drift } from '../../src/db/canonicalDump.ts';
import { tempDir } from './tempRepo.ts';

export interface Scratch {
  dir: string;
  /** Writes a file (folders created), returns its absolute path. */
  write(path: string, content: string | Uint8Array): string;
}

/** A temporary folder (a git repository on branch main with `git: true`), removed when the test process ends. */
export function scratchDir(prefix: string, options: { git?: boolean } = {}): Scratch {
  const { dir, write } = tempDir({ prefix, ...(options.git ? { git: true } : {}) });
  return { dir, write };
}

/** mulberry32: tiny, fast, good enough for choosing test operations. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** A random subset (each item kept with probability p), in order. */
  subset<T>(items: readonly T[], p = 0.5): T[] {
    return items.filter(() => this.chance(p));
  }
  /** A key of `weights`, chosen proportionally to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [k, w] of entries) {
      x -= w;
      if (x < 0) return k;
    }
    return entries[entries.length - 1]![0];
  }
}

export interface GitResult {
  ok: boolean;
  status: number | null;
  stdout: string;
  stderr: string;
}

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'etk test',
  GIT_AUTHOR_EMAIL: 'test@etk.invalid',
  GIT_COMMITTER_NAME: 'etk test',
  GIT_COMMITTER_EMAIL: 'test@etk.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_EDITOR: 'true',
  GIT_MERGE_AUTOEDIT: 'no',
} as const;

/** Runs git in `cwd`; a non-zero exit is returned, not thrown. */
export function git(cwd: string, ...args: string[]): GitResult {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, HOME: cwd }, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { ok: r.status === 0, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs git and throws with its stderr when it fails. */
export function gitOk(cwd: string, ...args: string[]): string {
  const r = git(cwd, ...args);
  if (!r.ok) throw new Error(`git ${args.join(' ')} failed (${r.status}): ${r.stderr.trim()}`);
  return r.stdout;
}

/** NUL-separated git output (-z) as a list. */
export function splitNul(out: string): string[] {
  return out.split('\0').filter((s) => s !== '');
}

/** Opens a database read-write (so a hot WAL left by a killed process is recovered, as etk would). */
function openDb(path: string): DatabaseSync {
  if (!existsSync(path)) throw new Error(`no database at ${path}`);
  return new DatabaseSync(path, { timeout: 10_000 });
}

export function dumpDb(path: string): string {
  const db = openDb(path);
  try {
    return canonicalDump(db);
  } finally {
    db.close();
  }
}

export function dumpDbByFile(path: string): Map<string, string[]> {
  const db = openDb(path);
  try {
    return dumpByFile(db);
  } finally {
    db.close();
  }
}

/** Files whose rows differ between two databases (empty when their canonical dumps are equal). */
export function diffDbs(indexed: string, fresh: string): Drift[] {
  return compareDumps(dumpDbByFile(indexed), dumpDbByFile(fresh));
}

/** `PRAGMA integrity_check` and `foreign_key_check` lines ('ok' alone when healthy). */
export function integrity(path: string): string[] {
  const db = openDb(path);
  try {
    const lines = (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check);
    const fk = db.prepare('PRAGMA foreign_key_check').all() as Record<string, unknown>[];
    return [...lines, ...fk.map((r) => `foreign key: ${JSON.stringify(r)}`)];
  } finally {
    db.close();
  }
}

/** FTS5's own check of the external-content index against `artifacts` (throws when they disagree). */
export function ftsIntegrity(path: string): void {
  const db = openDb(path);
  try {
    db.exec("INSERT INTO artifacts_fts(artifacts_fts, rank) VALUES ('integrity-check', 1)");
  } finally {
    db.close();
  }
}

export function metaOf(path: string): Record<string, string> {
  const db = openDb(path);
  try {
    return Object.fromEntries((db.prepare('SELECT key, value FROM etk_meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
  } finally {
    db.close();
  }
}

export function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

export const BIN = fileURLToPath(new URL('../../bin/etk.js', import.meta.url));

export interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Spawns the built CLI (`node bin/etk.js ...args`). With `startAt` (a Date.now() value) the process
 * boots, then spins until that moment before loading etk, so several start at the same instant.
 */
export function spawnEtk(cwd: string, args: string[], options: { startAt?: number; env?: NodeJS.ProcessEnv; onSpawn?: (kill: (signal: NodeJS.Signals) => void) => void } = {}): Promise<Spawned> {
  const barrier = options.startAt === undefined ? [] : ['--import', 'data:text/javascript,const t=Number(process.env.ETK_TEST_START_AT);while(Date.now()<t);'];
  const started = performance.now();
  const child = spawn(process.execPath, [...barrier, BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env, ...(options.startAt === undefined ? {} : { ETK_TEST_START_AT: String(options.startAt) }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  options.onSpawn?.((signal) => child.kill(signal));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - started }));
  });
}
