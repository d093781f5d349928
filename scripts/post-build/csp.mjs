#!/usr/bin/env node
// Content-Security-Policy for a built page: computed from its HTML pages (the hashes of the
// inline scripts of the root page and every language's page: Trunk's loader, which differs
// by its relative paths, the no-wasm detector and the language chooser) and
// dist/config.json (the origins the probes may reach).
// Usage: node scripts/post-build/csp.mjs DIST            -> prints the policy
//        node scripts/post-build/csp.mjs DIST --write    -> also writes DIST/csp.txt, DIST/web.config
//                                                header and DIST/nginx-csp.conf
// Re-run with --write after editing the endpoints in config.json (no rebuild needed).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pageFiles } from "./precompress.mjs";

/** sha256 source expressions for every inline <script> that runs (JSON data blocks are not
 *  scripts to the browser and need no hash), each once, in the order first seen; `html` is
 *  one page or several. */
export function inlineScriptHashes(html) {
  const hashes = [];
  const re = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
  for (const page of [].concat(html)) {
    for (const m of page.matchAll(re)) {
      if (/\btype="application\/json"/i.test(m[1])) continue;
      const h = `'sha256-${createHash("sha256").update(m[2], "utf8").digest("base64")}'`;
      if (!hashes.includes(h)) hashes.push(h);
    }
  }
  return hashes;
}

/** Origins of the configured endpoints and controls (the page's own origin is 'self'). */
export function probeOrigins(config) {
  const net = (config && typeof config === "object" && config.network) || {};
  const list = [].concat(Array.isArray(net.endpoints) ? net.endpoints : [], Array.isArray(net.controls) ? net.controls : []);
  const origins = new Set();
  for (const e of list) {
    try {
      const u = new URL(e && e.url);
      if (u.protocol === "https:" || u.protocol === "http:") origins.add(u.origin);
    } catch { /* the page reports bad entries itself */ }
  }
  return [...origins].sort();
}

/** Origins of the built-in endpoints (core/src/network.rs `default_endpoints`), used when
 *  config.json lists none; tests/e2e checks the two lists agree. */
export const DEFAULT_ORIGINS = [
  "https://aadcdn.msauth.net", "https://aadcdn.msftauth.net", "https://graph.microsoft.com",
  "https://login.microsoft.com", "https://login.microsoftonline.com",
  "https://statics.teams.cdn.office.net", "https://teams.cloud.microsoft", "https://teams.microsoft.com",
];

/** Origins of the other clouds' built-in endpoints (`network.preset`, core/src/network.rs
 *  `preset_endpoints`; a core test checks the lists agree). */
export const PRESET_ORIGINS = {
  "commercial": DEFAULT_ORIGINS,
  "gcc-high": ["https://gov.teams.microsoft.us", "https://graph.microsoft.us", "https://login.microsoftonline.us"],
  "dod": ["https://dod-graph.microsoft.us", "https://dod.teams.microsoft.us", "https://login.microsoftonline.us"],
  "china": ["https://login.chinacloudapi.cn", "https://login.partner.microsoftonline.cn", "https://microsoftgraph.chinacloudapi.cn"],
};

/** The policy: nothing from third parties except the probe targets, no inline code
 *  except Trunk's hashed loader, wasm compilation allowed. */
export function policy(html, config) {
  const net = (config && config.network) || {};
  const custom = Array.isArray(net.endpoints) && net.endpoints.length > 0;
  const origins = probeOrigins(config);
  // Without explicit endpoints the page probes the preset's (an unknown preset falls back
  // to commercial, as the page does).
  const builtin = PRESET_ORIGINS[net.preset] ?? DEFAULT_ORIGINS;
  const connect = custom ? origins : [...new Set([...builtin, ...origins])].sort();
  return [
    "default-src 'none'",
    `script-src 'self' ${inlineScriptHashes(html).join(" ")} 'wasm-unsafe-eval'`.replace(/  +/g, " "),
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${connect.join(" ")}`.trim(),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function main() {
  const [dist, flag] = process.argv.slice(2);
  if (!dist) {
    console.error("usage: node scripts/post-build/csp.mjs DIST [--write]");
    process.exit(2);
  }
  const html = pageFiles(dist).map((p) => readFileSync(join(dist, p), "utf8"));
  let config = {};
  try {
    config = JSON.parse(readFileSync(join(dist, "config.json"), "utf8"));
  } catch (e) {
    console.error(`warning: config.json unreadable (${e.message}); connect-src covers 'self' only`);
  }
  const csp = policy(html, config);
  console.log(csp);
  if (flag === "--write") {
    writeFileSync(join(dist, "csp.txt"), csp + "\n");
    writeFileSync(join(dist, "nginx-csp.conf"), `add_header Content-Security-Policy "${csp}" always;\n`);
    const wc = join(dist, "web.config");
    if (existsSync(wc)) {
      const xml = readFileSync(wc, "utf8").replace(
        /\s*<add name="Content-Security-Policy"[^>]*\/>/g, "",
      ).replace(
        /(<customHeaders>)/,
        `$1\n        <add name="Content-Security-Policy" value="${csp.replace(/"/g, "&quot;")}" />`,
      );
      writeFileSync(wc, xml);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
