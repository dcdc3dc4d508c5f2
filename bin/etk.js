#!/usr/bin/env node
// Start-up guard: written to run on any Node, so an old one gets a sentence, not a stack trace.
var REQUIRED = [22, 13];
var parts = process.versions.node.split('.').map(Number);
if (parts[0] < REQUIRED[0] || (parts[0] === REQUIRED[0] && parts[1] < REQUIRED[1])) {
  process.stderr.write(
    'etk needs Node.js ' + REQUIRED.join('.') + ' or newer (it uses node:sqlite); this is Node.js ' + process.versions.node + '.\n' +
    '  fix: install Node.js 24 LTS (https://nodejs.org), or add it to the project with: npm install -D node@24\n'
  );
  process.exit(2);
}
// node:sqlite is stable in Node 24 but flagged experimental in 22: do not print that on every commit.
var emitWarning = process.emitWarning;
process.emitWarning = function (warning) {
  var text = warning && warning.message ? warning.message : String(warning);
  if (/SQLite is an experimental feature/.test(text)) return;
  return emitWarning.apply(process, arguments);
};
// V8's code cache for the bundle (Node >= 22.1): later runs skip most of parsing and compiling.
import('node:module').then(function (m) {
  if (typeof m.enableCompileCache === 'function') m.enableCompileCache();
  return import('../dist/etk.js');
});
