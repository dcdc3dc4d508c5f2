import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { manifest, manifestPath } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

function project(config = '{}') {
  const t = tempDir({ git: true });
  t.write('etk.config.json', config);
  t.write(manifestPath(), manifest());
  return t;
}

describe('numeric options', () => {
  it('a negative number is a value that is not a whole number, said in one sentence (no parser text)', async () => {
    const t = project();
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    for (const [argv, flag] of [[['query', 'artifacts', '--limit', '-3'], '--limit'], [['search', 'x', '--limit', '-1'], '--limit'], [['dashboard', '--port', '-80'], '--port'], [['validate', '--max-warnings', '-2'], '--max-warnings']] as const) {
      const r = await cli(t.dir, ...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, new RegExp(`^etk \\w+: ${flag} must be a whole number, 0 or more \\(found "-\\d+"\\)\\n  fix: e\\.g\\. ${flag} 10\\n$`));
      assert.doesNotMatch(r.stderr, /ambiguous|--limit=-XYZ/);
    }
    const missing = await cli(t.dir, 'query', 'artifacts', '--limit');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^etk query: --limit needs a value\n/);
  });
});

describe('configuration errors', () => {
  it('every problem of etk.config.json at once: schema errors together, then every other problem together', async () => {
    const shape = await cli(project('{"rot": "x", "profile": "nope", "rules": {"file-nam": "off"}}').dir, 'validate');
    assert.equal(shape.code, 2);
    assert.match(shape.stderr, /etk\.config\.json: 3 problems:\n {2}- config: unknown key "rot" \(did you mean "root"\?\)\n {2}- profile must be one of [^\n]+\n {2}- unknown rule "file-nam" \(did you mean "file-name"\?\)\n/);
    const rest = await cli(project('{"timezone": "Mars/Olympus", "rules": {"file-nam": "off"}, "templates": {"reprot": "x.md"}}').dir, 'validate');
    assert.equal(rest.code, 2);
    assert.match(rest.stderr, /3 problems:\n {2}- timezone "Mars\/Olympus" is not an IANA time zone name\n {2}- unknown rule "file-nam"[^\n]*\n {2}- templates: "reprot" is not an artifact type \(did you mean "report"\?\)\n/);
  });
});
