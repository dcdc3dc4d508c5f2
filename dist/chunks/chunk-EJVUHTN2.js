import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);

// src/util/distance.ts
function editDistance(a, b, max = 3) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2][j - 2] + 1);
      rows[i][j] = v;
    }
  }
  return Math.min(rows[a.length][b.length], max + 1);
}
var memo = /* @__PURE__ */ new Map();
function closest(word, candidates) {
  const list = [...candidates];
  const key = `${word}\0${list.join("\0")}`;
  if (memo.has(key)) return memo.get(key);
  const found = closestUncached(word, list);
  if (memo.size < 1e4) memo.set(key, found);
  return found;
}
function closestUncached(word, candidates) {
  const limit = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  let best;
  let bestD = limit + 1;
  for (const c of candidates) {
    if (c === word) continue;
    const d = editDistance(word.toLowerCase(), c.toLowerCase(), limit);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

// package.json
var package_default = {
  name: "etk",
  version: "0.1.0",
  description: "Keep experiment documentation (EDS v1.0 Markdown + YAML frontmatter) in git trustworthy and queryable",
  type: "module",
  license: "MIT",
  bin: {
    etk: "bin/etk.js"
  },
  files: [
    "bin/",
    "dist/",
    "schema/",
    "hooks/",
    "templates/",
    "README.md"
  ],
  engines: {
    node: ">=22.13"
  },
  scripts: {
    build: "rm -rf dist && node --import tsx scripts/build.mjs",
    typecheck: "tsc --noEmit -p tsconfig.json",
    test: "npm run typecheck && node --test --import tsx 'test/**/*.test.ts'",
    bench: "node bench/run.mjs",
    demo: "node bin/etk.js validate --config examples/etk.config.json",
    etk: "node bin/etk.js"
  },
  devDependencies: {
    "@observablehq/plot": "^0.6.17",
    "@types/js-yaml": "^4.0.9",
    "@types/node": "^24.19.2",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    "gray-matter": "^4.0.3",
    "js-yaml": "^4.3.2",
    linkedom: "^0.18.15",
    node: "^24.21.0",
    "playwright-core": "^1.65.1",
    tsx: "^4.23.15",
    typescript: "^5.9.3",
    yaml: "^2.9.1"
  },
  allowScripts: {
    node: true,
    esbuild: true
  }
};

// src/cli/version.ts
var VERSION = package_default.version;

export {
  closest,
  VERSION
};
