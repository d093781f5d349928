#!/usr/bin/env node
// Minifies the JavaScript and CSS that Trunk wrote into a built page, in place, with esbuild,
// then rewrites the Subresource Integrity hashes (`integrity="sha384-…"`) in DIST/index.html
// to match the new bytes: a browser refuses a preloaded module or stylesheet whose hash
// differs. Trunk's own --minify cannot do this for us: its JS minifier fails on
// wasm-bindgen's `export default`, and its HTML minifier strips the `<!-- prerender:… -->`
// markers that scripts/post-build/prerender.sh needs.
//
// Usage: node scripts/post-build/minify.mjs DIST        (prints one line per file)
//
// Idempotent: scripts/post-build.sh runs it, and IT runs post-build.sh again after editing
// config.json. A file is only replaced by a smaller one, and minifying is repeated until
// it no longer shrinks, so a second run finds nothing to do and changes no byte (esbuild
// renames anew on each pass; a pass over its own output is never smaller).
//
// The pages' inline classic scripts (the no-wasm detector, the page script) are minified too,
// in every page; scripts/post-build/csp.mjs runs afterwards and allows them by the hashes of the minified
// text. Left alone: JSON data blocks, the module loader Trunk writes, and every file that is
// not .js, .css or a page.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, extname, dirname, resolve, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { builtFiles, pageFiles } from "./precompress.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Where scripts/tools.sh installs esbuild (the version pinned in Trunk.toml). */
export const ESBUILD_DIR = join(ROOT, ".tools", "esbuild");

/** The oldest browsers the output may rely on: those the page's wasm already needs
 *  (reference types, bulk memory, non-trapping float-to-int: Chrome/Edge 96, Firefox 79,
 *  Safari 15). esbuild then never writes syntax they lack, and never rewrites syntax they
 *  have (wasm-bindgen's glue uses ES2020+, e.g. `import.meta`, `??`). */
export const TARGET = ["chrome96", "edge96", "firefox79", "safari15", "ios15"];

/** The pinned esbuild version (`esbuild = "…"` in Trunk.toml, read as scripts/tools.sh does). */
export function pinnedVersion() {
  const m = readFileSync(join(ROOT, "Trunk.toml"), "utf8").match(/^esbuild *= *"(.*)"/m);
  if (!m) throw new Error("Trunk.toml pins no esbuild version ([tools] esbuild = \"…\")");
  return m[1];
}

let esbuild;
/** esbuild from .tools/esbuild, refused when it is not the pinned version (the output, and
 *  so the integrity hashes, should not depend on whichever esbuild a machine happens to have). */
export function loadEsbuild() {
  if (esbuild) return esbuild;
  const want = pinnedVersion();
  if (!existsSync(join(ESBUILD_DIR, "node_modules", "esbuild", "package.json"))) {
    throw new Error(`esbuild is not installed in ${ESBUILD_DIR}: run scripts/tools.sh build (make dist runs it)`);
  }
  const found = createRequire(join(ESBUILD_DIR, "package.json"))("esbuild");
  if (found.version !== want) {
    throw new Error(`esbuild ${found.version} in ${ESBUILD_DIR}, but Trunk.toml pins ${want}: run scripts/tools.sh build`);
  }
  return (esbuild = found);
}

/** One esbuild pass: `js` as an ES module (export names are kept: Trunk's loader imports
 *  `default` and the rest by name), or `css`. Throws on errors, prints warnings. */
export function minifyOnce(text, loader, name = `input.${loader}`) {
  const r = loadEsbuild().transformSync(text, {
    loader,
    format: loader === "js" ? "esm" : undefined,
    minify: true,
    target: TARGET,
    sourcefile: name,
  });
  for (const w of r.warnings) console.error(`minify: warning in ${name}: ${w.text}`);
  return r.code;
}

/** `text` minified until a pass no longer makes it smaller; `text` itself when none does. */
export function minifyText(text, loader, name) {
  let best = text;
  // A bound, not an expectation: the first pass does the work, the second finds nothing.
  for (let pass = 0; pass < 5; pass++) {
    const next = minifyOnce(best, loader, name);
    if (Buffer.byteLength(next) >= Buffer.byteLength(best)) break;
    best = next;
  }
  return best;
}

/** The .js and .css files of a built page: top level and wasm-bindgen's snippets/. */
export function assetFiles(dist) {
  return builtFiles(dist).filter((n) => [".js", ".css"].includes(extname(n))).sort();
}

/** SRI value of `bytes` with algorithm `alg` (sha256/sha384/sha512), e.g. "sha384-…". */
export function sri(bytes, alg = "sha384") {
  return `${alg}-${createHash(alg).update(bytes).digest("base64")}`;
}

/** Every tag in `html` (a page at `page`, relative to dist) that carries an integrity
 *  attribute, with the dist-relative file its href/src names: [{ tag, file, integrity }].
 *  Trunk writes them for the module preloads, the stylesheet and the wasm preload. */
export function integrityTags(html, page = "index.html") {
  const tags = [];
  for (const m of html.matchAll(/<(?:link|script)\b[^>]*>/gi)) {
    const tag = m[0];
    const integrity = tag.match(/\bintegrity="([^"]*)"/i)?.[1];
    if (integrity === undefined) continue;
    const url = tag.match(/\b(?:href|src)="([^"]*)"/i)?.[1];
    if (!url) throw new Error(`index.html: integrity without href/src: ${tag}`);
    // public_url is "./" (Trunk.toml): hrefs are relative to the page's folder (`../x.js`
    // from a language folder).
    const file = posix.normalize(posix.join(posix.dirname(page), decodeURIComponent(url.replace(/[?#].*$/, ""))));
    tags.push({ tag, file, integrity });
  }
  return tags;
}

/** Sets every integrity attribute of every built page to the hash of its file as it now is
 *  (same algorithm as before). Returns the number of attributes that changed. */
export function rewriteIntegrity(dist) {
  let changed = 0;
  for (const page of pageFiles(dist)) changed += rewritePage(dist, page);
  return changed;
}

function rewritePage(dist, page) {
  const path = join(dist, page);
  const html = readFileSync(path, "utf8");
  let changed = 0;
  let out = html;
  for (const { tag, file, integrity } of integrityTags(html, page)) {
    const target = join(dist, file);
    if (!existsSync(target)) throw new Error(`${page} names ${file} (with integrity) but ${target} does not exist`);
    const alg = integrity.split("-")[0] || "sha384";
    const now = sri(readFileSync(target), alg);
    if (now === integrity) continue;
    // Functions as replacements: no `$` in a tag is read as a pattern.
    out = out.replace(tag, () => tag.replace(/\bintegrity="[^"]*"/i, () => `integrity="${now}"`));
    changed++;
  }
  if (out !== html) writeFileSync(path, out);
  return changed;
}

/** `html` with each inline classic `<script>` (no src, no type, or type text/javascript)
 *  minified; module and JSON scripts are left as they are. */
export function minifyInlineScripts(html, name = "index.html") {
  return html.replace(/<script>([\s\S]*?)<\/script>/g, (all, code) => {
    const min = minifyText(code, "js", `${name} (inline script)`).trim();
    return `<script>${min}</script>`;
  });
}

/** Minifies every .js and .css in `dist` in place, then fixes the pages' integrity
 *  attributes. Returns one row per file: { file, before, after }. */
export function minifyDir(dist) {
  const rows = [];
  for (const file of assetFiles(dist)) {
    const path = join(dist, file);
    const text = readFileSync(path, "utf8");
    const min = minifyText(text, extname(file).slice(1), file);
    if (min !== text) writeFileSync(path, min);
    rows.push({ file, before: Buffer.byteLength(text), after: Buffer.byteLength(min) });
  }
  for (const page of pageFiles(dist)) {
    const path = join(dist, page);
    const text = readFileSync(path, "utf8");
    const min = minifyInlineScripts(text, page);
    if (min === text) continue; // no classic inline script, or minified already
    writeFileSync(path, min);
    rows.push({ file: `${page} (inline scripts)`, before: Buffer.byteLength(text), after: Buffer.byteLength(min) });
  }
  rewriteIntegrity(dist);
  return rows;
}

function main() {
  const dist = process.argv[2];
  if (!dist) {
    console.error("usage: node scripts/post-build/minify.mjs DIST");
    process.exit(2);
  }
  try {
    for (const r of minifyDir(dist)) {
      console.log(`  ${r.file.padEnd(64)} ${String(r.before).padStart(8)} -> ${String(r.after).padStart(8)} bytes`);
    }
  } catch (e) {
    console.error(`minify: ${e.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
