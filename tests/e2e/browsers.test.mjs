// The page in every browser engine employees use: the same file runs in Chromium (the e2e
// lane), Firefox ESR and WebKit (Safari's engine; `make test`'s lanes e2e-firefox and
// e2e-webkit), chosen by $E2E_ENGINE. Only standard WebDriver here, no DevTools: both
// verdicts, the clock within 100 ms against a skewed server, the fix script generated and
// downloaded, the OS chooser, the report copied; in Firefox also the no-wasm notice (with
// `javascript.options.wasm` false) and OS detection from the user agent alone (Firefox and
// Safari have no `navigator.userAgentData`), by overriding the user agent.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, sleep } from './helpers.mjs';
import { makeConfig } from './server.mjs';
import { engineFromEnv } from './lib/engines.mjs';

const ENGINE = engineFromEnv();
const CLOCK = '[data-check="clock"]';
const SKEW_MS = -2437; // the computer 2.437 s behind the server
const MAX_ERROR_MS = 100;
const FILES = { windows: 'Fix-TeamsSignIn.ps1', macos: 'fix-teams-signin-macos.sh', linux: 'fix-teams-signin-linux.sh' };

let e2e;
let config;

before(async () => {
  e2e = await startE2E({
    engine: ENGINE,
    config: (m) => (config = makeConfig({
      endpoints: [
        { id: 'login', url: m.openidCors.url, expect: 'openid-configuration' },
        { id: 'teams', url: m.ok200.url + '/teams' },
      ],
    })),
  });
});

after(async () => {
  await e2e?.stop();
});

/** Opens the page against the skewed server; returns the clock once verified (or as it is after 15 s). */
async function openSkewed(query = '') {
  const { page, server } = e2e;
  server.setConfig(config);
  server.setClockOffset(SKEW_MS);
  await page.openPage(query);
  await page.waitForVerdict('clock');
  await page.waitFor(CLOCK, (s) => s.attrs['aria-busy'] === 'false' && s.attrs['data-status'] !== 'running', 15000,
    'the finished clock measurement').catch(() => {});
  return page.seeStatus('clock');
}

async function selectOs(os) {
  await e2e.page.click('#os-select');
  await e2e.page.click(`#os-select option[value="${os}"]`);
  await e2e.page.waitFor('[data-app]', (s) => s.attrs?.['data-os'] === os, 5000, `data-os=${os}`);
}

test(`${ENGINE}: both verdicts, and the clock within ${MAX_ERROR_MS} ms of a skewed server, verified`, async () => {
  const clock = await openSkewed();
  const evidence = JSON.stringify(clock.attrs);
  assert.equal(clock.status, 'ok', `clock data-status; DOM: ${evidence}`);
  assert.ok(clock.uncertaintyMs <= MAX_ERROR_MS, `not verified to ± ${MAX_ERROR_MS} ms; DOM: ${evidence}`);
  assert.ok(Math.abs(clock.offsetMs - SKEW_MS) <= MAX_ERROR_MS, `offset ${clock.offsetMs} ms, true ${SKEW_MS} ms; DOM: ${evidence}`);
  // Every estimate shown on the way covered the truth.
  for (const e of (await e2e.page.timeline()).filter((x) => x.check === 'clock' && x['offset-ms'] !== null)) {
    assert.ok(Math.abs(Number(e['offset-ms']) - SKEW_MS) <= Number(e['uncertainty-ms']) + 3,
      `shown ${e['offset-ms']} ± ${e['uncertainty-ms']} ms at ${Math.round(e.t)} ms`);
  }
  const network = await e2e.page.waitForVerdict('network', 15000);
  assert.equal(network.attrs['data-pattern'], 'all-reachable', JSON.stringify(network.attrs));
  assert.equal(network.attrs['data-status'], 'ok');
  const p = await e2e.page.problems();
  assert.deepEqual({ errors: p.errors, fatal: p.fatal }, { errors: [], fatal: null }, 'page errors');
});

test(`${ENGINE}: the OS chooser, and each system's fix script generated and downloaded`, async () => {
  await openSkewed();
  await e2e.page.waitForVerdict('network', 15000);
  const scripts = {};
  for (const os of ['windows', 'macos', 'linux']) {
    await selectOs(os);
    const dl = await e2e.page.downloadScript(os);
    assert.equal(dl.fileName, FILES[os], `${os}: file name`);
    const shown = await e2e.session.execute(
      `const c = document.querySelector('[data-script="' + arguments[0] + '"]'); return c ? c.textContent : null;`, [os]);
    const body = os === 'windows' ? dl.text.slice(1) : dl.text;
    assert.equal(dl.hasBom, os === 'windows', `${os}: BOM only on the .ps1`);
    assert.ok(body.length > 1000, `${os}: the download is too short (${body.length})`);
    assert.ok(body === shown, `${os}: the download differs from the script shown`);
    scripts[os] = body;
  }
  for (const os of ['macos', 'linux']) assert.ok(scripts[os].startsWith('#!/usr/bin/env bash\n'), `${os}: a bash script`);
  assert.ok(scripts.windows.includes('\r\n') && !scripts.windows.startsWith('#!'), 'windows: a PowerShell script');
  assert.equal(new Set(Object.values(scripts)).size, 3);
});

test(`${ENGINE}: "Copy report" puts the report's text on the clipboard and says so`, async () => {
  await openSkewed();
  await e2e.page.waitForVerdict('network', 15000);
  // The clipboard itself is the desktop's (and WebDriver cannot read it in every engine):
  // record what the page hands to navigator.clipboard.writeText.
  const hooked = await e2e.session.execute(`
    if (!navigator.clipboard || typeof navigator.clipboard.writeText !== 'function') return false;
    window.__copied = [];
    navigator.clipboard.writeText = (text) => { window.__copied.push(text); return Promise.resolve(); };
    return true;`);
  assert.equal(hooked, true, 'navigator.clipboard.writeText exists (127.0.0.1 is a secure context)');
  const button = await e2e.session.execute(
    `return [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Copy report') || null;`);
  assert.ok(button, 'a "Copy report" button');
  await e2e.session.click(Object.values(button)[0]);
  const read = () => e2e.session.execute(`return {
    copied: window.__copied,
    report: document.querySelector('.report-text').textContent,
    line: [...document.querySelectorAll('.status-line')].map((p) => p.textContent).join(' '),
  };`);
  let s = await read();
  for (let i = 0; i < 60 && !/Report copied/.test(s.line); i++) {
    await sleep(50);
    s = await read();
  }
  assert.equal(s.copied.length, 1, 'one text handed to the clipboard');
  assert.equal(s.copied[0], s.report, 'the copied text is the report text');
  assert.match(s.copied[0], /clock/i);
  assert.match(s.line, /Report copied/, s.line);
});

if (ENGINE === 'firefox') {
  // Firefox and Safari have no navigator.userAgentData: the user agent string is all there is.
  const UAS = [
    ['macOS Safari', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Safari/605.1.15', 'macos'],
    ['macOS Firefox', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:128.0) Gecko/20100101 Firefox/128.0', 'macos'],
    ['Windows Firefox', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0', 'windows'],
  ];
  for (const [name, ua, os] of UAS) {
    test(`firefox: a ${name} user agent is detected as ${os}`, async () => {
      const { session, page } = await e2e.openSession({ prefs: { 'general.useragent.override': ua } });
      try {
        e2e.server.setConfig(config);
        await page.openPage();
        assert.equal(await session.execute('return navigator.userAgent;'), ua);
        assert.equal(await session.execute('return typeof navigator.userAgentData;'), 'undefined');
        const app = await page.waitFor('[data-app]', (s) => s.present, 5000);
        assert.equal(app.attrs['data-os'], os, JSON.stringify(app.attrs));
        assert.equal(await session.execute(`return document.getElementById('os-select').value;`), os);
      } finally {
        await session.close();
      }
    });
  }

  test('firefox: with javascript.options.wasm false, the no-wasm notice names the cause', async () => {
    const { session, page } = await e2e.openSession({ prefs: { 'javascript.options.wasm': false } });
    try {
      e2e.server.setConfig(config);
      assert.equal(await session.execute('return 1;'), 1);
      await page.openPage('', { waitForApp: false });
      const notice = await page.waitFor('[data-notice="no-wasm"]', (s) => s.present && s.visible, 10000, 'the no-wasm notice');
      assert.equal(await session.execute('return typeof WebAssembly;'), 'undefined');
      assert.equal(notice.attrs['data-cause'], 'no-wasm', notice.text);
      assert.match(notice.text, /automatic checks cannot run in this browser/);
      assert.match(notice.text, /WebAssembly is undefined in this browser/, 'the detail line');
      assert.match(notice.text, /javascript\.options\.wasm is false/, 'the cause, in Firefox\'s words');
      const state = await session.execute(`return {
        wasm: document.documentElement.getAttribute('data-wasm'),
        app: !!document.querySelector('[data-check="clock"]'),
        steps: [...document.querySelectorAll('[data-fallback] [data-os]')].map((s) => s.getAttribute('data-os')),
      };`);
      assert.deepEqual(state, { wasm: 'failed', app: false, steps: ['windows', 'macos', 'linux'] });
    } finally {
      await session.close();
    }
  });
}
