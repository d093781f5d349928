// The browser engines the end-to-end tests run in, behind one interface:
//
//   const driver = await startDriver('firefox');      // or 'chromium', 'webkit'
//   const session = await driver.newSession({ prefs }); // a W3C session (./webdriver.mjs)
//
// - chromium: Debian's Chromium through chromedriver (./webdriver.mjs), headless. Also the
//   only engine with the DevTools protocol (`Session.cdp`): CPU throttling, network emulation,
//   scripts installed before the page's own.
// - firefox: Debian's Firefox ESR through geckodriver (built by scripts/tools.sh, version in
//   Trunk.toml), headless. `prefs` set Firefox preferences for the session
//   (`javascript.options.wasm`, `general.useragent.override`, …).
// - webkit: WebKitGTK's MiniBrowser (Safari's engine) through WebKitWebDriver, on a virtual
//   display (`xvfb-run`): MiniBrowser's own headless mode hung here.
//
// Nothing may leave the machine: Chromium resolves no name but 127.0.0.1 (CHROME_ARGS);
// Firefox and WebKit send every other request to a proxy port where nothing listens.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChromeDriver, Driver, findExecutable } from './webdriver.mjs';
import { freePort } from './net.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engine a test file runs in: $E2E_ENGINE (scripts/e2e.sh, `make test`'s lanes), else chromium. */
export function engineFromEnv() {
  const engine = process.env.E2E_ENGINE ?? 'chromium';
  if (!ENGINES.includes(engine)) throw new Error(`E2E_ENGINE=${engine}: not one of ${ENGINES.join(', ')}`);
  return engine;
}

const TOOLS_HINT = 'run `scripts/tools.sh test` (or `make test`, which runs it)';

/** Starts the WebDriver server of `engine`. A missing binary is an error naming the install step. */
export function startDriver(engine, { log = false } = {}) {
  switch (engine) {
    case 'chromium':
      return ChromeDriver.start({ log });
    case 'firefox':
      return GeckoDriver.start({ log });
    case 'webkit':
      return WebKitDriver.start({ log });
    default:
      throw new Error(`unknown engine ${engine}`);
  }
}

/** Firefox preferences: no background traffic, and every request but 127.0.0.1's to a dead proxy. */
function firefoxPrefs(deadPort) {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': deadPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': deadPort,
    'network.proxy.no_proxies_on': '127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'network.predictor.enabled': false,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'app.update.disabledForTesting': true,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'extensions.update.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
  };
}

/** A running geckodriver (Firefox ESR). */
export class GeckoDriver extends Driver {
  static async start({ log = false } = {}) {
    const hint = `apt-get install -y firefox-esr; cargo install --locked geckodriver (${TOOLS_HINT})`;
    const firefox = findExecutable('firefox-esr', 'FIREFOX_BIN', ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
    const geckodriver = findExecutable('geckodriver', 'GECKODRIVER', [join(process.env.HOME ?? '/root', '.cargo/bin/geckodriver')]);
    const missing = [!firefox && 'firefox-esr', !geckodriver && 'geckodriver'].filter(Boolean);
    if (missing.length) throw new Error(`${missing.join(' and ')} not found. Install: ${hint}`);
    const deadPort = await freePort();
    return Driver.launch(GeckoDriver, {
      name: 'geckodriver',
      command: geckodriver,
      args: (port) => ['--port', String(port), '--host', '127.0.0.1', '--log', log ? 'info' : 'fatal'],
      installHint: hint,
      log,
      init: { firefox, deadPort },
    });
  }

  /** A new Firefox session (fresh profile, made by geckodriver); `prefs` on top of the hardening. */
  newSession({ prefs = {} } = {}) {
    return this.session('firefox', {
      browserName: 'firefox',
      pageLoadStrategy: 'normal',
      'moz:firefoxOptions': {
        binary: this.firefox,
        args: ['-headless', '-width', '1280', '-height', '900'],
        prefs: { ...firefoxPrefs(this.deadPort), ...prefs },
      },
    });
  }
}

/** A running WebKitWebDriver (WebKitGTK, MiniBrowser) on its own virtual display. */
export class WebKitDriver extends Driver {
  static async start({ log = false } = {}) {
    const hint = `apt-get install -y webkit2gtk-driver xvfb xauth (${TOOLS_HINT})`;
    const driver = findExecutable('WebKitWebDriver', 'WEBKIT_DRIVER', ['/usr/bin/WebKitWebDriver']);
    const xvfbRun = findExecutable('xvfb-run', null, ['/usr/bin/xvfb-run']);
    const miniBrowser = findExecutable('MiniBrowser', 'MINIBROWSER', [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
    ]);
    const missing = [!driver && 'WebKitWebDriver', !xvfbRun && 'xvfb-run', !miniBrowser && 'MiniBrowser'].filter(Boolean);
    if (missing.length) throw new Error(`${missing.join(' and ')} not found. Install: ${hint}`);
    const deadPort = await freePort();
    const dead = `http://127.0.0.1:${deadPort}`;
    // Each run its own display and its own XDG folders (WebKit keeps caches and cookies there).
    const home = mkdtempSync(join(tmpdir(), 'e2e-webkit-'));
    const started = await Driver.launch(WebKitDriver, {
      name: 'WebKitWebDriver (under xvfb-run)',
      command: xvfbRun,
      args: (port) => ['-a', '-s', '-screen 0 1280x900x24', driver, `--port=${port}`],
      env: {
        http_proxy: dead,
        https_proxy: dead,
        HTTP_PROXY: dead,
        HTTPS_PROXY: dead,
        no_proxy: '127.0.0.1',
        NO_PROXY: '127.0.0.1',
        XDG_CACHE_HOME: join(home, 'cache'),
        XDG_DATA_HOME: join(home, 'data'),
        XDG_CONFIG_HOME: join(home, 'config'),
      },
      installHint: hint,
      log,
      init: { miniBrowser },
    });
    started.profiles.push(home);
    return started;
  }

  /** A new MiniBrowser session in automation mode. */
  newSession() {
    return this.session('webkit', {
      browserName: 'MiniBrowser',
      pageLoadStrategy: 'normal',
      'webkitgtk:browserOptions': {
        binary: this.miniBrowser,
        args: ['--automation'],
      },
    });
  }
}
