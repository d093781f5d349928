// A tiny W3C WebDriver client, plus starting and stopping the driver servers. Engine by
// engine: chromedriver here (with the Chromium-only DevTools protocol, `Session.cdp`),
// geckodriver and WebKitWebDriver in ./engines.mjs. No dependencies: node:child_process,
// node:net and global fetch (to 127.0.0.1 only).

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './net.mjs';

const W3C_ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export const INSTALL_HINT =
  'apt-get install -y chromium chromium-driver (or run `make test`, which installs it)';

/** The hardening flags: headless, nothing phoned home, and no host name resolves except
 *  through the rules below, so even a page falling back to its built-in (real Microsoft)
 *  endpoints cannot reach the Internet: every name is NOTFOUND; 127.0.0.1 is exempt. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP *.invalid ~NOTFOUND, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--no-proxy-server',
  '--disable-features=DnsOverHttps,OptimizationHints,MediaRouter,Translate',
  '--window-size=1280,900',
];

/** Finds an executable: an explicit env override, then PATH, then the Debian paths. */
export function findExecutable(name, envVar, fallbacks = []) {
  const fromEnv = envVar && process.env[envVar];
  const candidates = [];
  if (fromEnv) candidates.push(fromEnv);
  const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) candidates.push(which.stdout.trim());
  candidates.push(...fallbacks);
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      /* next */
    }
  }
  return null;
}

/** Both binaries, or an Error whose message names the install step (never a skip). */
export function browserBinaries() {
  const chromium = findExecutable('chromium', 'CHROMIUM_BIN', ['/usr/bin/chromium', '/usr/bin/chromium-browser']);
  const chromedriver = findExecutable('chromedriver', 'CHROMEDRIVER', ['/usr/bin/chromedriver']);
  const missing = [];
  if (!chromium) missing.push('chromium');
  if (!chromedriver) missing.push('chromedriver');
  if (missing.length) {
    throw new Error(`${missing.join(' and ')} not found (looked in $CHROMIUM_BIN/$CHROMEDRIVER, PATH, /usr/bin). Install: ${INSTALL_HINT}`);
  }
  return { chromium, chromedriver };
}

export class WebDriverError extends Error {
  constructor(command, status, value) {
    super(`WebDriver ${command} failed (HTTP ${status}): ${value?.error ?? ''} ${value?.message ?? JSON.stringify(value)}`.slice(0, 2000));
    this.wdError = value?.error;
  }
}

/**
 * A running WebDriver server in its own process group, so the browser it starts dies with
 * it. `start()` waits until its `/status` says ready; a binary that exits at once is an error
 * naming `installHint`.
 */
export class Driver {
  static async launch(DriverClass, { name, command, args, env, installHint, log = false, init = {} }) {
    const port = await freePort();
    const child = spawn(command, args(port), {
      detached: true,
      env: env ? { ...process.env, ...env } : process.env,
      stdio: ['ignore', log ? 'inherit' : 'ignore', log ? 'inherit' : 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    child.on('error', (e) => (stderr += String(e)));
    const driver = new DriverClass(child, port, init);
    TRACKED.add(driver);
    const deadline = Date.now() + 30000;
    for (;;) {
      if (child.exitCode !== null) {
        driver.kill();
        throw new Error(`${name} exited at start (code ${child.exitCode}): ${stderr}. Install: ${installHint}`);
      }
      try {
        const r = await fetch(`http://127.0.0.1:${port}/status`);
        const body = await r.json();
        if (body.value?.ready) return driver;
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) {
        driver.kill();
        throw new Error(`${name} did not become ready on port ${port}: ${stderr}`);
      }
      await sleep(50);
    }
  }

  constructor(child, port, init = {}) {
    this.child = child;
    this.port = port;
    this.base = `http://127.0.0.1:${port}`;
    this.profiles = [];
    Object.assign(this, init);
  }

  /** A new session from W3C `capabilities` (alwaysMatch); `profile`: a folder removed on close. */
  async session(engine, alwaysMatch, profile = null) {
    if (profile) this.profiles.push(profile);
    const caps = { capabilities: { alwaysMatch } };
    const value = await wd(this.base, 'POST', '/session', caps, `new ${engine} session`, 90000);
    const session = new Session(this.base, value.sessionId, profile, engine);
    session.capabilities = value.capabilities ?? {};
    await session.setTimeouts({ script: 30000, pageLoad: 30000, implicit: 0 });
    return session;
  }

  kill() {
    TRACKED.delete(this);
    if (this.child.exitCode === null && this.child.signalCode === null) {
      try {
        process.kill(-this.child.pid, 'SIGKILL'); // the whole group: the driver + its browser
      } catch {
        try {
          this.child.kill('SIGKILL');
        } catch {
          /* gone */
        }
      }
    }
    // Synchronous: this also runs from the process 'exit' handler.
    for (const p of this.profiles.splice(0)) rmSync(p, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** A running chromedriver. */
export class ChromeDriver extends Driver {
  static start({ log = false } = {}) {
    const { chromium, chromedriver } = browserBinaries();
    return Driver.launch(ChromeDriver, {
      name: 'chromedriver',
      command: chromedriver,
      args: (port) => [`--port=${port}`, '--allowed-ips=127.0.0.1', '--log-level=SEVERE'],
      installHint: INSTALL_HINT,
      log,
      init: { chromium },
    });
  }

  /** A new browser session with a fresh profile directory. */
  newSession({ extraArgs = [] } = {}) {
    const profile = mkdtempSync(join(tmpdir(), 'e2e-chrome-'));
    return this.session('chromium', {
      browserName: 'chrome',
      pageLoadStrategy: 'normal',
      'goog:chromeOptions': {
        binary: this.chromium,
        args: [...CHROME_ARGS, `--user-data-dir=${profile}`, ...extraArgs],
      },
    }, profile);
  }
}

export class Session {
  constructor(base, id, profile, engine = 'chromium') {
    this.base = base;
    this.id = id;
    this.profile = profile;
    /** 'chromium', 'firefox' or 'webkit' (./engines.mjs). */
    this.engine = engine;
  }

  cmd(method, path, body, what, timeoutMs) {
    return wd(this.base, method, `/session/${this.id}${path}`, body, what ?? path, timeoutMs);
  }

  setTimeouts(t) {
    return this.cmd('POST', '/timeouts', t);
  }

  navigate(url) {
    return this.cmd('POST', '/url', { url }, `navigate ${url}`, 60000);
  }

  url() {
    return this.cmd('GET', '/url');
  }

  /** Runs a function body in the page; `arguments[i]` are `args`. */
  execute(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args }, 'execute/sync', 60000);
  }

  /** Runs an async function body; the last argument is the callback to call with the result. */
  executeAsync(script, args = []) {
    return this.cmd('POST', '/execute/async', { script, args }, 'execute/async', 120000);
  }

  // --- Chromium only: the DevTools protocol through chromedriver ---------------------------
  // CPU throttling, network emulation, cache control, extra headers and scripts installed
  // before the page's own all go through it. Other engines have no equivalent here: their
  // tests get the recorder injected by the page server instead (startE2E does that), and the
  // Chromium-only measurements stay in Chromium-only files.

  /** Chrome DevTools Protocol command (chromedriver extension). Chromium only. */
  cdp(cmd, params = {}) {
    if (this.engine !== 'chromium') {
      return Promise.reject(new Error(`cdp ${cmd}: the DevTools protocol is Chromium-only (this session is ${this.engine})`));
    }
    return this.cmd('POST', '/goog/cdp/execute', { cmd, params }, `cdp ${cmd}`);
  }

  /** Runs `source` in every new document before the page's own scripts. Chromium only. */
  addInitScript(source) {
    return this.cdp('Page.addScriptToEvaluateOnNewDocument', { source });
  }

  /** The CPU `rate` times slower (DevTools CPU throttling; 1 = off). Chromium only. */
  throttleCpu(rate) {
    return this.cdp('Emulation.setCPUThrottlingRate', { rate });
  }

  // --- every engine ----------------------------------------------------------------------

  async findElement(css) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: css }, `find ${css}`);
    return v[W3C_ELEMENT];
  }

  async findElements(css) {
    const v = await this.cmd('POST', '/elements', { using: 'css selector', value: css }, `find all ${css}`);
    return v.map((e) => e[W3C_ELEMENT]);
  }

  click(elementId) {
    return this.cmd('POST', `/element/${elementId}/click`, {}, 'click');
  }

  elementText(elementId) {
    return this.cmd('GET', `/element/${elementId}/text`);
  }

  screenshot() {
    return this.cmd('GET', '/screenshot');
  }

  async close() {
    try {
      await this.cmd('DELETE', '', undefined, 'delete session', 15000);
    } finally {
      if (this.profile) rmSync(this.profile, { recursive: true, force: true });
    }
  }
}

async function wd(base, method, path, body, what, timeoutMs = 30000) {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  }).catch((e) => {
    throw new Error(`WebDriver ${what}: no answer from the driver (${e.message})`);
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`WebDriver ${what}: HTTP ${res.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (!res.ok) throw new WebDriverError(what, res.status, json.value);
  return json.value;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Whatever happens (assertion failure, crash, Ctrl-C), no driver or browser survives us.
const TRACKED = new Set();
function killAll() {
  for (const d of [...TRACKED]) d.kill();
}
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    killAll();
    process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
  });
}
