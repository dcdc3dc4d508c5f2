import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
// @ts-expect-error: plain JavaScript build script without type declarations
import { bundle } from '../../scripts/build.mjs';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(REPO, join(e.parentPath, e.name)))
    .sort();
}

describe('committed dist/', () => {
  it('is exactly what `npm run build` makes from src/ and schema/ (run it and commit dist/ when this fails)', async () => {
    const result = (await bundle({ write: false })) as { outputFiles: { path: string; text: string }[] };
    const built = new Map(result.outputFiles.map((f) => [relative(REPO, f.path), f.text]));
    assert.deepEqual(listFiles(join(REPO, 'dist')), [...built.keys()].sort(), 'same files');
    for (const [path, text] of built) {
      assert.ok(readFileSync(join(REPO, path), 'utf8') === text, `${path} is stale`);
    }
  });
});
