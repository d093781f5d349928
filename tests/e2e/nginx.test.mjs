// The page behind a real web server: nginx from Debian's packages, configured with exactly
// the IT guide's nginx blocks (docs/it-guide.md) and the build's generated nginx-csp.conf (see lib/nginx.mjs).
// Checks what IT's users get: the page works under the real CSP header without violations,
// .wasm goes out as application/wasm and compressed (brotli or gzip, precompressed by the
// build), config.json is revalidated on every visit, hashed assets are cached for good, the
// clock check works against nginx's Date header, and the transfer sizes as served.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { distDir, Page, REPO, RECORDER } from './helpers.mjs';
import { startMocks, makeConfig } from './server.mjs';
import { startNginx } from './lib/nginx.mjs';
import { ChromeDriver } from './lib/webdriver.mjs';

let nginx, mocks, driver, session, page, files;

/** One GET with the given request headers: { status, headers, body (Buffer as sent) }. */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  const dist = distDir();
  files = readdirSync(dist);
  mocks = await startMocks();
  nginx = await startNginx({
    dist,
    // What IT does after editing config.json: re-run csp.mjs so connect-src lists the probes.
    prepare: (dir) => {
      writeFileSync(join(dir, 'config.json'), JSON.stringify(makeConfig({
        endpoints: [
          { id: 'login', url: mocks.openidCors.url, expect: 'openid-configuration' },
          { id: 'teams', url: mocks.ok200.url },
        ],
        controls: [{ id: 'intranet', url: mocks.notFound404.url }],
      }), null, 2));
      const r = spawnSync('node', [join(REPO, 'scripts/post-build/csp.mjs'), dir, '--write'], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`csp.mjs failed: ${r.stderr}`);
    },
  });
  driver = await ChromeDriver.start();
  session = await driver.newSession();
  await session.addInitScript(RECORDER);
  page = new Page(session, nginx);
});

after(async () => {
  await session?.close().catch(() => {});
  await driver?.kill();
  await nginx?.close();
  await mocks?.closeAll();
});

// The page's own (hashed) files, not the lazily loaded script generator's.
const wasmName = () => files.find((f) => /-[0-9a-f]{8,16}_bg\.wasm$/.test(f));
const jsName = () => files.find((f) => /-[0-9a-f]{8,16}\.js$/.test(f));

test('nginx: the build carries .gz and .br copies of its compressible files, none of config.json', () => {
  for (const f of [wasmName(), jsName(), 'index.html', files.find((f) => f.endsWith('.css'))]) {
    assert.ok(f, 'the build has a wasm, js, css and index.html');
    assert.ok(files.includes(`${f}.gz`), `${f}.gz missing: the build must run scripts/post-build/precompress.mjs (make dist does)`);
    assert.ok(files.includes(`${f}.br`), `${f}.br missing`);
  }
  assert.ok(!files.includes('config.json.gz') && !files.includes('config.json.br'),
    'config.json must not be precompressed: IT edits it on the server');
});

test('nginx: .wasm is application/wasm, sent precompressed by Accept-Encoding', async () => {
  const url = `${nginx.url}${wasmName()}`;
  const raw = readFileSync(join(nginx.dir, wasmName()));
  const br = await get(url, { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.match(br.headers['vary'] ?? '', /Accept-Encoding/i);
  assert.deepEqual(br.body, readFileSync(join(nginx.dir, `${wasmName()}.br`)));
  const gz = await get(url, { 'Accept-Encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gz.body, readFileSync(join(nginx.dir, `${wasmName()}.gz`)));
  const plain = await get(url, {});
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, raw);
  assert.match(br.headers['cache-control'] ?? '', /immutable/, 'hashed file names may be cached for good');
});

test('nginx: config.json and index.html are revalidated, and carry the CSP', async () => {
  for (const path of ['config.json', '']) {
    const first = await get(`${nginx.url}${path}`, { 'Accept-Encoding': 'gzip' });
    assert.equal(first.status, 200, path);
    assert.equal(first.headers['cache-control'], 'no-cache', `${path || 'index.html'}: Cache-Control`);
    assert.ok(first.headers['etag'], `${path || 'index.html'}: an ETag to revalidate against`);
    assert.match(first.headers['content-security-policy'] ?? '', /wasm-unsafe-eval/, `${path || 'index.html'}: CSP header`);
    // The same request again (same Accept-Encoding: the ETag is the copy's that was sent).
    const again = await get(`${nginx.url}${path}`, { 'Accept-Encoding': 'gzip', 'If-None-Match': first.headers['etag'] });
    assert.equal(again.status, 304, `${path || 'index.html'}: revalidation answers 304`);
  }
  const edited = await get(`${nginx.url}config.json`);
  assert.equal(JSON.parse(edited.body.toString('utf8')).network.controls[0].id, 'intranet', 'the edited config is served, not a stale copy');
});

test('nginx: the page works under the real CSP header, clock against nginx Date, no violation', async (t) => {
  await page.openPage();
  await page.assertHealthy();
  // What Chromium was sent, per resource (bytes on the wire, headers excluded).
  const sizes = await session.execute(`
    return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
      .map((e) => ({ name: e.name.split('/').pop() || 'index.html', encoded: e.encodedBodySize, decoded: e.decodedBodySize }));`);
  const wasm = sizes.find((s) => s.name.endsWith('.wasm'));
  assert.ok(wasm, JSON.stringify(sizes));
  assert.ok(wasm.encoded < wasm.decoded / 2, `the wasm went out compressed: ${JSON.stringify(wasm)}`);
  for (const s of sizes.filter((s) => files.includes(s.name) && s.decoded > 0)) {
    t.diagnostic(`${s.name}: ${s.encoded} B on the wire, ${s.decoded} B decoded`);
  }
});
