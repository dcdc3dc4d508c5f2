import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
// @ts-expect-error: plain JavaScript build script without type declarations
import { bundle, OUTPUT_DIRS } from '../../scripts/build.mjs';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(REPO, join(e.parentPath, e.name)))
    .sort();
}

describe('committed bundles', () => {
  it('dist/ and actions/*/dist/ are exactly what `npm run bundle` makes from src/ and schema/ (run it and commit them when this fails)', async () => {
    const result = (await bundle({ write: false })) as { outputFiles: { path: string; text: string }[] };
    const built = new Map(result.outputFiles.map((f) => [relative(REPO, f.path), f.text]));
    const dirs = OUTPUT_DIRS as string[];
    assert.deepEqual(dirs, ['dist', 'actions/check/dist', 'actions/index/dist']);
    for (const dir of dirs) {
      const expected = [...built.keys()].filter((p) => p.startsWith(`${dir}/`)).sort();
      assert.ok(expected.length > 0, `the build writes into ${dir}/`);
      assert.deepEqual(listFiles(join(REPO, dir)), expected, `${dir}/ holds the same files`);
    }
    for (const [path, text] of built) {
      assert.ok(readFileSync(join(REPO, path), 'utf8') === text, `${path} is stale`);
    }
  });
});
