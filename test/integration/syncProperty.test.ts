/**
 * Property: after ANY sequence of file and git operations, an incremental `etk sync` yields exactly
 * what a full rebuild yields. Random (seeded) sequences of edits, renames, deletions, invalid files,
 * whole experiments, config changes, staging, commits, amends, branches, merges (conflicting ones
 * too), resets, stashes and checkouts run on a real git repository; after every step the work-tree
 * index is synced incrementally and compared with a database built from scratch, and every 10 steps
 * the same is done for --staged and --rev HEAD.
 *
 * Reproduce or extend:  ETK_PROPERTY_SEED=123 ETK_PROPERTY_STEPS=400 node --test --import tsx test/integration/syncProperty.test.ts
 * (ETK_PROPERTY_SEED takes one seed or a comma-separated list; ETK_PROPERTY_LOG=1 prints every step.)
 * A failure names the seed and the step, with the last operations and git status.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { checkConflicts, syncIndex, type SyncOutcome } from '../../src/sync/syncIndex.ts';
import type { SourceKind } from '../../src/sync/sourceFiles.ts';
import { EXP, EXP2, ROOT, SUBDIR, artifact, manifest } from '../helpers/corpus.ts';
import { Rng, diffDbs, dumpDb, ftsIntegrity, git, gitOk, integrity, removeDb, scratchDir, splitNul, type Scratch } from '../helpers/gitScenario.ts';

const DEFAULT_SEEDS = [20251217, 4242, 77];
const SEEDS = process.env.ETK_PROPERTY_SEED ? process.env.ETK_PROPERTY_SEED.split(',').map((s) => Number(s.trim()) >>> 0) : DEFAULT_SEEDS;
const STEPS = Number(process.env.ETK_PROPERTY_STEPS ?? 100);
/** --staged and --rev HEAD are checked every this many steps. */
const OTHER_SOURCES_EVERY = 10;
/** Every this many steps the least-done operation is chosen (see run()). */
const BOOST_EVERY = 5;

const TYPES = ['assessment', 'report', 'guide', 'script'] as const;
type ArtifactType = (typeof TYPES)[number];
const WORDS = ['perspective', 'corners', 'CLAHE', 'détection', 'résumé', 'naïve', 'Übersicht', '日本語', 'recall', 'latency', 'affine', 'ocr', 'receipt', 'ñandú'];
const WEIRD_SLUGS = ['with space', 'café-résumé', '日本語', 'Ünïcode name', 'a  b'];
const WEIRD_EXPERIMENTS = ['Ünïcode experiment', '20250505_050505_with space', 'notes'];

const OPS = {
  addArtifact: 12,
  editFile: 12,
  touchFile: 2,
  renameFile: 8,
  deleteFile: 6,
  addExperiment: 4,
  deleteExperiment: 3,
  renameExperiment: 2.5,
  addIgnored: 1,
  addMetadata: 1.5,
  editConfig: 1.5,
  gitAddAll: 6,
  gitAddSome: 5,
  unstage: 2,
  commit: 6,
  commitAll: 2,
  amend: 2.5,
  newBranch: 3,
  switchBranch: 4,
  detach: 0.7,
  merge: 3,
  conflictingMerge: 5,
  resetHard: 2,
  resetSoft: 1.5,
  stash: 3.5,
  stashPop: 3.5,
  checkoutFile: 3,
  clean: 0.7,
  scopedSync: 3,
} as const;
type Op = keyof typeof OPS;

/** One random run on one repository. */
class Scenario {
  readonly rng: Rng;
  readonly t: Scratch;
  readonly dir: string;
  readonly side: Scratch;
  readonly log: string[] = [];
  readonly counts = new Map<string, number>();
  readonly ids: string[] = [];
  readonly applied = new Map<Op, number>();
  seq = 0;
  step = -1;
  readonly db: Record<SourceKind, string>;

  constructor(readonly seed: number) {
    this.rng = new Rng(seed);
    this.t = scratchDir('etk-prop-', { git: true });
    this.dir = this.t.dir;
    this.side = scratchDir('etk-prop-db-');
    this.db = { worktree: join(this.dir, 'data/ops/tracking.db'), index: join(this.side.dir, 'staged.db'), rev: join(this.side.dir, 'rev.db') };
  }

  count(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  // ---------------------------------------------------------------- the repository, as it is now

  abs(path: string): string {
    return join(this.dir, path);
  }

  /** Every file below the experiments root on disk (repo-relative), whatever git thinks of it. */
  filesOnDisk(): string[] {
    const out: string[] = [];
    const visit = (rel: string) => {
      let entries;
      try {
        entries = readdirSync(this.abs(rel), { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (e.isDirectory()) visit(`${rel}/${e.name}`);
        else out.push(`${rel}/${e.name}`);
      }
    };
    visit(ROOT);
    return out.sort();
  }

  tracked(): string[] {
    return [...new Set(splitNul(gitOk(this.dir, 'ls-files', '-z', '--', ROOT)))].sort();
  }

  experiments(): string[] {
    try {
      return readdirSync(this.abs(ROOT), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    } catch {
      return [];
    }
  }

  /** Paths git status reports (work tree or index differs, untracked), renames off. */
  changedPaths(): string[] {
    return splitNul(gitOk(this.dir, 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames')).map((r) => r.slice(3)).sort();
  }

  branches(): string[] {
    return gitOk(this.dir, 'for-each-ref', '--format=%(refname:short)', 'refs/heads').split('\n').filter(Boolean).sort();
  }

  currentBranch(): string | null {
    const r = git(this.dir, 'symbolic-ref', '-q', '--short', 'HEAD');
    return r.ok ? r.stdout.trim() : null;
  }

  merging(): boolean {
    return existsSync(join(this.dir, '.git', 'MERGE_HEAD'));
  }

  unmerged(): boolean {
    return gitOk(this.dir, 'ls-files', '-u').trim() !== '';
  }

  // ---------------------------------------------------------------- contents

  write(path: string, content: string | Uint8Array): void {
    mkdirSync(dirname(this.abs(path)), { recursive: true });
    writeFileSync(this.abs(path), content);
  }

  newExperimentId(): string {
    const n = ++this.seq;
    const r = this.rng.next();
    if (r < 0.08) return this.rng.pick(WEIRD_EXPERIMENTS) + (this.rng.chance(0.5) ? ` ${n}` : '');
    if (r < 0.25) return this.rng.pick([EXP, EXP2]); // real baselines of the default report
    return `2025${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}_${String(n % 240000).padStart(6, '0')}_exp_${n}`;
  }

  body(): string {
    const words = Array.from({ length: this.rng.int(3, 12) }, () => this.rng.pick(WORDS)).join(' ');
    return `# ${this.rng.pick(WORDS)} ${this.seq}\n\n${words}.\n`;
  }

  /** The experiment folder a path is in, or (loose files) an existing one. */
  expOf(path: string): string {
    const exps = this.experiments();
    const first = path.slice(ROOT.length + 1).split('/')[0]!;
    return exps.includes(first) ? first : exps.length > 0 ? this.rng.pick(exps) : EXP;
  }

  typeOf(path: string): ArtifactType {
    for (const type of TYPES) if (path.includes(`/${SUBDIR[type]}/`) || path.includes(`_${type}_`)) return type;
    return 'guide';
  }

  /** Where a new artifact goes: mostly well placed; sometimes odd names, misplaced, loose or ignored. */
  newArtifactPath(exp: string, type: ArtifactType): string {
    const n = ++this.seq;
    const stamp = `202512${String(1 + (n % 28)).padStart(2, '0')}_${String(n % 24).padStart(2, '0')}${String(n % 60).padStart(2, '0')}`;
    const where = this.rng.weighted({ proper: 10, weird: 3, deep: 1, misplaced: 1, loose: 0.7 });
    switch (where) {
      case 'proper':
        return `${ROOT}/${exp}/.metadata/${SUBDIR[type]}/${stamp}_${type}_note-${n}.md`;
      case 'weird':
        return `${ROOT}/${exp}/.metadata/${SUBDIR[type]}/${stamp}_${type}_${this.rng.pick(WEIRD_SLUGS)} ${n}.md`;
      case 'deep':
        return `${ROOT}/${exp}/.metadata/${SUBDIR[type]}/sub dir/${stamp}_${type}_deep-${n}.md`;
      case 'misplaced':
        return `${ROOT}/${exp}/notes ${n}.md`;
      default:
        return `${ROOT}/loose-${n}.md`;
    }
  }

  artifactContent(type: ArtifactType, exp: string): string | Uint8Array {
    const id = `${type}-${++this.seq}`;
    const valid = () => artifact(type, { exp, id, body: this.body() });
    const kind = this.rng.weighted({ valid: 10, badEnum: 2, duplicateId: 2, missingBaseline: 1.5, otherBaseline: 1.5, unparseable: 1, noFrontmatter: 0.7, empty: 0.3, crlf: 0.7, bom: 0.4, badUtf8: 0.3, nul: 0.2, wrongExperiment: 0.8, extraField: 1 });
    this.count(`content.${kind}`);
    if (kind !== 'duplicateId') this.ids.push(id);
    switch (kind) {
      case 'valid':
        return valid();
      case 'badEnum':
        return type === 'assessment' ? valid().replace('priority: high', 'priority: urgent') : valid().replace('status: active', 'status: bogus');
      case 'duplicateId':
        return artifact(type, { exp, id: this.ids.length > 0 ? this.rng.pick(this.ids) : 'dup-1', body: this.body() });
      case 'missingBaseline':
        return artifact('report', { exp, id, body: this.body() }).replace(`baseline: ${EXP2}`, 'baseline: 20990101_000000_missing_experiment');
      case 'otherBaseline':
        return artifact('report', { exp, id, body: this.body() }).replace(`baseline: ${EXP2}`, `baseline: ${this.experiments().length > 0 ? this.rng.pick(this.experiments()) : EXP}`);
      case 'unparseable':
        return `---\ntitle: "unclosed\n---\n${this.body()}`;
      case 'noFrontmatter':
        return this.body();
      case 'empty':
        return '';
      case 'crlf':
        return valid().replace(/\n/g, '\r\n');
      case 'bom':
        return `\uFEFF${valid()}`;
      case 'badUtf8':
        return Buffer.concat([Buffer.from(valid()), Buffer.from([0xc3, 0x28, 0xff, 0x0a])]);
      case 'nul':
        return Buffer.concat([Buffer.from(valid()), Buffer.from([0, 0, 0x0a])]);
      case 'wrongExperiment':
        return artifact(type, { exp: EXP, id, body: this.body() });
      default:
        return valid().replace('---\n#', `owner: kim\ncustom_${this.seq}: [1, 2]\n---\n#`);
    }
  }

  /** An experiment metadata JSON file: facts under varying keys, sometimes malformed. */
  metadataContent(exp: string): string {
    const kind = this.rng.weighted({ full: 4, aliases: 2, empty: 1, malformed: 1 });
    this.count(`metadata.${kind}`);
    const word = this.rng.pick(WORDS);
    if (kind === 'malformed') return `{\n  "status": "active"\n  "name": "${word}"\n}\n`;
    if (kind === 'empty') return '{}\n';
    if (kind === 'aliases') return `${JSON.stringify({ id: exp, title: word, intention: `${word} ${this.seq++}`, state: 'paused', current_phase: this.rng.pick(['p1', 'p2']), timestamp: '2025-12-02 10:00 (KST)' }, null, 2)}\n`;
    return `${JSON.stringify({ experiment_id: exp, name: word, status: this.rng.pick(['active', 'complete', 'odd']), phase: `phase_${this.seq++ % 4}`, created: '2025-12-01T00:00:00Z', updated: `2025-12-0${1 + (this.seq % 9)}T00:00:00+09:00`, success_rate: 0.5 }, null, 2)}\n`;
  }

  manifestContent(exp: string): string {
    const kind = this.rng.weighted({ valid: 6, badStatus: 1, mismatch: 1, unparseable: 0.5, tagged: 1 });
    this.count(`manifest.${kind}`);
    switch (kind) {
      case 'valid':
        return manifest(exp);
      case 'badStatus':
        return manifest(exp).replace('status: active', 'status: someday');
      case 'mismatch':
        return manifest(EXP2);
      case 'unparseable':
        return `---\nname: [unclosed\n---\n${this.body()}`;
      default:
        return manifest(exp, `owner: ${this.rng.pick(WORDS)}\n`).replace('tags: [ocr, image-processing]', `tags: [ocr, t${this.seq}]`);
    }
  }

  // ---------------------------------------------------------------- operations

  /** Applies one operation; returns what it did (for the log) or null when it did not apply. */
  apply(op: Op): Promise<string | null> | string | null {
    const rng = this.rng;
    const files = () => this.filesOnDisk();
    switch (op) {
      case 'addArtifact': {
        const exps = this.experiments();
        const exp = exps.length > 0 && rng.chance(0.9) ? rng.pick(exps) : this.newExperimentId(); // sometimes no manifest
        const type = rng.pick(TYPES);
        const path = this.newArtifactPath(exp, type);
        this.write(path, this.artifactContent(type, exp));
        return `add ${path}`;
      }
      case 'editFile': {
        const all = files();
        if (all.length === 0) return null;
        const path = rng.pick(all);
        const exp = this.expOf(path);
        if (path.endsWith('/README.md')) this.write(path, this.manifestContent(exp));
        else if (path.endsWith('.json')) {
          this.write(path, this.metadataContent(exp));
          return `edit metadata ${path}`;
        } else {
          const how = rng.weighted({ rewrite: 4, appendBody: 2, priority: 1, title: 1 });
          const old = readFileSync(this.abs(path), 'utf8');
          if (how === 'rewrite') this.write(path, this.artifactContent(this.typeOf(path), exp));
          else if (how === 'appendBody') this.write(path, `${old}\n${this.body()}`);
          else if (how === 'priority') this.write(path, old.includes('priority: high') ? old.replace('priority: high', 'priority: low') : old.replace('priority: low', 'priority: high'));
          else this.write(path, old.replace(/^# .*$/m, `# Retitled ${++this.seq} ${rng.pick(WORDS)}`));
          return `edit(${how}) ${path}`;
        }
        return `edit manifest ${path}`;
      }
      case 'touchFile': {
        const all = files();
        if (all.length === 0) return null;
        const path = rng.pick(all);
        writeFileSync(this.abs(path), readFileSync(this.abs(path)));
        const later = new Date(Date.now() + rng.int(1, 100_000));
        utimesSync(this.abs(path), later, later);
        return `touch ${path}`;
      }
      case 'renameFile': {
        const all = files().filter((p) => !p.endsWith('/README.md') || rng.chance(0.2));
        if (all.length === 0) return null;
        const from = rng.pick(all);
        const exps = this.experiments();
        const exp = rng.chance(0.7) || exps.length === 0 ? this.expOf(from) : rng.pick(exps);
        const to = this.newArtifactPath(exp, this.typeOf(from));
        mkdirSync(dirname(this.abs(to)), { recursive: true });
        const useGit = this.tracked().includes(from) && rng.chance(0.5);
        if (useGit) {
          const r = git(this.dir, 'mv', '--', from, to);
          if (!r.ok) return `git mv failed ${from}`;
        } else renameSync(this.abs(from), this.abs(to));
        if (rng.chance(0.25)) writeFileSync(this.abs(to), `${readFileSync(this.abs(to), 'utf8')}\nedited after the move\n`);
        this.count('ok.rename');
        return `${useGit ? 'git mv' : 'mv'} ${from} -> ${to}`;
      }
      case 'deleteFile': {
        const all = files();
        if (all.length === 0) return null;
        const path = rng.pick(all);
        const tracked = this.tracked().includes(path);
        const how = tracked ? rng.weighted({ rm: 3, gitRm: 2, gitRmCached: 1 }) : 'rm';
        if (how === 'rm') rmSync(this.abs(path));
        else if (how === 'gitRm') gitOk(this.dir, 'rm', '-q', '-f', '--', path);
        else gitOk(this.dir, 'rm', '-q', '--cached', '--', path);
        this.count('ok.delete');
        return `${how} ${path}`;
      }
      case 'addExperiment': {
        const exp = this.newExperimentId();
        this.write(`${ROOT}/${exp}/README.md`, this.manifestContent(exp));
        const n = rng.int(0, 3);
        for (let i = 0; i < n; i++) {
          const type = rng.pick(TYPES);
          this.write(this.newArtifactPath(exp, type), this.artifactContent(type, exp));
        }
        this.count('ok.addExperiment');
        return `add experiment ${exp} (+${n})`;
      }
      case 'deleteExperiment': {
        const exps = this.experiments();
        if (exps.length === 0) return null;
        const exp = rng.pick(exps);
        const dir = `${ROOT}/${exp}`;
        const viaGit = rng.chance(0.4) && this.tracked().some((p) => p.startsWith(`${dir}/`));
        if (viaGit) gitOk(this.dir, 'rm', '-r', '-q', '-f', '--', dir);
        rmSync(this.abs(dir), { recursive: true, force: true });
        this.count('ok.deleteExperiment');
        return `${viaGit ? 'git rm -r' : 'rm -r'} ${dir}`;
      }
      case 'renameExperiment': {
        const exps = this.experiments();
        if (exps.length === 0) return null;
        const from = rng.pick(exps);
        const to = this.newExperimentId();
        if (exps.includes(to)) return null;
        renameSync(this.abs(`${ROOT}/${from}`), this.abs(`${ROOT}/${to}`));
        this.count('ok.renameExperiment');
        return `mv experiment ${from} -> ${to}`;
      }
      case 'addMetadata': {
        const exps = this.experiments();
        const exp = exps.length > 0 && rng.chance(0.8) ? rng.pick(exps) : this.newExperimentId(); // sometimes an experiment of metadata only
        const path = `${ROOT}/${exp}/${rng.pick(['manifest.json', '.metadata/manifest.json', 'state.json'])}`;
        this.write(path, this.metadataContent(exp));
        return `add metadata ${path}`;
      }
      case 'addIgnored': {
        const exps = this.experiments();
        const path = rng.pick([`${ROOT}/README.md`, `docs/outside ${++this.seq}.md`, `${ROOT}/${exps[0] ?? EXP}/.metadata/data-${this.seq}.txt`]);
        this.write(path, this.rng.chance(0.5) ? manifest() : 'not an artifact\n');
        return `add ignored ${path}`;
      }
      case 'editConfig': {
        const config: Record<string, unknown> = { root: ROOT, database: 'data/ops/tracking.db' };
        if (rng.chance(0.5)) config.rules = { 'baseline-missing': rng.pick(['off', 'error', 'warn']), 'file-name': rng.pick(['off', 'error', 'warn']), bom: rng.pick(['off', 'error']) };
        if (rng.chance(0.3)) config.statuses = ['active', 'complete', 'deprecated', 'bogus'];
        writeFileSync(this.abs('etk.config.json'), `${JSON.stringify(config, null, 2)}\n`);
        this.count('ok.editConfig');
        return `config ${JSON.stringify(config)}`;
      }
      case 'gitAddAll':
        gitOk(this.dir, 'add', '-A');
        return 'git add -A';
      case 'gitAddSome': {
        const some = rng.subset(this.changedPaths(), 0.4);
        if (some.length === 0) return null;
        const r = git(this.dir, 'add', '-A', '--', ...some);
        return `git add ${r.ok ? '' : '(failed) '}${some.length} of the changed paths: ${some.join(', ')}`;
      }
      case 'unstage': {
        const some = rng.subset(this.changedPaths(), 0.5);
        if (some.length === 0) return null;
        const r = git(this.dir, 'reset', '-q', '--', ...some);
        return `git reset -- ${some.length} paths${r.ok ? '' : ' (failed)'}`;
      }
      case 'commit': {
        const r = git(this.dir, 'commit', '-q', '-m', `step ${this.step}`, ...(rng.chance(0.1) ? ['--allow-empty'] : []));
        if (r.ok) this.count('ok.commit');
        return `git commit${r.ok ? '' : ' (nothing to commit or unmerged)'}`;
      }
      case 'commitAll': {
        const r = git(this.dir, 'commit', '-q', '-a', '-m', `step ${this.step} (all)`);
        if (r.ok) this.count('ok.commit');
        return `git commit -a${r.ok ? '' : ' (failed)'}`;
      }
      case 'amend': {
        if (rng.chance(0.5)) git(this.dir, 'add', '-A', '--', ROOT);
        const r = git(this.dir, 'commit', '-q', '--amend', '--no-edit', '--allow-empty');
        if (r.ok) this.count('ok.amend');
        return `git commit --amend${r.ok ? '' : ' (failed)'}`;
      }
      case 'newBranch': {
        const name = `topic-${++this.seq}`;
        const r = git(this.dir, 'checkout', '-q', '-b', name);
        if (r.ok) this.count('ok.newBranch');
        return `git checkout -b ${name}${r.ok ? '' : ' (failed)'}`;
      }
      case 'switchBranch': {
        const others = this.branches().filter((b) => b !== this.currentBranch());
        if (others.length === 0) return null;
        const to = rng.pick(others);
        const force = rng.chance(0.2);
        const r = git(this.dir, 'checkout', '-q', ...(force ? ['-f'] : []), to);
        this.count(r.ok ? 'ok.switch' : 'failed.switch');
        return `git checkout ${force ? '-f ' : ''}${to}${r.ok ? '' : ' (failed: local changes)'}`;
      }
      case 'detach': {
        const r = git(this.dir, 'checkout', '-q', '--detach', rng.chance(0.5) ? 'HEAD~1' : 'HEAD');
        if (r.ok) this.count('ok.switch');
        return `git checkout --detach${r.ok ? '' : ' (failed)'}`;
      }
      case 'merge': {
        const others = this.branches().filter((b) => b !== this.currentBranch());
        if (others.length === 0) return null;
        const other = rng.pick(others);
        const r = git(this.dir, 'merge', '-q', '--no-edit', other);
        if (r.ok) {
          this.count('ok.merge');
          return `git merge ${other}`;
        }
        if (this.merging()) {
          this.count('merge.conflict');
          if (rng.chance(0.5)) {
            this.abortMerge();
            return `git merge ${other} (conflict, aborted)`;
          }
          return `git merge ${other} (conflict, left unresolved)`;
        }
        return `git merge ${other} (refused: local changes)`;
      }
      case 'conflictingMerge': {
        // Both sides change (or one deletes) the same file: a merge that stops with unmerged paths.
        const base = this.currentBranch();
        const inHead = splitNul(git(this.dir, 'ls-tree', '-r', '-z', '--name-only', 'HEAD', '--', ROOT).stdout);
        const candidates = inHead.filter((p) => existsSync(this.abs(p)));
        if (base === null || candidates.length === 0 || this.unmerged()) return null;
        const path = rng.pick(candidates);
        const side = `side-${++this.seq}`;
        gitOk(this.dir, 'branch', side);
        if (!git(this.dir, 'checkout', '-q', side).ok) return null;
        this.write(path, this.artifactContent(this.typeOf(path), this.expOf(path)));
        const ours = git(this.dir, 'commit', '-q', '-m', `side ${this.step}`, '--', path);
        if (!git(this.dir, 'checkout', '-q', base).ok) return `conflicting merge: could not go back to ${base}`;
        const deleteHere = rng.chance(0.3);
        if (deleteHere) git(this.dir, 'rm', '-q', '-f', '--', path);
        else this.write(path, this.artifactContent(this.typeOf(path), this.expOf(path)));
        const theirs = git(this.dir, 'commit', '-q', '-m', `base ${this.step}`, '--', path);
        const r = git(this.dir, 'merge', '-q', '--no-edit', side);
        if (r.ok) {
          this.count('ok.merge');
          return `conflicting merge of ${path} merged cleanly (${ours.ok}/${theirs.ok})`;
        }
        if (this.merging()) this.count('merge.conflict');
        return `merge ${side} after ${deleteHere ? 'deleting' : 'editing'} ${path} on both sides: ${this.merging() ? 'conflict, left unresolved' : 'refused'}`;
      }
      case 'resetHard': {
        const commits = gitOk(this.dir, 'rev-list', '--max-count=12', 'HEAD').split('\n').filter(Boolean);
        const to = rng.pick(commits);
        gitOk(this.dir, 'reset', '-q', '--hard', to);
        this.count('ok.resetHard');
        return `git reset --hard ${to.slice(0, 8)} (${commits.indexOf(to)} back)`;
      }
      case 'resetSoft': {
        const mode = rng.pick(['--soft', '--mixed']);
        const r = git(this.dir, 'reset', '-q', mode, 'HEAD~1');
        if (r.ok) this.count('ok.resetSoft');
        return `git reset ${mode} HEAD~1${r.ok ? '' : ' (failed)'}`;
      }
      case 'stash': {
        const untracked = rng.chance(0.6);
        const r = git(this.dir, 'stash', 'push', '-q', ...(untracked ? ['-u'] : []));
        if (r.ok) this.count('ok.stash');
        return `git stash${untracked ? ' -u' : ''}${r.ok ? '' : ' (failed)'}`;
      }
      case 'stashPop': {
        if (gitOk(this.dir, 'stash', 'list').trim() === '') return null;
        const r = git(this.dir, 'stash', 'pop', '-q');
        if (r.ok) this.count('ok.stashPop');
        return `git stash pop${r.ok ? '' : this.unmerged() ? ' (conflict, left)' : ` (failed: ${r.stderr.trim().split('\n').slice(-2).join(' / ')})`}`;
      }
      case 'checkoutFile': {
        const tracked = this.tracked();
        if (tracked.length === 0) return null;
        const path = rng.pick(tracked);
        const fromHead = rng.chance(0.4);
        const r = git(this.dir, 'checkout', '-q', ...(fromHead ? ['HEAD'] : []), '--', path);
        if (r.ok) this.count('ok.checkoutFile');
        return `git checkout ${fromHead ? 'HEAD ' : ''}-- ${path}${r.ok ? '' : ' (failed)'}`;
      }
      case 'clean': {
        gitOk(this.dir, 'clean', '-q', '-f', '-d', '--', ROOT);
        return 'git clean -fd';
      }
      case 'scopedSync':
        return this.scopedSync();
    }
  }

  async scopedSync(): Promise<string | null> {
    const exps = this.experiments().filter((e) => /^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$/.test(e));
    if (exps.length === 0) return null;
    const exp = this.rng.pick(exps);
    const config = await loadConfig({ cwd: this.dir });
    await syncIndex({ config, dbPath: this.db.worktree, etkVersion: 'test', source: 'worktree', experiment: exp });
    this.count('ok.scopedSync');
    return `etk sync ${exp}`;
  }

  /** A conflicted merge or stash pop can leave markers in etk.config.json: etk then (rightly) refuses to run. Put a valid one back. */
  repairConfig(): void {
    const path = this.abs('etk.config.json');
    try {
      JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      writeFileSync(path, `${JSON.stringify({ root: ROOT, database: 'data/ops/tracking.db' }, null, 2)}\n`);
      this.log.push('  (etk.config.json had conflict markers: rewritten)');
      this.count('configRepaired');
    }
  }

  abortMerge(): string {
    if (git(this.dir, 'merge', '--abort').ok) return 'git merge --abort';
    gitOk(this.dir, 'reset', '-q', '--hard'); // --abort refuses when files changed since: drop them
    return 'git merge --abort refused; git reset --hard';
  }

  /** Resolves a conflicted merge or stash pop, one way or another. */
  resolve(): string {
    if (this.merging()) {
      if (this.rng.chance(0.4)) return this.abortMerge();
      gitOk(this.dir, 'add', '-A');
      gitOk(this.dir, 'commit', '-q', '--no-edit');
      this.count('ok.merge');
      return 'resolve: git add -A && git commit (markers kept)';
    }
    if (this.rng.chance(0.5)) {
      gitOk(this.dir, 'add', '-A');
      return 'resolve: git add -A';
    }
    gitOk(this.dir, 'reset', '-q');
    return 'resolve: git reset';
  }

  // ---------------------------------------------------------------- syncing and checking

  async syncSource(dbPath: string, source: SourceKind): Promise<SyncOutcome> {
    const config = await loadConfig({ cwd: this.dir });
    return syncIndex({ config, dbPath, etkVersion: 'test', source, ...(source === 'rev' ? { rev: 'HEAD' } : {}) });
  }

  /** Incremental sync of `source`, then the same source into a brand-new file: equal dumps. */
  async check(source: SourceKind): Promise<void> {
    const inc = this.db[source];
    const o = await this.syncSource(inc, source);
    this.count(`sync.${source}`);
    if (source === 'worktree') {
      if (o.plan.renamed.length > 0) this.count('plan.renamed');
      if (o.plan.removed.length > 0) this.count('plan.removed');
      if (o.plan.changed.length > 0) this.count('plan.changed');
      if (o.plan.added.length > 0) this.count('plan.added');
      if (o.rebuild !== null) this.count('plan.rebuild');
      this.count(`listed.${o.listed}`);
      if (o.errors > 0) this.count('state.withErrors');
      if (o.plan.added.some((p) => /[^\x20-\x7e]/.test(p))) this.count('plan.nonAsciiAdded');
    }
    const fresh = join(this.side.dir, `fresh-${source}.db`);
    removeDb(fresh);
    await this.syncSource(fresh, source);
    const a = dumpDb(inc);
    const b = dumpDb(fresh);
    if (a !== b) {
      assert.fail(`--source ${source}: the incremental index differs from a fresh rebuild: ${JSON.stringify(diffDbs(inc, fresh), null, 1)}\nplan of the incremental sync: ${JSON.stringify(o.plan)}`);
    }
    removeDb(fresh);
  }

  async deepChecks(): Promise<void> {
    const config = await loadConfig({ cwd: this.dir });
    const report = await checkConflicts({ config, dbPath: this.db.worktree, etkVersion: 'test', source: 'worktree' });
    assert.deepEqual(report.drift, [], 'checkConflicts finds drift right after a sync');
    assert.equal(report.staleConfig, null);
    assert.deepEqual(integrity(this.db.worktree), ['ok']);
    ftsIntegrity(this.db.worktree);
    this.count('deepChecks');
  }

  async run(steps: number): Promise<void> {
    this.t.write('etk.config.json', `${JSON.stringify({ root: ROOT, database: 'data/ops/tracking.db' }, null, 2)}\n`);
    this.t.write('.gitignore', 'data/\n');
    for (const exp of [EXP, EXP2]) {
      this.write(`${ROOT}/${exp}/README.md`, manifest(exp));
      for (const type of TYPES) this.write(this.newArtifactPath(exp, type), artifact(type, { exp, id: `${type}-${exp.slice(-4)}` }));
    }
    // Experiment metadata in JSON next to the README (state.json wins status and phase).
    this.write(`${ROOT}/${EXP}/state.json`, `${JSON.stringify({ id: EXP, status: 'complete', phase: 'phase_2', timestamp: '2025-12-17 02:43 (KST)' })}\n`);
    this.write(`${ROOT}/${EXP2}/manifest.json`, `${JSON.stringify({ experiment_id: EXP2, name: 'From manifest.json', status: 'active' })}\n`);
    gitOk(this.dir, 'add', '-A');
    gitOk(this.dir, 'commit', '-q', '-m', 'initial corpus');
    for (this.step = 0; this.step < steps; this.step++) {
      let did: string | null = null;
      let op: Op | 'resolve' = 'resolve';
      try {
        if ((this.merging() || this.unmerged()) && this.rng.chance(0.4)) did = this.resolve();
        else {
          // Every few steps, the operation done least so far (for its weight) gets a turn, so rare
          // ones (stash pop, conflicting merges, ...) happen in every run whatever the dice say.
          if (this.step % BOOST_EVERY === BOOST_EVERY - 1) {
            const ratio = (o: Op) => (this.applied.get(o) ?? 0) / OPS[o];
            const order = (Object.keys(OPS) as Op[]).sort((a, b) => ratio(a) - ratio(b));
            for (const candidate of order.slice(0, 4)) {
              op = candidate;
              did = await this.apply(op);
              if (did !== null) break;
            }
          }
          for (let tries = 0; did === null && tries < 10; tries++) {
            op = this.rng.weighted(OPS);
            did = await this.apply(op);
          }
          if (did !== null && op !== 'resolve') this.applied.set(op, (this.applied.get(op) ?? 0) + 1);
        }
        this.log.push(`#${this.step} ${did ?? `${op}: nothing to do`}`);
        this.repairConfig();
        this.count(`op.${op}`);
        if (this.unmerged()) this.count('state.unmerged');
        await this.check('worktree');
        if (this.step % OTHER_SOURCES_EVERY === OTHER_SOURCES_EVERY - 1) {
          await this.check('index');
          await this.check('rev');
          await this.deepChecks();
        }
      } catch (err) {
        const msg = (err as Error).stack ?? String(err);
        throw new Error(
          `sync property failed: seed ${this.seed}, step ${this.step} (reproduce: ETK_PROPERTY_SEED=${this.seed} ETK_PROPERTY_STEPS=${this.step + 1})\n` +
            `git status:\n${git(this.dir, 'status', '--short').stdout}\n` +
            `last operations:\n  ${this.log.slice(-25).join('\n  ')}\n${msg}`,
        );
      }
    }
  }
}

/** Operations that must have happened (and succeeded) in a run of at least 60 steps, so a pass means something. */
const REQUIRED: readonly [string, number][] = [
  ['ok.rename', 3],
  ['ok.delete', 3],
  ['ok.commit', 2],
  ['ok.switch', 2],
  ['ok.merge', 1],
  ['ok.resetHard', 1],
  ['ok.addExperiment', 1],
  ['ok.deleteExperiment', 1],
  ['listed.quick', 40],
  ['plan.renamed', 1],
  ['plan.removed', 5],
  ['plan.changed', 5],
  ['plan.added', 5],
  ['plan.nonAsciiAdded', 1],
  ['state.withErrors', 10],
  ['sync.index', 5],
  ['sync.rev', 5],
  ['deepChecks', 5],
];

/** Rarer operations, over the whole default run. */
const TOTALS_REQUIRED: readonly [string, number][] = [
  ['ok.amend', 3],
  ['ok.stash', 2],
  ['ok.stashPop', 2],
  ['ok.checkoutFile', 2],
  ['ok.scopedSync', 2],
  ['ok.renameExperiment', 1],
  ['ok.resetSoft', 1],
  ['ok.editConfig', 2],
  ['plan.rebuild', 5],
  ['merge.conflict', 5],
  ['state.unmerged', 5],
];

describe('etk sync property: incremental == rebuild after random file and git operations', () => {
  const totals = new Map<string, number>();
  for (const seed of SEEDS) {
    it(`seed ${seed}, ${STEPS} steps`, async () => {
      const s = new Scenario(seed);
      const started = performance.now();
      await s.run(STEPS);
      if (process.env.ETK_PROPERTY_LOG) process.stdout.write(s.log.join('\n') + '\n');
      for (const [k, v] of s.counts) totals.set(k, (totals.get(k) ?? 0) + v);
      const summary = [...s.counts].filter(([k]) => /^(ok|plan|merge|failed|state|listed)\./.test(k)).sort().map(([k, v]) => `${k}=${v}`).join(' ');
      process.stdout.write(`# seed ${seed}: ${STEPS} steps in ${Math.round(performance.now() - started)} ms; ${summary}\n`);
      if (STEPS >= 60) {
        const missing = REQUIRED.filter(([k, min]) => s.get(k) < min).map(([k, min]) => `${k}: ${s.get(k)} < ${min}`);
        assert.deepEqual(missing, [], `seed ${seed} did not exercise enough (the test would pass vacuously)`);
      }
    });
  }
  it('the run as a whole covers at least 300 steps and conflicted merges (default seeds and steps)', () => {
    const custom = process.env.ETK_PROPERTY_SEED !== undefined || process.env.ETK_PROPERTY_STEPS !== undefined;
    process.stdout.write(`# totals: ${[...totals].filter(([k]) => /^(ok|plan|merge|failed|sync|op)\./.test(k)).sort().map(([k, v]) => `${k}=${v}`).join(' ')}\n`);
    if (custom) return;
    assert.ok(SEEDS.length * STEPS >= 300);
    const missing = TOTALS_REQUIRED.filter(([k, min]) => (totals.get(k) ?? 0) < min).map(([k, min]) => `${k}: ${totals.get(k) ?? 0} < ${min}`);
    assert.deepEqual(missing, [], 'the default run did not exercise enough');
  });
});
