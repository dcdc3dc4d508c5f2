import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);

// src/util/plural.ts
function plural(n, one, many = `${one}s`, shown = String(n)) {
  return `${shown} ${n === 1 ? one : many}`;
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
    bundle: "rm -rf dist actions/check/dist actions/index/dist && node --import tsx scripts/build.mjs",
    typecheck: "tsc --noEmit -p tsconfig.json",
    test: "npm run typecheck && node --test --import tsx 'test/**/*.test.ts'",
    bench: "node bench/run.mjs",
    demo: "node bin/etk.js validate --config examples/etk.config.json",
    etk: "node bin/etk.js"
  },
  devDependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/core": "^3.0.1",
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
  plural,
  VERSION
};
