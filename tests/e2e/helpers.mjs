// What an end-to-end test file uses: `startE2E()` starts the page server, the mocks, the
// WebDriver server of an engine (Chromium unless told; ./lib/engines.mjs) and one browser
// session; the returned `page` offers user-level steps.
//
//   const e2e = await startE2E({ config });
//   await e2e.page.openPage('?os=windows');
//   await e2e.page.clickRetry('network');
//   const s = await e2e.page.seeStatus('network');   // { status, pattern, ... }
//   await e2e.stop();

import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { sleep } from './lib/webdriver.mjs';
import { startDriver } from './lib/engines.mjs';
import { startPageServer, startMocks, makeConfig } from './server.mjs';

export { sleep };
export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(HERE, '../..');

/** The built page: $E2E_DIST, else target/e2e-dist (what scripts/e2e.sh builds). */
export function distDir() {
  const dir = resolve(process.env.E2E_DIST ?? join(REPO, 'target/e2e-dist'));
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`no built page in ${dir}: run scripts/e2e.sh (it builds the page with trunk first) or set E2E_DIST to a trunk dist folder`);
  }
  return dir;
}

/**
 * Installed before any page script (in Chromium through CDP
 * Page.addScriptToEvaluateOnNewDocument; in the other engines the page server puts it first
 * in index.html's head, see startPageServer's `inject`): records
 * every change of the checks' data-* attributes with performance.now() (ms since the
 * navigation started), so times are measured in the page, not through WebDriver round trips.
 */
export const RECORDER = `(() => {
  if (window.__e2e) return;
  const ATTRS = ['data-status', 'data-pattern', 'data-offset-ms', 'data-uncertainty-ms', 'data-hint', 'aria-busy'];
  const events = [];
  const last = new Map();
  const scan = () => {
    const t = performance.now();
    for (const el of document.querySelectorAll('[data-check]')) {
      const check = el.getAttribute('data-check');
      const a = {};
      for (const n of ATTRS) a[n.replace(/^data-/, '')] = el.getAttribute(n);
      const key = JSON.stringify(a);
      if (last.get(check) !== key) {
        last.set(check, key);
        events.push({ t, check, ...a });
      }
    }
  };
  const errors = [];
  const cspViolations = [];
  addEventListener('error', (e) => errors.push(String(e.message || e.error)));
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + String(e.reason && e.reason.stack || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) =>
    cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }));
  const marks = {};
  addEventListener('TrunkApplicationStarted', () => { marks.started ??= performance.now(); });
  // The pre-rendered heading: when it was parsed (and where it sat), and when it was painted
  // (Element Timing: it carries elementtiming="fallback-heading"); when the no-wasm notice showed.
  const markFallback = () => {
    const h1 = marks.inDom === undefined && document.querySelector('[data-fallback] h1');
    if (h1) {
      marks.inDom = performance.now();
      marks.guidanceTop = h1.getBoundingClientRect().top + scrollY;
    }
    const n = marks.notice === undefined && document.querySelector('[data-notice="no-wasm"]:not([hidden])');
    if (n) marks.notice = performance.now();
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.identifier === 'fallback-heading') marks.guidance ??= e.renderTime || e.loadTime;
      }
    }).observe({ type: 'element', buffered: true });
  } catch { /* no Element Timing: guidance stays null */ }
  Object.defineProperty(window, '__e2e', { value: { events, scan, errors, cspViolations, downloads: [], marks } });
  new MutationObserver(markFallback).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'],
  });
  new MutationObserver(scan).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ATTRS,
  });
})();`;

/** A check's attributes, camel-less: { status, pattern, offsetMs, uncertaintyMs, hint, present }. */
const SNAPSHOT = `
  const el = document.querySelector(arguments[0]);
  if (!el) return { present: false };
  const attrs = {};
  for (const a of el.attributes) attrs[a.name] = a.value;
  const r = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  return {
    present: true,
    visible: r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none',
    text: (el.innerText ?? el.textContent ?? '').slice(0, 4000),
    attrs,
  };`;

export class Page {
  constructor(session, server) {
    this.session = session;
    this.server = server;
  }

  /** Opens the page (with an optional `?query`) and waits until the app has rendered. */
  async openPage(query = '', { waitForApp = true } = {}) {
    const q = query && !query.startsWith('?') ? `?${query}` : query;
    await this.session.navigate(this.server.url + q);
    if (waitForApp) await this.waitFor('[data-check="clock"]', (s) => s.present, 20000, 'the app to start');
  }

  /** Clicks the "Check again" button of a check ("clock" or "network"), as a user would. */
  async clickRetry(check) {
    await this.click(`[data-action="${check}-retry"]`);
  }

  async click(selector) {
    const id = await this.session.findElement(selector);
    await this.session.click(id);
  }

  /** A snapshot of an element: { present, visible, text, attrs }. */
  snapshot(selector) {
    return this.session.execute(SNAPSHOT, [selector]);
  }

  /** The check's state: { status, pattern, offsetMs, uncertaintyMs, hint, present, text }. */
  async seeStatus(check) {
    const s = await this.snapshot(`[data-check="${check}"]`);
    if (!s.present) return { present: false };
    const a = s.attrs;
    const num = (v) => (v === undefined ? undefined : Number(v));
    return {
      present: true,
      status: a['data-status'],
      pattern: a['data-pattern'],
      offsetMs: num(a['data-offset-ms']),
      uncertaintyMs: num(a['data-uncertainty-ms']),
      hint: a['data-hint'],
      text: s.text,
      attrs: a,
    };
  }

  /** Every `[data-endpoint]` row: { id: { status, latencyMs, host (the `.ep-host` text), text } }. */
  endpoints() {
    return this.session.execute(`
      const out = {};
      for (const el of document.querySelectorAll('[data-endpoint]')) {
        const l = el.getAttribute('data-latency-ms');
        out[el.getAttribute('data-endpoint')] = {
          status: el.getAttribute('data-status'),
          latencyMs: l === null ? undefined : Number(l),
          host: el.querySelector('.ep-host')?.innerText.trim(),
          text: el.innerText.replace(/\\s+/g, ' ').trim(),
        };
      }
      return out;`);
  }

  /**
   * Polls (every 50 ms) until `predicate(snapshot)` is true for `selector`; returns the
   * snapshot. On timeout, throws with the last snapshot (the DOM evidence).
   */
  async waitFor(selector, predicate, timeoutMs = 10000, what = '') {
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
      last = await this.snapshot(selector);
      if (predicate(last)) return last;
      if (Date.now() > deadline) {
        const err = new Error(
          `timed out after ${timeoutMs} ms waiting for ${what || selector}; last state of ${selector}: ` +
            JSON.stringify(last.present ? { attrs: last.attrs, text: last.text.slice(0, 600) } : last),
        );
        err.snapshot = last;
        throw err;
      }
      await sleep(50);
    }
  }

  /**
   * Waits for a check's verdict: the clock's status other than running; the network's
   * data-pattern (its status reads `unknown` before config.json is loaded, so it is not used).
   */
  waitForVerdict(check, timeoutMs = 15000) {
    const done = check === 'network'
      ? (s) => s.present && s.attrs['data-pattern'] !== undefined
      : (s) => s.present && s.attrs['data-status'] !== undefined && s.attrs['data-status'] !== 'running';
    return this.waitFor(`[data-check="${check}"]`, done, timeoutMs, `the ${check} verdict`);
  }

  /** The visible text of the first element matching `selector` ('' if none). */
  textOf(selector) {
    return this.session.execute(
      `const el = document.querySelector(arguments[0]); return el ? el.innerText : '';`,
      [selector],
    );
  }

  /** The attribute-change timeline recorded in the page since navigation (see RECORDER). */
  timeline() {
    return this.session.execute(`window.__e2e.scan(); return window.__e2e.events;`);
  }

  /** Uncaught errors, CSP violations and the page's own fatal panel since navigation. */
  problems() {
    return this.session.execute(`
      const fatal = document.getElementById('fatal');
      return {
        errors: window.__e2e.errors,
        cspViolations: window.__e2e.cspViolations,
        fatal: fatal && !fatal.hidden ? fatal.innerText : null,
      };`);
  }

  /** What a healthy run shows: the clock ok, every endpoint reachable, and no uncaught error,
   * CSP violation or fatal panel. */
  async assertHealthy() {
    const clock = await this.waitForVerdict('clock');
    assert.equal(clock.attrs['data-status'], 'ok', JSON.stringify(clock.attrs));
    const net = await this.waitForVerdict('network');
    assert.equal(net.attrs['data-pattern'], 'all-reachable', JSON.stringify(await this.endpoints()));
    assert.deepEqual(await this.problems(), { errors: [], cspViolations: [], fatal: null });
  }

  /** performance.now() in the page. */
  pageNow() {
    return this.session.execute('return performance.now();');
  }

  /**
   * Clicks `[data-download="<os>"]` and returns what the user would have saved, without
   * saving anything: URL.createObjectURL and anchor clicks on blob: URLs are intercepted.
   * Returns { fileName, mime, bytes (Buffer), text (UTF-8, BOM kept), hasBom }.
   */
  async downloadScript(os) {
    // The script comes from a lazily loaded module, after both checks have their verdicts:
    // wait for the button as a user would.
    await this.waitFor(`[data-download="${os}"]`, (s) => s.present, 20000, `the ${os} script's download button`);
    await this.session.execute(`
      const d = window.__e2e.downloads;
      if (!window.__e2eDownloadHook) {
        window.__e2eDownloadHook = true;
        const blobs = new Map();
        const orig = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (obj) => { const u = orig(obj); if (obj instanceof Blob) blobs.set(u, obj); return u; };
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function () {
          const blob = blobs.get(this.href);
          if (blob) { d.push({ fileName: this.download, blob }); return; } // no real download
          return click.call(this);
        };
      }
      d.length = 0;`);
    await this.click(`[data-download="${os}"]`);
    const r = await this.session.executeAsync(`
      const done = arguments[arguments.length - 1];
      const d = window.__e2e.downloads;
      const start = performance.now();
      (async function poll() {
        if (d.length === 0) {
          if (performance.now() - start > 5000) return done({ error: 'no Blob download after the click' });
          return setTimeout(poll, 20);
        }
        const { fileName, blob } = d[0];
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let bin = '';
        for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        done({ fileName, mime: blob.type, base64: btoa(bin) });
      })();`);
    if (r.error) throw new Error(`downloadScript(${os}): ${r.error}`);
    const bytes = Buffer.from(r.base64, 'base64');
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { fileName: r.fileName, mime: r.mime, bytes, text: bytes.toString('utf8'), hasBom };
  }

  /**
   * Runs axe-core (WCAG 2 A and AA rules) on the current page; returns the violations of
   * impact serious or critical as { id, impact, help, nodes: [{ target, html }] }.
   */
  async axeScan() {
    const loaded = await this.session.execute('return typeof window.axe === "object";');
    if (!loaded) {
      const path = join(HERE, 'node_modules/axe-core/axe.min.js');
      if (!existsSync(path)) {
        throw new Error('axe-core is not installed: run `npm ci` in tests/e2e (scripts/e2e.sh and `make test` do)');
      }
      await this.session.execute(`${readFileSync(path, 'utf8')}\n;return typeof axe;`);
    }
    const r = await this.session.executeAsync(`
      const done = arguments[arguments.length - 1];
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] })
        .then((res) => done({ violations: res.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 300) })),
        })) }))
        .catch((e) => done({ error: String(e && e.stack || e) }));`);
    if (r.error) throw new Error(`axe.run failed: ${r.error}`);
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }
}

/**
 * Starts everything one test file needs; `stop()` ends it all (call it in `after`).
 * A missing browser/driver/openssl/build throws an error naming the install step.
 *
 * `engine`: 'chromium' (default), 'firefox' or 'webkit'. Chromium-only options: `chromeArgs`,
 * `cacheDisabled` (DevTools); Firefox-only: `prefs`. `ctx.openSession({ prefs })` opens one
 * more session in the same browser (Firefox: with other preferences) and returns its `page`.
 */
export async function startE2E({ engine = 'chromium', config, clockOffsetMs = 0, cacheDisabled = false, dir, csp = false, cspEdit = null, chromeArgs = [], prefs = {} } = {}) {
  if (engine !== 'chromium' && (chromeArgs.length || cacheDisabled)) {
    throw new Error(`chromeArgs and cacheDisabled are Chromium-only (engine ${engine})`);
  }
  if (engine !== 'firefox' && Object.keys(prefs).length) throw new Error(`prefs are Firefox-only (engine ${engine})`);
  const ctx = { async stop() {} };
  const cleanups = [];
  ctx.stop = async () => {
    for (const c of cleanups.reverse()) {
      try {
        await c();
      } catch {
        /* keep cleaning */
      }
    }
    cleanups.length = 0;
  };
  try {
    dir ??= distDir();
    ctx.mocks = await startMocks();
    cleanups.push(() => ctx.mocks.closeAll());
    const cfg = typeof config === 'function' ? config(ctx.mocks) : config;
    // Chromium installs the recorder through DevTools; the others get it from the server.
    const cdp = engine === 'chromium';
    ctx.engine = engine;
    ctx.server = await startPageServer({ dir, clockOffsetMs, config: cfg, csp, cspEdit, inject: cdp ? null : RECORDER });
    cleanups.push(() => ctx.server.close());
    ctx.driver = await startDriver(engine);
    cleanups.push(() => ctx.driver.kill());
    const open = async (opts, driver = ctx.driver) => {
      const session = await driver.newSession(cdp ? { extraArgs: chromeArgs } : opts);
      cleanups.push(() => session.close());
      if (cdp) await session.addInitScript(RECORDER);
      return session;
    };
    ctx.session = await open({ prefs });
    ctx.openSession = async ({ prefs: more = {} } = {}) => {
      // geckodriver and WebKitWebDriver serve one session each: a second one gets its own.
      let driver = ctx.driver;
      if (!cdp) {
        driver = await startDriver(engine);
        cleanups.push(() => driver.kill());
      }
      const session = await open({ prefs: { ...prefs, ...more } }, driver);
      return { session, page: new Page(session, ctx.server) };
    };
    if (cacheDisabled) {
      await ctx.session.cdp('Network.enable');
      await ctx.session.cdp('Network.setCacheDisabled', { cacheDisabled: true });
    }
    ctx.page = new Page(ctx.session, ctx.server);
    return ctx;
  } catch (e) {
    await ctx.stop();
    throw e;
  }
}

/**
 * The slow link (a VPN from home, the case the fallback page is for): 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up,
 * browser cache off, emulated through the DevTools protocol for the session's page.
 */
export const SLOW_LINK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/** The clock files' set-up: one page server, mock endpoints and browser for the whole file
 * (node:test `before`/`after`), with one reachable endpoint, `login`. The object returned gets
 * `e2e` (as from `startE2E`) and `config` (the config.json served) before the first test;
 * `ready(e2e)` runs once after the start (e.g. to throttle the CPU). */
export function e2eWithLogin(ready = async () => {}) {
  const file = {};
  before(async () => {
    file.e2e = await startE2E({ config: (m) => (file.config = makeConfig({ endpoints: [{ id: 'login', url: m.ok200.url }] })) });
    await ready(file.e2e);
  });
  after(async () => {
    await file.e2e?.stop();
  });
  return file;
}

export async function emulateSlowLink(session) {
  await session.cdp('Network.enable');
  await session.cdp('Network.setCacheDisabled', { cacheDisabled: true });
  await session.cdp('Network.emulateNetworkConditions', SLOW_LINK);
}

/**
 * Paint and start-up marks of the current page, in ms since navigation start: first paint and
 * first contentful paint (Paint Timing); `guidance`: when the pre-rendered h1 was painted
 * (Element Timing), `inDom`: when it was parsed, `guidanceTop`: its page offset then;
 * `notice`: when the no-wasm notice became visible; `started`: when Trunk reported the app
 * started (null for what did not happen).
 */
export function pageMarks(session) {
  return session.execute(`
    const p = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
    const m = window.__e2e.marks;
    return { fp: p['first-paint'] ?? null, fcp: p['first-contentful-paint'] ?? null,
      guidance: m.guidance ?? null, inDom: m.inDom ?? null, guidanceTop: m.guidanceTop ?? null,
      notice: m.notice ?? null, started: m.started ?? null };`);
}

/** Median of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
