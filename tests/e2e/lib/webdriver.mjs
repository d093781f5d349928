// A tiny W3C WebDriver client for chromedriver, plus starting and stopping chromedriver.
// No dependencies: node:child_process, node:net and global fetch (to 127.0.0.1 only).

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

/** A running chromedriver (its own process group, so Chromium dies with it). */
export class ChromeDriver {
  static async start({ log = false } = {}) {
    const { chromium, chromedriver } = browserBinaries();
    const port = await freePort();
    const child = spawn(chromedriver, [`--port=${port}`, '--allowed-ips=127.0.0.1', '--log-level=SEVERE'], {
      detached: true,
      stdio: ['ignore', log ? 'inherit' : 'ignore', log ? 'inherit' : 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const driver = new ChromeDriver(child, port, chromium);
    TRACKED.add(driver);
    const deadline = Date.now() + 15000;
    for (;;) {
      if (child.exitCode !== null) {
        throw new Error(`chromedriver exited at start (code ${child.exitCode}): ${stderr}. Install: ${INSTALL_HINT}`);
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
        throw new Error(`chromedriver did not become ready on port ${port}: ${stderr}`);
      }
      await sleep(50);
    }
  }

  constructor(child, port, chromium) {
    this.child = child;
    this.port = port;
    this.chromium = chromium;
    this.base = `http://127.0.0.1:${port}`;
    this.profiles = [];
  }

  /** A new browser session with a fresh profile directory. */
  async newSession({ extraArgs = [] } = {}) {
    const profile = mkdtempSync(join(tmpdir(), 'e2e-chrome-'));
    this.profiles.push(profile);
    const caps = {
      capabilities: {
        alwaysMatch: {
          browserName: 'chrome',
          pageLoadStrategy: 'normal',
          'goog:chromeOptions': {
            binary: this.chromium,
            args: [...CHROME_ARGS, `--user-data-dir=${profile}`, ...extraArgs],
          },
        },
      },
    };
    const value = await wd(this.base, 'POST', '/session', caps, 'new session', 60000);
    const session = new Session(this.base, value.sessionId, profile);
    await session.setTimeouts({ script: 30000, pageLoad: 30000, implicit: 0 });
    return session;
  }

  kill() {
    TRACKED.delete(this);
    if (this.child.exitCode === null && this.child.signalCode === null) {
      try {
        process.kill(-this.child.pid, 'SIGKILL'); // the whole group: chromedriver + Chromium
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

export class Session {
  constructor(base, id, profile) {
    this.base = base;
    this.id = id;
    this.profile = profile;
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

  /** Chrome DevTools Protocol command (chromedriver extension). */
  cdp(cmd, params = {}) {
    return this.cmd('POST', '/goog/cdp/execute', { cmd, params }, `cdp ${cmd}`);
  }

  /** Runs `source` in every new document before the page's own scripts. */
  addInitScript(source) {
    return this.cdp('Page.addScriptToEvaluateOnNewDocument', { source });
  }

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
      rmSync(this.profile, { recursive: true, force: true });
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
    throw new Error(`WebDriver ${what}: no answer from chromedriver (${e.message})`);
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

// Whatever happens (assertion failure, crash, Ctrl-C), no chromedriver or Chromium survives us.
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
