import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);

// src/util/terminalSafe.ts
function terminalSafe(s) {
  return s.replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, escapeChar);
}
var NAMED = { "\0": "\\0", "\n": "\\n", "\r": "\\r", "\x1B": "\\x1b" };
function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
}
function logLineSafe(s) {
  const safe = terminalSafe(s);
  return /^\s*::/.test(safe) ? safe.replace(":", "\\x3a") : safe;
}

export {
  terminalSafe,
  logLineSafe
};
