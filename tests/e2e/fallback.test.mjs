// The page before and without WebAssembly: the guidance pre-rendered into index.html
// (`[data-fallback]`), the static default fix scripts (`a[data-static-script]`), and the
// no-wasm notice (`[data-notice="no-wasm"]`, with `data-cause`) when WebAssembly is switched
// off (`--js-flags=--jitless`, what Edge's Enhanced Security Mode does), the .wasm file is
// missing (404), or the site's CSP lacks 'wasm-unsafe-eval'. With WebAssembly, the app takes
// over: one h1, no visible fallback. On a slow link the heading is painted before the app starts.

import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startE2E, distDir, emulateSlowLink, pageMarks, sleep } from './helpers.mjs';

const OSES = ['windows', 'macos', 'linux'];
const FILES = { windows: 'Fix-TeamsSignIn.ps1', macos: 'fix-teams-signin-macos.sh', linux: 'fix-teams-signin-linux.sh' };
/** Text every system's section must show: an exact cache folder of each client, and more. */
const MUST_SHOW = {
  windows: ['%localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache', '%appdata%\\Microsoft\\Teams', 'TLS 1.2', 'inetcpl.cpl', 'Time & language'],
  macos: ['Library/Containers/com.microsoft.teams2', 'Library/Application Support/Microsoft/Teams', 'Date & Time', 'VPN'],
  linux: ['.config/teams-for-linux', '.config/Microsoft/Microsoft Teams', 'timedatectl set-ntp true', 'VPN'],
};
const NOTICE_WITHIN_MS = 2000;

/** The build's own config.json: the static scripts and the fallback were made from it. */
const buildConfig = () => JSON.parse(readFileSync(join(distDir(), 'config.json'), 'utf8'));

/** What a browser gets for one static script link: status, type and the exact bytes. */
async function fetchStatic(server, href) {
  const r = await fetch(new URL(href, server.url));
  return { status: r.status, type: r.headers.get('content-type'), bytes: Buffer.from(await r.arrayBuffer()) };
}

/** What the pre-rendered part of the page shows now (visible text per system, links, notice). */
function fallbackState(page) {
  return page.session.execute(`
    const vis = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const notice = document.querySelector('[data-notice="no-wasm"]');
    const os = {};
    for (const s of document.querySelectorAll('[data-fallback] [data-os]')) {
      os[s.getAttribute('data-os')] = { visible: vis(s), text: s.innerText };
    }
    const links = {};
    for (const a of document.querySelectorAll('a[data-static-script]')) {
      links[a.getAttribute('data-static-script')] = { href: a.getAttribute('href'), visible: vis(a) };
    }
    return {
      fallbackVisible: vis(document.querySelector('[data-fallback]')),
      h1: [...document.querySelectorAll('h1')].filter(vis).map((h) => h.innerText),
      notice: notice && { visible: vis(notice), cause: notice.getAttribute('data-cause'), text: notice.innerText },
      os, links, wasm: document.documentElement.getAttribute('data-wasm'),
      app: !!document.querySelector('[data-check="clock"]'),
      helpdesk: document.querySelector('[data-fallback-helpdesk]')?.innerText ?? '',
    };`);
}

/** Opens the page without waiting for the app; returns once the notice is visible. */
async function openAndAwaitNotice(page) {
  await page.openPage('', { waitForApp: false });
  await page.waitFor('[data-notice="no-wasm"]', (s) => s.present && s.visible, 10000, 'the no-wasm notice');
  return { state: await fallbackState(page), marks: await pageMarks(page.session) };
}

/** Shared checks of a page whose wasm could not start. */
async function assertNoWasmPage(e2e, { state, marks }, cause) {
  assert.ok(marks.notice !== null && marks.notice < NOTICE_WITHIN_MS,
    `notice shown after ${marks.notice} ms (limit ${NOTICE_WITHIN_MS} ms)`);
  assert.equal(state.notice.cause, cause, state.notice.text);
  assert.match(state.notice.text, /automatic checks cannot run in this browser/);
  assert.match(state.notice.text, /steps below still work/);
  assert.equal(state.wasm, 'failed');
  assert.equal(state.app, false);
  assert.ok(state.helpdesk.includes(buildConfig().helpdesk.email), state.helpdesk);
  assert.deepEqual(state.h1, ["Teams won't sign in (error CAA20002)? Let's find out why."]);
  for (const os of OSES) {
    const s = state.os[os];
    assert.ok(s?.visible, `${os} steps visible`);
    for (const needle of MUST_SHOW[os]) assert.ok(s.text.includes(needle), `${os}: ${needle}`);
    assert.equal(state.links[os]?.href, FILES[os]);
    assert.ok(state.links[os].visible, `${os} download link visible`);
    const got = await fetchStatic(e2e.server, state.links[os].href);
    assert.equal(got.status, 200, `${FILES[os]} served`);
    assert.deepEqual(got.bytes, readFileSync(join(distDir(), FILES[os])), `${FILES[os]} as built`);
  }
}

describe('with WebAssembly', () => {
  let e2e;
  before(async () => {
    e2e = await startE2E({ config: buildConfig(), csp: true });
  });
  after(async () => {
    await e2e?.stop();
  });

  test('fallback: the raw HTML carries the guidance, the links and the hidden notice', async () => {
    const html = await (await fetch(e2e.server.url)).text();
    assert.match(html, /<div class="fallback" data-fallback>/);
    assert.equal((html.match(/<h1[\s>]/g) ?? []).length, 1);
    // The code is marked up as a technical value (left to right in every language).
    assert.match(html, /<h1[^>]*>Teams won&#39;t sign in \(error <code dir="ltr" translate="no">CAA20002<\/code>\)\? Let&#39;s find out why\.<\/h1>/);
    assert.match(html, /<section class="card notice-no-wasm" data-notice="no-wasm"[^>]* hidden>/);
    const cfg = buildConfig();
    assert.ok(html.includes(`mailto:${cfg.helpdesk.email}`), 'helpdesk e-mail from the build config');
    for (const os of OSES) assert.ok(html.includes(`data-static-script="${os}" href="${FILES[os]}"`), os);
    assert.doesNotMatch(html, /boot-stuck/, 'the CSS-animation hint is gone');
  });

  test('fallback: the app takes over: one h1, no visible fallback or notice, no error', async () => {
    const { page } = e2e;
    await page.openPage('?os=windows');
    const state = await fallbackState(page);
    assert.equal(state.fallbackVisible, false);
    assert.equal(state.notice === null || state.notice.visible === false, true, JSON.stringify(state.notice));
    assert.deepEqual(state.h1, ["Teams won't sign in (error CAA20002)? Let's find out why."],
      'the app shows exactly one h1, with the same words as the pre-rendered one');
    assert.equal(await page.session.execute('return document.querySelectorAll("h1").length;'), 1);
    assert.equal(state.wasm, 'started');
    assert.deepEqual(await page.problems(), { errors: [], cspViolations: [], fatal: null });
  });

  for (const os of OSES) {
    test(`fallback: static ${FILES[os]} is what the page generates for ${os} with default options`, async () => {
      const { page, server } = e2e;
      await page.openPage(`?os=${os}`);
      const inPage = await page.downloadScript(os);
      assert.equal(inPage.fileName, FILES[os]);
      const served = await fetchStatic(server, FILES[os]);
      assert.equal(served.status, 200);
      assert.equal(served.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), os === 'windows', 'BOM only on .ps1');
      if (os === 'windows') assert.ok(!/[^\r]\n/.test(served.bytes.toString('utf8')), '.ps1 has CRLF line ends only');
      assert.ok(served.bytes.equals(inPage.bytes), `${FILES[os]}: the static file differs from the page's download`);
    });
  }
});

describe('WebAssembly switched off (--js-flags=--jitless)', () => {
  let e2e;
  before(async () => {
    e2e = await startE2E({ config: buildConfig(), csp: true, chromeArgs: ['--js-flags=--jitless'] });
  });
  after(async () => {
    await e2e?.stop();
  });

  test('fallback: jitless: the notice names the cause, every system’s steps and scripts are there', async (t) => {
    assert.equal(await e2e.page.session.execute('return typeof WebAssembly;'), 'undefined');
    const seen = await openAndAwaitNotice(e2e.page);
    await assertNoWasmPage(e2e, seen, 'no-wasm');
    t.diagnostic(`notice shown at ${Math.round(seen.marks.notice)} ms`);
    assert.match(seen.state.notice.text, /JavaScriptJitAllowedForSites/);
    const problems = await e2e.page.problems();
    assert.deepEqual(problems.cspViolations, [], 'the inline script is allowed by its hash');
  });

  test('fallback: jitless: the no-wasm page passes axe (no serious or critical issue)', async () => {
    await openAndAwaitNotice(e2e.page);
    const violations = await e2e.page.axeScan();
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  });
});

describe('a file of the page is missing (404)', () => {
  let e2e;
  before(async () => {
    e2e = await startE2E({ config: buildConfig() });
  });
  after(async () => {
    await e2e?.stop();
  });

  test('fallback: 404: the notice points IT at the .wasm MIME map', async (t) => {
    e2e.server.setMissing(/\.wasm$/);
    const seen = await openAndAwaitNotice(e2e.page);
    await assertNoWasmPage(e2e, seen, 'missing');
    t.diagnostic(`notice shown at ${Math.round(seen.marks.notice)} ms`);
    assert.match(seen.state.notice.text, /MIME map/);
    assert.match(seen.state.notice.text, /HTTP 404/);
  });

  test('fallback: the JavaScript glue is missing: a start-up failure, with details for IT', async (t) => {
    e2e.server.setMissing(/\.js$/);
    const seen = await openAndAwaitNotice(e2e.page);
    await assertNoWasmPage(e2e, seen, 'startup');
    t.diagnostic(`notice shown at ${Math.round(seen.marks.notice)} ms`);
    assert.match(seen.state.notice.text, /could not be loaded/);
  });
});

describe("a CSP without 'wasm-unsafe-eval'", () => {
  let e2e;
  before(async () => {
    e2e = await startE2E({
      config: buildConfig(),
      csp: true,
      cspEdit: (policy) => policy.replace(" 'wasm-unsafe-eval'", ''),
    });
  });
  after(async () => {
    await e2e?.stop();
  });

  test("fallback: CSP: the notice asks for 'wasm-unsafe-eval'", async (t) => {
    const seen = await openAndAwaitNotice(e2e.page);
    await assertNoWasmPage(e2e, seen, 'csp');
    t.diagnostic(`notice shown at ${Math.round(seen.marks.notice)} ms`);
    assert.match(seen.state.notice.text, /'wasm-unsafe-eval'/);
    const { cspViolations } = await e2e.page.problems();
    assert.ok(cspViolations.length > 0, 'the browser reported the refusal');
    for (const v of cspViolations) assert.equal(v.blocked, 'wasm-eval', JSON.stringify(v));
  });
});

describe('a slow link (150 ms, 1.6 Mbit/s down, 750 kbit/s up, no cache)', () => {
  let e2e;
  before(async () => {
    e2e = await startE2E({ config: buildConfig() });
    await emulateSlowLink(e2e.session);
  });
  after(async () => {
    await e2e?.stop();
  });

  test('fallback: slow link: the heading is painted before the app starts, and stays put', async (t) => {
    const { page } = e2e;
    await page.openPage('', { waitForApp: true });
    let marks = await pageMarks(page.session);
    for (let i = 0; i < 40 && marks.started === null; i++) {
      await sleep(50);
      marks = await pageMarks(page.session);
    }
    assert.ok(marks.started !== null, `the app started: ${JSON.stringify(marks)}`);
    t.diagnostic(`marks (ms since navigation): ${JSON.stringify(marks)}`);
    assert.ok(marks.guidance !== null && marks.guidance < marks.started,
      `heading painted at ${marks.guidance} ms, app started at ${marks.started} ms`);
    assert.ok(marks.fcp !== null && marks.fcp <= marks.guidance + 1, JSON.stringify(marks));
    const state = await fallbackState(page);
    assert.equal(state.notice === null || !state.notice.visible, true, 'slowness alone shows no notice');
    const appTop = await page.session.execute('return document.querySelector("h1").getBoundingClientRect().top + scrollY;');
    assert.ok(Math.abs(appTop - marks.guidanceTop) <= 1,
      `the heading does not move when the app takes over (${marks.guidanceTop} → ${appTop} px)`);
  });
});

describe('the lazily loaded script generator is missing (404)', () => {
  let e2e;
  before(async () => {
    e2e = await startE2E({ config: buildConfig() });
  });
  after(async () => {
    await e2e?.stop();
  });

  test('fallback: no generator module: the fix section offers the static script and Try again, which works once the file is back', async () => {
    const { page, server } = e2e;
    server.setMissing(/teams-script-gen/);
    await page.openPage('?os=macos');
    const failed = await page.waitFor('#fix', (s) => s.present && s.attrs['data-script-status'] === 'failed', 20000, 'the failed script section');
    assert.match(failed.text, /could not be prepared/);
    const link = await page.session.execute(`
      const a = document.querySelector('#fix a[data-default-script="macos"]');
      return a && { href: a.getAttribute('href'), download: a.getAttribute('download') };`);
    // From the app's root (absolute: the same from a language folder).
    assert.deepEqual(link, { href: new URL(FILES.macos, server.url).href, download: FILES.macos });
    const served = await fetchStatic(server, link.href);
    assert.equal(served.status, 200, 'the offered static script is served');
    assert.equal(await page.textOf('#fix .run-command'), 'bash ~/Downloads/fix-teams-signin-macos.sh');
    // The page itself never went blank or fatal.
    assert.deepEqual((await page.problems()).fatal, null);
    // The file is back: "Try again" loads the module and the script appears.
    server.setMissing(null);
    await page.click('[data-action="script-retry"]');
    await page.waitFor('[data-script]', (s) => s.present, 20000, 'the script after Try again');
    const inPage = await page.downloadScript('macos');
    assert.ok(inPage.bytes.equals(served.bytes), 'after the retry the page generates the same script as the static file');
  });
});
