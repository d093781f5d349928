// scripts/post-build/minify.mjs (run by scripts/post-build.sh): the built page's .js and .css are
// minified, every `integrity` attribute in index.html matches its file (else the browser
// refuses the module or the stylesheet), and a second run changes no byte (IT runs
// post-build.sh again after editing config.json). No browser: the other files load the
// minified page in Chromium, under SRI and the CSP.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, REPO } from './helpers.mjs';
import { assetFiles, integrityTags, loadEsbuild, minifyDir, sri } from '../../scripts/post-build/minify.mjs';

/** Every file under `dir` with its bytes: { 'a/b.js': Buffer }. */
function snapshot(dir, rel = '') {
  const out = {};
  for (const n of readdirSync(join(dir, rel))) {
    const r = rel ? `${rel}/${n}` : n;
    if (statSync(join(dir, r)).isDirectory()) Object.assign(out, snapshot(dir, r));
    else out[r] = readFileSync(join(dir, r));
  }
  return out;
}

function assertIntegrityMatches(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const tags = integrityTags(html);
  for (const { file, integrity } of tags) {
    assert.equal(integrity, sri(readFileSync(join(dist, file)), integrity.split('-')[0]), `integrity of ${file} does not match its bytes`);
  }
  return tags.map((t) => t.file);
}

function withTemp(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'minify-test-'));
  return Promise.resolve(fn(dir)).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test('minify: a Trunk-like page: smaller, exports and import.meta.url intact, integrity fixed, second run a no-op', () => withTemp(async (dir) => {
  mkdirSync(join(dir, 'snippets/app-1'), { recursive: true });
  // Node loads the .js files below as ES modules only with this beside them.
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  const files = {
    'app-1.js': `import { helper } from './snippets/app-1/inline0.js';

/**
 * Shaped like wasm-bindgen's glue: a default export, named exports, import.meta.url.
 */
let cachedValue = null;

export function greet(name) {
    // A comment the minifier drops.
    const greeting = 'Hello, ' + name + '!';
    return helper(greeting);
}

function __wbg_init(moduleOrPath) {
    if (typeof moduleOrPath === 'undefined') {
        moduleOrPath = new URL('app-1_bg.wasm', import.meta.url);
    }
    cachedValue = moduleOrPath;
    return cachedValue;
}

export { __wbg_init as default };
`,
    'snippets/app-1/inline0.js': `
export function helper(text) {
  // Indented, commented: as Trunk copies a snippet.
  return text.toUpperCase();
}
`,
    'style-1.css': `/* The page's colours. */
:root {
  --accent: #3b3ea8;
}

.card {
  margin: 0 0 1rem 0;
  color: var(--accent);
}
`,
  };
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  const tag = (f, rel) => `<link rel="${rel}" href="./${f}" crossorigin="anonymous" integrity="${sri(Buffer.from(files[f]))}">`;
  const inline = `<script type="module">import init, * as bindings from './app-1.js';\nawait init();\n</script>`;
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head>${inline}
${tag('style-1.css', 'stylesheet')}${tag('app-1.js', 'modulepreload')}${tag('snippets/app-1/inline0.js', 'modulepreload')}
</head><body><!-- prerender:fallback --><p>x</p><!-- /prerender:fallback --></body></html>
`);

  const rows = minifyDir(dir);
  assert.deepEqual(rows.map((r) => r.file), ['app-1.js', 'snippets/app-1/inline0.js', 'style-1.css']);
  for (const r of rows) {
    assert.ok(r.after < r.before, `${r.file} not smaller: ${r.before} -> ${r.after}`);
    const text = readFileSync(join(dir, r.file), 'utf8');
    assert.doesNotMatch(text, /\/\*|\/\/ /, `${r.file} still has comments: ${text}`);
  }
  assert.deepEqual(assertIntegrityMatches(dir).sort(), ['app-1.js', 'snippets/app-1/inline0.js', 'style-1.css']);
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.ok(html.includes(inline), 'the inline script (its hash is the CSP) was changed');
  assert.ok(html.includes('<!-- prerender:fallback -->'), 'the prerender marker was removed');

  // The minified module still has its export names and finds its wasm beside itself.
  const mod = await import(pathToFileURL(join(dir, 'app-1.js')).href);
  assert.deepEqual(Object.keys(mod).sort(), ['default', 'greet']);
  assert.equal(mod.greet('you'), 'HELLO, YOU!');
  assert.equal(String(mod.default()), pathToFileURL(join(dir, 'app-1_bg.wasm')).href);

  const once = snapshot(dir);
  const again = minifyDir(dir);
  for (const r of again) assert.equal(r.after, r.before, `${r.file} changed on the second run`);
  assert.deepEqual(snapshot(dir), once, 'a second run changed files');
}));

test('minify: the built page: .js and .css are minified and every integrity attribute matches', () => {
  const dist = distDir();
  const files = assetFiles(dist);
  const checked = assertIntegrityMatches(dist);
  // Trunk's tags: the module preloads of the glue and its snippets, the stylesheet, the wasm.
  for (const f of files.filter((f) => !f.startsWith('teams-script-gen'))) {
    assert.ok(checked.includes(f), `index.html has no integrity attribute for ${f} (found: ${checked.join(', ')})`);
  }
  assert.ok(checked.some((f) => f.endsWith('.wasm')), 'no integrity attribute for the wasm');
  const { transformSync } = loadEsbuild();
  for (const f of files) {
    const text = readFileSync(join(dist, f), 'utf8');
    assert.doesNotMatch(text, /\/\*\*/, `${f} still has doc comments: the build did not run scripts/post-build/minify.mjs (scripts/post-build.sh does)`);
    // Printed back without minifying (indentation, one statement a line), a minified file
    // grows by a fifth or more; an unminified one stays about the same or shrinks (no comments).
    const loader = f.endsWith('.css') ? 'css' : 'js';
    const pretty = transformSync(text, { loader, format: loader === 'js' ? 'esm' : undefined }).code;
    assert.ok(text.length < 0.9 * pretty.length, `${f} does not look minified: ${text.length} bytes, ${pretty.length} pretty-printed`);
  }
  // The stylesheet's source is in the repository: the built one must be smaller.
  const css = files.find((f) => f.endsWith('.css'));
  assert.ok(statSync(join(dist, css)).size < statSync(join(REPO, 'static/style.css')).size, `${css} is not smaller than static/style.css`);
});

test('minify: a second run on a copy of the built page changes no byte', () => withTemp((dir) => {
  cpSync(distDir(), dir, { recursive: true });
  const before = snapshot(dir);
  minifyDir(dir);
  const after = snapshot(dir);
  for (const f of Object.keys(before)) assert.ok(before[f].equals(after[f]), `${f} changed`);
  assert.deepEqual(Object.keys(after).sort(), Object.keys(before).sort());
}));
