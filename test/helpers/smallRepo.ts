import assert from 'node:assert/strict';
import { EXP, NAMES, artifact, artifactPath, manifest, manifestPath } from './corpus.ts';
import { cli } from './runCli.ts';
import { tempDir, type TempDir } from './tempRepo.ts';

export interface SmallRepoOptions {
  /** etk.config.json's text (default `{}`). */
  config?: string;
  /** .gitignore's text (default: the index folder). */
  ignore?: string;
  /** One assessment beside the manifest (default true). */
  assessment?: boolean;
}

/** A git repository with one experiment (its manifest and, by default, one assessment), committed. */
export function smallRepo(options: SmallRepoOptions = {}): TempDir {
  const t = tempDir({ git: true });
  t.write('etk.config.json', options.config ?? '{}\n');
  t.write('.gitignore', options.ignore ?? 'data/\n');
  t.write(manifestPath(), manifest(EXP));
  if (options.assessment !== false) t.write(artifactPath(NAMES.assessment!), artifact('assessment'));
  t.git('add', '-A');
  t.git('commit', '-qm', 'corpus');
  return t;
}

/** The same, with its index built by `etk sync`. */
export async function syncedSmallRepo(options: SmallRepoOptions = {}): Promise<TempDir> {
  const t = smallRepo(options);
  const sync = await cli(t.dir, 'sync');
  assert.equal(sync.code, 0, sync.stderr);
  return t;
}
