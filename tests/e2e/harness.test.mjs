// Tests of the e2e harness itself (server, mocks, WebDriver client, page helpers), against
// a hand-written fixture of the DOM contract, so a harness bug is not blamed on the page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import https from 'node:https';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startE2E, HERE } from './helpers.mjs';
import { startPageServer, startMocks, makeConfig, imfFixdate } from './server.mjs';

/** A raw HTTP request (node's fetch would follow redirects and hide Date). */
function request(url, { method = 'GET', timeoutMs = 2000 } = {}) {
  return new Promise((resolve, reject) => {
    const mod = url.startsWith('https:') ? https : http;
    const req = mod.request(url, { method, rejectUnauthorized: true, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

test('server: MIME types, controlled Date, no-store, config override', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-dist-'));
  for (const f of ['index.html', 'app-1.js', 'app-1_bg.wasm', 'style-1.css']) writeFileSync(join(dir, f), 'x');
  const server = await startPageServer({ dir, clockOffsetMs: 3 * 60_000 });
  try {
    const types = {};
    for (const f of ['', 'app-1.js', 'app-1_bg.wasm', 'style-1.css', 'config.json']) {
      types[f || '/'] = (await request(server.url + f)).headers['content-type'].split(';')[0];
    }
    assert.deepEqual(types, {
      '/': 'text/html', 'app-1.js': 'text/javascript', 'app-1_bg.wasm': 'application/wasm',
      'style-1.css': 'text/css', 'config.json': 'application/json',
    });
    const head = await request(server.url, { method: 'HEAD' });
    assert.equal(head.headers['cache-control'], 'no-store');
    assert.match(head.headers.date, /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/);
    const skew = Date.now() - Date.parse(head.headers.date);
    assert.ok(skew >= 3 * 60_000 - 100 && skew < 3 * 60_000 + 1100, `Date is ${skew} ms behind`);
    assert.equal(imfFixdate(Date.UTC(2026, 0, 2, 3, 4, 5, 999)), 'Fri, 02 Jan 2026 03:04:05 GMT');
    server.setNoDate(true);
    assert.equal((await request(server.url)).headers.date, undefined);

    const cfg = await request(server.url + 'config.json');
    assert.equal(cfg.headers['cache-control'], 'no-store');
    assert.equal(JSON.parse(cfg.body).network.endpoints[0].url, 'http://login.invalid/', 'default config is local-only');
    server.setConfig('{ "clock": ');
    assert.equal((await request(server.url + 'config.json')).body, '{ "clock": ');
    server.setConfig(null);
    assert.equal((await request(server.url + 'config.json')).status, 404);
    assert.equal((await request(server.url + '../../etc/passwd')).status, 404);
    assert.throws(() => makeConfig({ endpoints: [{ id: 'x', url: 'https://login.microsoftonline.com/' }] }), /127\.0\.0\.1/);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('mocks: each behaves as its name says', async () => {
  const m = await startMocks({ slowMs: 300 });
  try {
    assert.equal((await request(m.ok200.url)).status, 200);
    assert.equal((await request(m.notFound404.url)).status, 404);
    assert.equal((await request(m.error500.url)).status, 500);
    const r = await request(m.redirect.url);
    assert.equal(r.status, 302);
    assert.ok(r.headers.location.startsWith(m.ok200.url));
    const t0 = Date.now();
    assert.equal((await request(m.slow.url)).status, 200);
    assert.ok(Date.now() - t0 >= 290);
    await assert.rejects(request(m.blackhole.url, { timeoutMs: 300 }), /timeout/);
    assert.equal(m.blackhole.connections, 1);
    await assert.rejects(request(m.refused.url), /ECONNREFUSED/);
    await assert.rejects(request(m.tlsFail.url), /self.signed|certificate/i);
    const cors = await request(m.openidCors.url);
    assert.equal(cors.headers['access-control-allow-origin'], '*');
    assert.equal(typeof JSON.parse(cors.body).issuer, 'string');
    const nocors = await request(m.openidNoCors.url);
    assert.equal(nocors.headers['access-control-allow-origin'], undefined);
    assert.equal(typeof JSON.parse(nocors.body).issuer, 'string');
    const wrong = await request(m.openidWrongBody.url);
    assert.equal(wrong.headers['access-control-allow-origin'], '*');
    assert.match(wrong.body, /^<!doctype html>/);
    assert.equal(m.ok200.count, 1);
    assert.equal(m.dnsFail.url.startsWith('http://blocked.invalid:'), true);
  } finally {
    await m.closeAll();
  }
});

test('browser helpers against the contract fixture', async (t) => {
  const e2e = await startE2E({ dir: join(HERE, 'fixtures/contract'), clockOffsetMs: -90_000 });
  try {
    const { page, server } = e2e;
    await t.test('openPage, waitForVerdict, seeStatus', async () => {
      await page.openPage();
      await page.waitForVerdict('clock');
      const s = await page.seeStatus('clock');
      assert.equal(s.status, 'warn');
      assert.ok(Math.abs(s.offsetMs + 90_000) < 1500, `offset ${s.offsetMs}`);
      await page.waitForVerdict('network');
      assert.equal((await page.seeStatus('network')).pattern, 'all-reachable');
      assert.deepEqual(Object.keys(await page.endpoints()), ['self']);
      assert.equal(await page.textOf('h1'), 'Fixture');
    });
    await t.test('the recorder timestamps changes from the navigation start', async () => {
      const events = (await page.timeline()).filter((e) => e.check === 'network');
      assert.equal(events[0].status, 'running');
      const done = events.find((e) => e.pattern === 'all-reachable');
      assert.ok(done.t - events[0].t >= 250, JSON.stringify(events));
      assert.deepEqual(await page.problems(), { errors: [], cspViolations: [], fatal: null });
    });
    await t.test('clickRetry', async () => {
      server.setClockOffset(0);
      await page.clickRetry('clock');
      const s = await page.waitFor('[data-check="clock"]', (x) => x.attrs['data-status'] === 'ok', 5000);
      assert.ok(Math.abs(Number(s.attrs['data-offset-ms'])) < 1500);
    });
    await t.test('waitFor times out with the DOM evidence', async () => {
      await assert.rejects(page.waitFor('[data-check="clock"]', () => false, 200), /data-status/);
    });
    await t.test('downloadScript', async () => {
      const d = await page.downloadScript('windows');
      assert.equal(d.fileName, 'fix-teams-signin.ps1');
      assert.equal(d.mime, 'text/plain;charset=utf-8');
      assert.equal(d.hasBom, true);
      assert.equal(d.text, '\ufeffWrite-Host "héllo"');
      // A second download returns the new one only.
      assert.equal((await page.downloadScript('windows')).bytes.length, d.bytes.length);
    });
    await t.test('axeScan', async () => {
      assert.deepEqual(await page.axeScan(), []);
      await page.openPage('?a11y=bad');
      const v = await page.axeScan();
      assert.deepEqual(v.map((x) => x.id), ['image-alt'], JSON.stringify(v));
    });
  } finally {
    await e2e.stop();
  }
});

test('server: `inject` puts a script first in index.html (the recorder for engines without DevTools)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-dist-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>t</title><script>var $1 = 1;</script></head><body></body></html>');
  writeFileSync(join(dir, 'app.js'), 'x');
  const server = await startPageServer({ dir, inject: 'window.__first = "$&";' });
  try {
    const page = (await request(server.url)).body;
    assert.equal(page, '<!doctype html><html><head><script>window.__first = "$&";</script><title>t</title><script>var $1 = 1;</script></head><body></body></html>');
    assert.equal((await request(server.url + 'app.js')).body, 'x', 'other files untouched');
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  await assert.rejects(startPageServer({ dir, inject: 'x', csp: true }), /inject and csp/);
});

test('webdriver: the DevTools protocol is refused clearly outside Chromium', async () => {
  const { Session } = await import('./lib/webdriver.mjs');
  const s = new Session('http://127.0.0.1:9', 'none', null, 'firefox');
  await assert.rejects(s.cdp('Emulation.setCPUThrottlingRate', { rate: 4 }), /Chromium-only \(this session is firefox\)/);
  await assert.rejects(s.throttleCpu(4), /Chromium-only/);
});
