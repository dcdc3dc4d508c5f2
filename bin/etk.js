#!/usr/bin/env node
// Start-up guard: written to run on any Node, so an old one gets a sentence, not a stack trace.
var REQUIRED = [22, 13];

function newEnough(version) {
  var parts = String(version).replace(/^v/, '').split('.').map(Number);
  return parts[0] > REQUIRED[0] || (parts[0] === REQUIRED[0] && parts[1] >= REQUIRED[1]);
}

/**
 * On an old Node (a GUI git client's PATH, the pre-commit framework's system Node, a version
 * manager's default), look for a newer one: $ETK_NODE, then every `node` on PATH. Runs only on
 * this slow path.
 */
async function newerNode() {
  var fs = await import('node:fs');
  var path = await import('node:path');
  var cp = await import('node:child_process');
  var candidates = [];
  if (process.env.ETK_NODE) candidates.push(process.env.ETK_NODE);
  (process.env.PATH || '').split(path.delimiter).forEach(function (dir) {
    if (dir) candidates.push(path.join(dir, process.platform === 'win32' ? 'node.exe' : 'node'));
  });
  var seen = {};
  for (var i = 0; i < candidates.length; i++) {
    var c = candidates[i];
    if (seen[c] || !fs.existsSync(c)) continue;
    seen[c] = true;
    var r = cp.spawnSync(c, ['-p', 'process.versions.node'], { encoding: 'utf8', env: Object.assign({}, process.env, { ETK_REEXEC: '1' }) });
    if (r.status === 0 && newEnough(r.stdout.trim())) return { node: c, version: r.stdout.trim(), cp: cp };
  }
  return null;
}

if (!newEnough(process.versions.node)) {
  var found = process.env.ETK_REEXEC === '1' ? Promise.resolve(null) : newerNode();
  found.then(function (n) {
    if (n) {
      var r = n.cp.spawnSync(n.node, [process.argv[1]].concat(process.argv.slice(2)), { stdio: 'inherit', env: Object.assign({}, process.env, { ETK_REEXEC: '1' }) });
      process.exit(r.status === null ? 1 : r.status);
    }
    // A resync hook (after checkout, merge, rebase) must never fail git: one line, exit 0.
    var hook = process.argv[2] === 'hook' ? process.argv[3] : '';
    if (['post-commit', 'post-checkout', 'post-merge', 'post-rewrite', 'resync'].indexOf(hook) >= 0) {
      process.stderr.write('etk: ' + hook + ' skipped: etk needs Node.js ' + REQUIRED.join('.') + ' or newer and this is ' + process.versions.node + ' (set ETK_NODE or put Node 24 first on PATH); the next etk command brings the index up to date\n');
      process.exit(0);
    }
    process.stderr.write(
      'etk needs Node.js ' + REQUIRED.join('.') + ' or newer (it uses node:sqlite); this is Node.js ' + process.versions.node + '.\n' +
      '  fix: install Node.js 24 LTS (https://nodejs.org) and put it first on PATH, or point ETK_NODE at it,\n' +
      '       or add it to the project with: npm install -D node@24\n'
    );
    process.exit(2);
  });
} else {
  // node:sqlite is stable in Node 24 but flagged experimental in 22: do not print that on every commit.
  var emitWarning = process.emitWarning;
  process.emitWarning = function (warning) {
    var text = warning && warning.message ? warning.message : String(warning);
    if (/SQLite is an experimental feature/.test(text)) return;
    return emitWarning.apply(process, arguments);
  };
  // The commands that answer from the index first check it against the work tree (git status):
  // start that git now, while the bundle loads (see statusPrefetch.js). Not for --no-sync, --as-of
  // (answered from a snapshot of a commit) or help.
  var argv = process.argv.slice(2);
  var answers = argv[0] === 'query' || argv[0] === 'search' || argv[0] === 'status' || argv[0] === 'compare' || (argv[0] === 'dashboard' && argv.some(function (a) { return a === '--report' || a.indexOf('--report=') === 0; }));
  var prefetch = answers && argv.indexOf('--no-sync') < 0 && !argv.some(function (a) { return a === '--as-of' || a.indexOf('--as-of=') === 0; }) && argv.indexOf('--help') < 0 && argv.indexOf('-h') < 0 && !process.env.GIT_DIR && !process.env.GIT_WORK_TREE
    ? import('./statusPrefetch.js').then(function (m) { m.startStatusPrefetch(process.cwd()); }).catch(function () {})
    : Promise.resolve();
  // V8's code cache for the bundle (Node >= 22.1): later runs skip most of parsing and compiling.
  prefetch.then(function () { return import('node:module'); }).then(function (m) {
    if (typeof m.enableCompileCache === 'function') m.enableCompileCache();
    return import('../dist/etk.js');
  });
}
