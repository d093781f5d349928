#!/usr/bin/env node
// The benchmark (not a test: it asserts nothing but that it ran). Prints Markdown tables:
// first-load sizes (raw and gzip -9), time from navigation to the clock verdict and to the
// refined offset, the clock error at the e2e offsets, time to the network verdict (healthy
// and with 8 blackholed endpoints), script generation time when the page exposes it; per
// browser engine (Chromium, Chromium with a 4× slower CPU, Firefox ESR, WebKit): time to the
// first verdicts and to the verified clock precision; on an emulated slow link: first
// contentful paint, first guidance painted, app start, verdicts; behind nginx with the
// IT guide's configuration (docs/it-guide.md): the first load's bytes on the wire and the slow-link verdicts with
// brotli, gzip and no compression.
//
// Usage: node tests/e2e/bench.mjs [--dist DIR] [--runs N] [--out FILE] [--only SECTIONS]
//   DIR defaults to $BENCH_DIST, else target/bench-dist (scripts/bench.sh builds it).
//   SECTIONS: comma-separated subset of sizes,timing,engines,slow,nginx (default: all).
// Times are measured inside the page with performance.now() (0 = navigation start), with
// the browser cache disabled (every run is a first visit), against 127.0.0.1 servers.

import { readdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { request } from 'node:http';
import { startE2E, median, REPO, sleep, emulateSlowLink, pageMarks, SLOW_LINK, Page, RECORDER } from './helpers.mjs';
import { makeConfig, startMocks } from './server.mjs';
import { browserBinaries, ChromeDriver } from './lib/webdriver.mjs';
import { ENGINES } from './lib/engines.mjs';
import { startNginx } from './lib/nginx.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const DIST = resolve(opt('--dist', process.env.BENCH_DIST ?? join(REPO, 'target/bench-dist')));
const RUNS = Math.max(10, Number(opt('--runs', 10)));
const OUT = opt('--out');
const SECTIONS = new Set((opt('--only') ?? 'sizes,timing,engines,slow,nginx').split(','));
const ENGINE_RUNS = 10;
const BLACKHOLE_RUNS = 3;
const SLOW_RUNS = 5; // each is a few seconds on the emulated link
const SLOW_LANG_RUNS = 3; // German and Arabic pages on the slow link
const NGINX_SLOW_RUNS = 3; // per encoding
const ERROR_RUNS = 3; // per offset
const MIN = 60_000;
const OFFSETS = [0, 2437, -47_000, 3 * MIN, -7 * MIN, 60 * MIN, 330 * MIN];

const lines = [];
const out = (s = '') => {
  lines.push(s);
  console.log(s);
};
const fmt = (ms) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : 'n/a');
const stats = (xs) => {
  const v = xs.filter(Number.isFinite);
  if (v.length === 0) return 'n/a';
  return `${fmt(median(v))} (min ${fmt(Math.min(...v))}, max ${fmt(Math.max(...v))}, n=${v.length})`;
};

// --- sizes ------------------------------------------------------------------------------

function sizes() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`no built page in ${DIST}: run scripts/bench.sh (it builds one) or pass --dist`);
  }
  // Top-level files plus wasm-bindgen's snippets/ (JavaScript the page imports at start).
  const list = (dir) => readdirSync(join(DIST, dir)).flatMap((f) => {
    const rel = dir ? `${dir}/${f}` : f;
    return statSync(join(DIST, rel)).isDirectory() ? (rel.startsWith('snippets') ? list(rel) : []) : [rel];
  });
  const files = list('');
  const kind = (f) =>
    f.startsWith('teams-script-gen') && /\.(js|wasm)$/.test(f) ? 'lazy'
      : f === 'index.html' ? 'html'
        : f === 'config.json' ? 'config'
          : f.endsWith('.wasm') ? 'wasm'
            : f.endsWith('.js') ? 'js'
              : f.endsWith('.css') ? 'css' : null;
  const rows = {};
  for (const f of files) {
    const k = kind(f);
    if (!k) continue; // web.config, csp.txt, .gz/.br copies …: not loaded as such
    const raw = readFileSync(join(DIST, f));
    rows[k] ??= { files: [], raw: 0, gzip: 0, br: 0 };
    rows[k].files.push(f);
    rows[k].raw += raw.length;
    rows[k].gzip += gzipSync(raw, { level: zc.Z_BEST_COMPRESSION }).length;
    rows[k].br += brotliCompressSync(raw, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  const n = (v) => v.toLocaleString('en');
  out('### First-load size');
  out();
  out('| asset | files | raw bytes | gzip -9 bytes | brotli 11 bytes |');
  out('|---|---|---:|---:|---:|');
  let raw = 0;
  let gzip = 0;
  let br = 0;
  for (const k of ['html', 'css', 'js', 'wasm', 'config']) {
    const r = rows[k];
    if (!r) {
      out(`| ${k} | — | 0 | 0 | 0 |`);
      continue;
    }
    raw += r.raw;
    gzip += r.gzip;
    br += r.br;
    out(`| ${k} | ${r.files.join(', ')} | ${n(r.raw)} | ${n(r.gzip)} | ${n(r.br)} |`);
  }
  out(`| **total** | | **${n(raw)}** | **${n(gzip)}** | **${n(br)}** |`);
  const lazy = rows.lazy;
  if (lazy) {
    out(`| lazy: script generator, loaded once the checks are done | ${lazy.files.join(', ')} | ${n(lazy.raw)} | ${n(lazy.gzip)} | ${n(lazy.br)} |`);
  }
  out();
  perLanguage(rows, n);
}

/** The first load of every language's page (its HTML instead of the root's; the rest is
 *  shared), and the texts each loads after the verdicts. */
function perLanguage(rows, n) {
  const shared = { gzip: 0, br: 0 };
  for (const k of ['css', 'js', 'wasm', 'config']) {
    shared.gzip += rows[k]?.gzip ?? 0;
    shared.br += rows[k]?.br ?? 0;
  }
  const size = (rel) => {
    const raw = readFileSync(join(DIST, rel));
    return {
      gzip: gzipSync(raw, { level: zc.Z_BEST_COMPRESSION }).length,
      br: brotliCompressSync(raw, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  };
  const langs = readdirSync(DIST).filter((d) => existsSync(join(DIST, d, 'index.html'))).sort();
  out('### First load per language');
  out();
  out('| page | its HTML gzip / brotli | first load gzip | first load brotli | after the verdicts: texts gzip (file) |');
  out('|---|---:|---:|---:|---|');
  for (const page of ['index.html', ...langs.map((l) => `${l}/index.html`)]) {
    const html = size(page);
    const dir = page.includes('/') ? page.split('/')[0] : null;
    const later = dir
      ? readdirSync(join(DIST, dir)).filter((f) => /^l10n-.*\.json$/.test(f))
        .map((f) => `${n(size(`${dir}/${f}`).gzip)} (${f.startsWith('l10n-report-') ? 'report' : 'texts'})`).join(', ')
      : 'as its language\'s page';
    out(`| \`${page}\` | ${n(html.gzip)} / ${n(html.br)} | ${n(shared.gzip + html.gzip)} | ${n(shared.br + html.br)} | ${later} |`);
  }
  out();
}

// --- timing -----------------------------------------------------------------------------

/** One navigation (to the root, or to `path` such as `de/`): waits for the clock to finish
 *  refining (aria-busy=false, or 15 s) and the network pattern. */
async function visit(e2e, { refineWaitMs = 15000, networkWaitMs = 15000, path = null } = {}) {
  const { page } = e2e;
  if (path) {
    await e2e.session.navigate(e2e.server.url + path);
    await page.waitFor('[data-check="clock"]', (s) => s.present, 20000, 'the app to start');
  } else {
    await page.openPage();
  }
  await page.waitForVerdict('clock', 15000);
  await page
    .waitFor('[data-check="clock"]', (s) => s.attrs['aria-busy'] === 'false', refineWaitMs)
    .catch(() => {});
  await page.waitFor('[data-check="network"]', (s) => s.attrs['data-pattern'] !== undefined, networkWaitMs).catch(() => {});
  // The script generator loads once the clock has finished refining: give it a moment, so
  // its measures are in every run (no OS detected, as on a phone, means no script at all).
  await page.waitFor('[data-script]', (s) => s.present, 3000).catch(() => {});
  const events = await page.timeline();
  const clock = events.filter((e) => e.check === 'clock');
  const net = events.filter((e) => e.check === 'network');
  const verdict = clock.find((e) => ['ok', 'warn', 'fail', 'unknown'].includes(e.status));
  const refined = clock.find((e) => e['uncertainty-ms'] !== null && Number(e['uncertainty-ms']) <= 100);
  const settled = clock.find((e) => e.status !== 'running' && e['aria-busy'] === 'false');
  const last = clock.filter((e) => e['offset-ms'] !== null).at(-1);
  const netRunning = net.find((e) => e.status === 'running');
  const netDone = net.find((e) => e.pattern !== null);
  const perf = await e2e.session.execute(`
    const nav = performance.getEntriesByType('navigation')[0];
    const measures = performance.getEntriesByType('measure')
      .filter((m) => m.name.startsWith('script-gen') || m.name === 'script-module-load')
      .map((m) => ({ name: m.name, ms: m.duration, start: m.startTime }));
    return { domContentLoaded: nav && nav.domContentLoadedEventEnd, load: nav && nav.loadEventEnd, measures };`);
  const marks = await pageMarks(e2e.session);
  return {
    rendered: events[0]?.t,
    verdict: verdict?.t,
    verdictUncertainty: verdict ? Number(verdict['uncertainty-ms']) : NaN,
    refined: refined?.t,
    settled: settled?.t,
    offset: last ? Number(last['offset-ms']) : NaN,
    uncertainty: last ? Number(last['uncertainty-ms']) : NaN,
    network: netDone?.t,
    networkSpan: netRunning && netDone ? netDone.t - netRunning.t : NaN,
    pattern: netDone?.pattern,
    load: perf.load,
    measures: perf.measures,
    fcp: marks.fcp ?? NaN,
    guidance: marks.guidance ?? NaN,
    started: marks.started ?? NaN,
  };
}

async function timing(e2e) {
  const { server, mocks: m } = e2e;
  const healthy = makeConfig({
    endpoints: [
      { id: 'login', url: m.openidCors.url, expect: 'openid-configuration' },
      { id: 'login-alt', url: m.ok200.url + '/alt' },
      { id: 'cdn', url: m.notFound404.url },
      { id: 'teams', url: m.redirect.url },
      { id: 'graph', url: m.ok200.url + '/graph' },
    ],
    controls: [{ id: 'intranet', url: m.ok200.url + '/intranet' }],
  });
  server.setConfig(healthy);
  server.setClockOffset(0);
  await visit(e2e); // warm-up (process start-up, not a first visit's cost)
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await visit(e2e));
  const patterns = [...new Set(runs.map((r) => r.pattern))].join(', ');

  const holes = await m.extraBlackholes(8);
  server.setConfig(makeConfig({ timeoutMs: 5000, endpoints: holes.map((h, i) => ({ id: `ms${i + 1}`, url: h.url })) }));
  const bh = [];
  for (let i = 0; i < BLACKHOLE_RUNS; i++) bh.push(await visit(e2e, { networkWaitMs: 20000 }));

  out('### Time to verdict (median of runs, page clock from navigation start, cache disabled)');
  out();
  out('| metric | median (min, max, n) | notes |');
  out('|---|---|---|');
  out(`| navigation → load event | ${stats(runs.map((r) => r.load))} | html + js + wasm + css from 127.0.0.1 |`);
  out(`| navigation → app rendered | ${stats(runs.map((r) => r.rendered))} | first \`[data-check]\` in the DOM |`);
  out(`| navigation → first clock verdict | ${stats(runs.map((r) => r.verdict))} | coarse; uncertainty then ${stats(runs.map((r) => r.verdictUncertainty)).replace(/ ms/g, '')} ms |`);
  out(`| navigation → refined offset (±≤100 ms) | ${stats(runs.map((r) => r.refined))} | first \`data-uncertainty-ms\` ≤ 100 |`);
  out(`| navigation → clock refinement finished | ${stats(runs.map((r) => r.settled))} | \`aria-busy=false\`; final uncertainty ${stats(runs.map((r) => r.uncertainty)).replace(/ ms/g, '')} ms |`);
  out(`| navigation → network verdict, healthy | ${stats(runs.map((r) => r.network))} | 5 endpoints + 1 control + self; pattern ${patterns} |`);
  out(`| network check, 8 blackholed, timeout 5000 | ${stats(bh.map((r) => r.networkSpan))} | running → pattern (≈ one timeout, not 8); pattern ${[...new Set(bh.map((r) => r.pattern))].join(', ')} |`);
  out(`| navigation → network verdict, 8 blackholed | ${stats(bh.map((r) => r.network))} | |`);
  const lazy = runs.map((r) => r.measures.find((m) => m.name === 'script-module-load'));
  out(`| lazy script module: fetch + compile | ${stats(lazy.map((m) => m?.ms))} | \`performance.measure('script-module-load')\`; starts once both verdicts are in and the clock has finished refining |`);
  out(`| navigation → script module ready | ${stats(lazy.map((m) => m && m.start + m.ms))} | then \`[data-script]\` is generated synchronously |`);
  out();
  return runs;
}

/** Healthy mock endpoints: every probe answers (the slow link then dominates). */
function healthyConfig(m) {
  return makeConfig({
    endpoints: [
      { id: 'login', url: m.openidCors.url, expect: 'openid-configuration' },
      { id: 'teams', url: m.ok200.url + '/teams' },
      { id: 'graph', url: m.ok200.url + '/graph' },
    ],
  });
}

/** First paint and verdicts on the slow link (a VPN from home; a session of its own: the emulation
 *  stays on for every navigation of that session). */
async function slowLink(e2e) {
  e2e.server.setConfig(healthyConfig(e2e.mocks));
  await emulateSlowLink(e2e.session);
  const runs = [];
  for (let i = 0; i < SLOW_RUNS; i++) runs.push(await visit(e2e, { refineWaitMs: 20000, networkWaitMs: 20000 }));
  const kbit = (bytesPerS) => Math.round((bytesPerS * 8) / 1000);
  out(`### Slow link (${SLOW_LINK.latency} ms latency, ${kbit(SLOW_LINK.downloadThroughput)} kbit/s down, ${kbit(SLOW_LINK.uploadThroughput)} kbit/s up, cache disabled; DevTools emulation, uncompressed)`);
  out();
  out('| metric | median (min, max, n) | notes |');
  out('|---|---|---|');
  out(`| navigation → first contentful paint | ${stats(runs.map((r) => r.fcp))} | Paint Timing |`);
  out(`| navigation → first guidance painted | ${stats(runs.map((r) => r.guidance))} | the pre-rendered h1 (Element Timing); the steps for every system are in the same HTML |`);
  out(`| navigation → app started | ${stats(runs.map((r) => r.started))} | Trunk's \`TrunkApplicationStarted\` (wasm fetched, compiled, started) |`);
  out(`| navigation → first clock verdict | ${stats(runs.map((r) => r.verdict))} | |`);
  out(`| navigation → network verdict, healthy | ${stats(runs.map((r) => r.network))} | 3 endpoints + self |`);
  // The same in German and Arabic (their own pages: larger texts, right to left).
  for (const lang of ['de', 'ar']) {
    const more = [];
    for (let i = 0; i < SLOW_LANG_RUNS; i++) more.push(await visit(e2e, { refineWaitMs: 20000, networkWaitMs: 20000, path: `${lang}/` }));
    out(`| ${lang}/: navigation → first clock verdict | ${stats(more.map((r) => r.verdict))} | |`);
    out(`| ${lang}/: navigation → network verdict, healthy | ${stats(more.map((r) => r.network))} | |`);
  }
  out();
}

async function clockError(e2e) {
  const { server } = e2e;
  server.setConfig(makeConfig({ endpoints: [{ id: 'login', url: e2e.mocks.ok200.url }] }));
  out(`### Clock error at the e2e offsets (refined; ${ERROR_RUNS} runs each)`);
  out();
  out('| true offset (computer ahead) | measured (median) | \\|error\\| median | \\|error\\| max | uncertainty (median) | verdict |');
  out('|---:|---:|---:|---:|---:|---|');
  for (const off of OFFSETS) {
    server.setClockOffset(off);
    const rs = [];
    for (let i = 0; i < ERROR_RUNS; i++) {
      const r = await visit(e2e);
      const s = await e2e.page.seeStatus('clock');
      rs.push({ ...r, status: s.status });
    }
    const errs = rs.map((r) => Math.abs(r.offset - off));
    out(`| ${off.toLocaleString('en')} ms | ${Math.round(median(rs.map((r) => r.offset))).toLocaleString('en')} ms | ${fmt(median(errs))} | ${fmt(Math.max(...errs))} | ${fmt(median(rs.map((r) => r.uncertainty)))} | ${[...new Set(rs.map((r) => r.status))].join(', ')} |`);
  }
  out();
}

function scriptGeneration(runs) {
  // HOOK for the page: `performance.measure('script-gen…', …)` around script generation
  // (web_sys::Performance::measure_with_start_mark_and_end_mark) is reported here.
  // The native Rust bench (core/examples/bench_scripts.rs) is run by scripts/bench.sh.
  out('### Script generation');
  out();
  const all = runs.flatMap((r) => r.measures).filter((m) => m.name.startsWith('script-gen'));
  if (all.length === 0) {
    out('In the page: not measured (the page records no `performance.measure("script-gen…")` entries).');
  } else {
    // Generation takes well under a millisecond, and Chromium coarsens performance.now()
    // to 100 µs without cross-origin isolation: report microseconds, with that caveat.
    out('| measure (in page, wasm) | median | min | max | n |');
    out('|---|---:|---:|---:|---:|');
    for (const name of [...new Set(all.map((m) => m.name))]) {
      const us = all.filter((m) => m.name === name).map((m) => m.ms * 1000).sort((a, b) => a - b);
      const f = (v) => `${Math.round(v)} µs`;
      out(`| ${name} | ${f(us[Math.floor(us.length / 2)])} | ${f(us[0])} | ${f(us[us.length - 1])} | ${us.length} |`);
    }
    out();
    out('In-page timer resolution is 100 µs (Chromium without cross-origin isolation); the native bench below has the finer figures.');
  }
  out();
}

// --- per engine ---------------------------------------------------------------------------

const ENGINE_ROWS = [
  { label: 'Chromium', engine: 'chromium' },
  { label: 'Chromium, CPU 4× slower (DevTools throttling)', engine: 'chromium', cpu: 4 },
  { label: 'Firefox ESR', engine: 'firefox' },
  { label: 'WebKit (MiniBrowser on Xvfb)', engine: 'webkit' },
];

/** Time to the first verdicts and to the verified clock precision in each engine, against a
 *  server that stamps every answer, its clock 0.731 s behind (the issue's case). */
async function perEngine() {
  const rows = [];
  for (const spec of ENGINE_ROWS) {
    if (!ENGINES.includes(spec.engine)) continue;
    // Chromium's cache is off through DevTools; the others revalidate every file (the page
    // server sends no-cache), so each visit still fetches the page and the config anew.
    const e2e = await startE2E({ engine: spec.engine, dir: DIST, cacheDisabled: spec.engine === 'chromium' });
    try {
      if (spec.cpu) await e2e.session.throttleCpu(spec.cpu);
      e2e.server.setConfig(healthyConfig(e2e.mocks));
      e2e.server.setClockOffset(731);
      const wait = { refineWaitMs: 25000, networkWaitMs: 20000 };
      await visit(e2e, wait); // warm-up
      const runs = [];
      for (let i = 0; i < ENGINE_RUNS; i++) {
        // Each navigation at another point of the server's second (the clock check waits for
        // a tick): back to back, they would all start at about the same point.
        await sleep(((i * 7 + 3) % ENGINE_RUNS) * (1000 / ENGINE_RUNS));
        runs.push(await visit(e2e, wait));
      }
      const caps = e2e.session.capabilities;
      rows.push({ spec, runs, version: `${caps.browserName ?? spec.engine} ${caps.browserVersion ?? ''}`.trim() });
    } finally {
      await e2e.stop();
    }
  }
  out(`### Per browser engine (loopback, server stamping every answer, its clock 0.731 s behind; median of ${ENGINE_RUNS} navigations)`);
  out();
  out('| engine | app started | first clock verdict | network verdict | verified precision (±≤100 ms) | final ± (ms) | verified |');
  out('|---|---|---|---|---|---|---|');
  for (const { spec, runs, version } of rows) {
    const verified = runs.filter((r) => Number.isFinite(r.refined));
    out(`| ${spec.label} (${version}) | ${fmt(median(runs.map((r) => r.started).filter(Number.isFinite)))} | ${fmt(median(runs.map((r) => r.verdict)))} | ${fmt(median(runs.map((r) => r.network)))} | ${stats(runs.map((r) => r.refined))} | ${stats(runs.map((r) => r.uncertainty)).replace(/ ms/g, '')} | ${verified.length}/${runs.length} |`);
  }
  out();
  out('Times from navigation start, measured in the page (`performance.now()`). "Verified precision": the first `data-uncertainty-ms` ≤ 100, which the page shows only once the check pair has passed. Navigations start at ten evenly spread points of the server\'s second. Chromium runs with its cache disabled; Firefox and WebKit revalidate every file.');
  out();
}

// --- behind nginx --------------------------------------------------------------------------

/** The first load's files as the page requests them (what sizes() counts, minus the lazy module). */
function firstLoadFiles() {
  const top = readdirSync(DIST).filter((f) => statSync(join(DIST, f)).isFile());
  const snippets = (dir) => readdirSync(join(DIST, dir)).flatMap((f) => {
    const rel = `${dir}/${f}`;
    return statSync(join(DIST, rel)).isDirectory() ? snippets(rel) : [rel];
  });
  return [
    'index.html',
    ...top.filter((f) => /\.(css|js|wasm)$/.test(f) && !f.startsWith('teams-script-gen')),
    ...(existsSync(join(DIST, 'snippets')) ? snippets('snippets').filter((f) => f.endsWith('.js')) : []),
    'config.json',
  ];
}

/** Bytes of the body as sent (Content-Encoding kept) for one GET with this Accept-Encoding. */
function wireBytes(url, acceptEncoding) {
  return new Promise((resolveBytes, reject) => {
    const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
    const req = request(url, { headers }, (res) => {
      let n = 0;
      res.on('data', (c) => { n += c.length; });
      res.on('end', () => resolveBytes({ bytes: n, encoding: res.headers['content-encoding'] ?? 'none' }));
    });
    req.on('error', reject);
    req.end();
  });
}

const ENCODINGS = [
  { name: 'brotli', header: 'br, gzip' },
  { name: 'gzip', header: 'gzip' },
  { name: 'none', header: 'identity' },
];

async function behindNginx() {
  const mocks = await startMocks();
  let nginx;
  let driver;
  try {
    nginx = await startNginx({
      dist: DIST,
      prepare: (dir) => {
        writeFileSync(join(dir, 'config.json'), JSON.stringify(healthyConfig(mocks), null, 2));
        const r = spawnSync('node', [join(REPO, 'scripts/post-build/csp.mjs'), dir, '--write'], { encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`csp.mjs failed: ${r.stderr}`);
      },
    });
    const files = firstLoadFiles();
    const n = (v) => v.toLocaleString('en');
    out('### Behind nginx (the IT guide\'s configuration, Debian\'s nginx with the brotli_static module)');
    out();
    out('First load as served: bytes of the bodies on the wire per `Accept-Encoding` (headers not counted).');
    out();
    out('| file | brotli | gzip | none |');
    out('|---|---:|---:|---:|');
    const totals = ENCODINGS.map(() => 0);
    for (const f of files) {
      const cells = [];
      for (const [i, enc] of ENCODINGS.entries()) {
        const r = await wireBytes(`${nginx.url}${f}`, enc.header);
        totals[i] += r.bytes;
        cells.push(`${n(r.bytes)}${r.encoding !== 'none' ? ` (${r.encoding})` : ''}`);
      }
      out(`| ${f} | ${cells.join(' | ')} |`);
    }
    out(`| **first load** | **${n(totals[0])}** | **${n(totals[1])}** | **${n(totals[2])}** |`);
    out();
    driver = await ChromeDriver.start();
    const rows = [];
    for (const enc of ENCODINGS) {
      const session = await driver.newSession();
      try {
        await session.addInitScript(RECORDER);
        await emulateSlowLink(session);
        // What the browser offers (chromedriver does not expose Network.setAcceptedEncodings;
        // an explicit request header replaces Chromium's own Accept-Encoding).
        await session.cdp('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': enc.header } });
        const e2e = { session, page: new Page(session, nginx) };
        await visit(e2e, { refineWaitMs: 20000, networkWaitMs: 20000 }); // warm-up
        const runs = [];
        for (let i = 0; i < NGINX_SLOW_RUNS; i++) runs.push(await visit(e2e, { refineWaitMs: 20000, networkWaitMs: 20000 }));
        // Proof the encoding took effect: the wasm's bytes on the wire in the last run.
        const wasmWire = await session.execute(`
          const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm') && !r.name.includes('teams-script-gen'));
          return e ? e.encodedBodySize : null;`);
        rows.push({ enc, runs, wasmWire });
      } finally {
        await session.close().catch(() => {});
      }
    }
    out(`Slow link as above (${SLOW_LINK.latency} ms, 1.6 Mbit/s down, cache disabled), served by nginx, median of ${NGINX_SLOW_RUNS}:`);
    out();
    out('| browser accepts | wasm on the wire | app started | first clock verdict | network verdict |');
    out('|---|---:|---|---|---|');
    for (const { enc, runs, wasmWire } of rows) {
      out(`| ${enc.name} | ${wasmWire === null ? 'n/a' : `${n(wasmWire)} B`} | ${stats(runs.map((r) => r.started))} | ${stats(runs.map((r) => r.verdict))} | ${stats(runs.map((r) => r.network))} |`);
    }
    out();
  } finally {
    await driver?.kill();
    await nginx?.close();
    await mocks.closeAll();
  }
}

async function main() {
  const { chromium } = browserBinaries();
  const version = spawnSync(chromium, ['--version'], { encoding: 'utf8' }).stdout.trim();
  out(`## Benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  out();
  out(`Build: \`${DIST}\`. Browser: ${version}, headless. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}. Servers on 127.0.0.1 (no real network latency).`);
  out();
  if (SECTIONS.has('sizes')) sizes();
  if (SECTIONS.has('timing')) {
    const e2e = await startE2E({ dir: DIST, cacheDisabled: true });
    try {
      const runs = await timing(e2e);
      await clockError(e2e);
      scriptGeneration(runs);
    } finally {
      await e2e.stop();
    }
  }
  if (SECTIONS.has('engines')) await perEngine();
  if (SECTIONS.has('slow')) {
    const slow = await startE2E({ dir: DIST });
    try {
      await slowLink(slow);
    } finally {
      await slow.stop();
    }
  }
  if (SECTIONS.has('nginx')) await behindNginx();
  if (OUT) writeFileSync(OUT, lines.join('\n') + '\n');
}

main().then(
  () => process.exit(0),
  async (e) => {
    console.error(`bench failed: ${e.stack ?? e}`);
    await sleep(10);
    process.exit(1);
  },
);
