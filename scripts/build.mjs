// Bundles src/ into dist/ with esbuild (run with tsx loaded: `npm run bundle`).
// - Ajv validators are generated here from schema/ (Ajv standalone code) and replace
//   src/artifacts/precompiled.ts in the bundle, so the CLI compiles no schema at start-up.
// - Output is deterministic: a build of a clean tree reproduces the committed dist/ byte for byte
//   (test/unit/build.test.ts checks it), because the pre-commit framework and GitHub Actions run
//   dist/ straight from a git checkout, without a build step.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv';
import { createAjv } from '../src/artifacts/compileSchemas.ts';
import { BUILTIN_SCHEMAS, GENERIC_KEY, GENERIC_SCHEMA } from '../src/artifacts/schemaSet.ts';

const standaloneCode = standaloneModule.default ?? standaloneModule;
const root = fileURLToPath(new URL('..', import.meta.url));
const configSchema = JSON.parse(readFileSync(new URL('../schema/etk.config.schema.json', import.meta.url), 'utf8'));

/** ES module source exporting PRECOMPILED: { generic, <each built-in type>, config }. */
export function precompiledSource() {
  const ajv = createAjv(undefined, {
    code: { source: true, esm: true, lines: false, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  const names = {};
  const exports = {};
  const add = (name, schema) => {
    const exportName = name.replace(/[^A-Za-z0-9_]/g, '_');
    ajv.addSchema(schema, schema.$id ?? `etk:${name}`);
    names[exportName] = schema.$id ?? `etk:${name}`;
    exports[name] = exportName;
  };
  add(GENERIC_KEY, GENERIC_SCHEMA);
  for (const [name, schema] of Object.entries(BUILTIN_SCHEMAS)) add(name, schema);
  add('config', configSchema);
  const code = standaloneCode(ajv, names);
  return `${code}\nexport const PRECOMPILED = { ${Object.entries(exports).map(([n, e]) => `${JSON.stringify(n)}: ${e}`).join(', ')} };\n`;
}

const precompiledPlugin = {
  name: 'etk-precompiled',
  setup(b) {
    b.onLoad({ filter: /src[\\/]artifacts[\\/]precompiled\.ts$/ }, () => ({ contents: precompiledSource(), loader: 'js', resolveDir: root }));
    // gray-matter's own default YAML engine (js-yaml 3, which would also pull in esprima for
    // !!js/function) is never used: etk always passes its own safe engine. Leave it out of the
    // bundle, so it costs neither bytes nor start-up time.
    b.onResolve({ filter: /^js-yaml$/ }, (args) =>
      /[\\/]gray-matter[\\/]/.test(args.importer) ? { path: 'gray-matter-js-yaml', namespace: 'etk-stub' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'etk-stub' }, () => ({
      contents: 'const unused = () => { throw new Error("etk passes gray-matter its own YAML engine"); };\nmodule.exports = { safeLoad: unused, safeDump: unused };',
      loader: 'js',
    }));
  },
};

// One entry: src/cli/entry.ts is also the module a validation worker thread starts.
export const ENTRIES = { etk: 'src/cli/entry.ts' };

// The GitHub Actions: one self-contained file each (runs.main in actions/<name>/action.yml), which is
// also the module its validation workers start. GitHub runs them from a checkout of this repository.
export const ACTIONS = {
  'actions/check/dist': 'src/action/checkMain.ts',
  'actions/index/dist': 'src/action/indexMain.ts',
};

// @actions/core imports an HTTP client (undici, ~800 kB) only for getIDToken (OIDC), which the check
// action never calls: leave it out of that bundle. The index action keeps it (@actions/artifact uploads with it).
const noOidcPlugin = {
  name: 'etk-no-oidc',
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client(\/|$)/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]/.test(args.importer) ? { path: args.path, namespace: 'etk-no-oidc' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'etk-no-oidc' }, () => ({
      contents: 'export class HttpClient { constructor() { throw new Error("etk\'s check action has no HTTP client (getIDToken is not available)"); } }\nexport class BearerCredentialHandler {}\n',
      loader: 'js',
    }));
  },
};

/** Every folder the build writes (test/unit/build.test.ts compares each with a fresh build). */
export const OUTPUT_DIRS = ['dist', ...Object.keys(ACTIONS)];

const COMMON = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  plugins: [precompiledPlugin],
  // CommonJS dependencies (ajv, gray-matter) need require() inside an ES module bundle.
  banner: { js: "import { createRequire as __etkCreateRequire } from 'node:module';\nconst require = __etkCreateRequire(import.meta.url);" },
};

/** Builds dist/ (the CLI) and each action's dist/index.js; returns every output file. */
export async function bundle({ write = true } = {}) {
  const results = [
    await build({ ...COMMON, entryPoints: ENTRIES, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]', write }),
  ];
  for (const [outdir, entry] of Object.entries(ACTIONS)) {
    // @actions/artifact (index only) is imported lazily: a validation worker never loads it.
    const plugins = outdir === 'actions/check/dist' ? [precompiledPlugin, noOidcPlugin] : [precompiledPlugin];
    results.push(await build({ ...COMMON, plugins, entryPoints: { index: entry }, outdir, splitting: false, write }));
  }
  return { outputFiles: results.flatMap((r) => r.outputFiles ?? []) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundle();
}
