// The end-to-end test server (the built page, with a controlled clock and config) and the
// mock endpoints for the reachability check. Everything listens on 127.0.0.1 only and is
// started per test file; `close()` ends every socket.

import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { spawnSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { freePort, listenLocal } from './lib/net.mjs';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.config': 'application/xml',
  '.conf': 'text/plain; charset=utf-8',
};

/** IMF-fixdate of a time in ms, truncated to the second (what real servers send). */
export function imfFixdate(ms) {
  return new Date(Math.floor(ms / 1000) * 1000).toUTCString();
}

/**
 * Serves `dir` (the built page) on 127.0.0.1.
 *
 * - Every response's `Date` = the server's clock = Date.now() − clockOffsetMs, truncated to
 *   the second, so the computer appears *ahead* by clockOffsetMs (page: data-offset-ms ≈ +offset).
 * - `noDate: true` sends no Date header at all.
 * - `dateCache: 'hyper'` renders `Date` the way hyper (so `trunk serve`) does: one cached
 *   rendering, re-rendered at the first request more than 1 s after the last render, so a
 *   `Date` can be up to a second older than the answer. `'exact'` (default) stamps every
 *   answer, like nginx, Apache, Node, Go and Python.
 * - `inject`: a script put first in index.html's `<head>`, so it runs before the page's own
 *   (the e2e recorder, for engines without DevTools' addScriptToEvaluateOnNewDocument).
 * - `/config.json` is whatever `setConfig` was given: an object (JSON), a string (raw,
 *   e.g. malformed), or `null` (404). It is never the file in `dir`, whose default lists
 *   real Microsoft hosts: a test that sets no config gets `defaultConfig`.
 */
export async function startPageServer({ dir, clockOffsetMs = 0, noDate = false, config, csp = false, cspEdit = null, dateCache = 'exact', inject = null } = {}) {
  if (inject && csp) throw new Error('inject and csp together: the injected script would need its own hash');
  const root = resolve(dir);
  await stat(join(root, 'index.html')).catch(() => {
    throw new Error(`no built page in ${root} (index.html missing): run scripts/e2e.sh, which builds it, or set E2E_DIST`);
  });
  const state = { clockOffsetMs, noDate, config: config ?? null, configSet: config !== undefined, requests: [], csp, cspEdit, missing: null, dateCache, rendered: null };
  /** The Date header for a request now, per `state.dateCache`. */
  const dateHeader = () => {
    const serverNow = Date.now() - state.clockOffsetMs;
    if (state.dateCache !== 'hyper') return imfFixdate(serverNow);
    // hyper's CachedDate: `if now > next_update { render(now); next_update = now + 1 s }`.
    if (!state.rendered || serverNow > state.rendered.at + 1000) {
      state.rendered = { at: serverNow, value: imfFixdate(serverNow) };
    }
    return state.rendered.value;
  };
  // With `csp: true`, every response carries the policy scripts/post-build/csp.mjs computes for this
  // build and the config being served (what IT deploys), so CSP breakage fails the tests.
  const cspPolicy = csp ? (await import('../../scripts/post-build/csp.mjs')).policy : null;
  const indexHtml = await readFile(join(root, 'index.html'), 'utf8');
  const injected = (html) => html.replace(/<head>/i, () => `<head><script>${inject}</script>`);
  const server = http.createServer(async (req, res) => {
    res.sendDate = false;
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    state.requests.push({ method: req.method, path, t: Date.now() });
    const headers = {};
    if (!state.noDate) headers['Date'] = dateHeader();
    if (!state.configSet) state.config = defaultConfig;
    if (state.csp) {
      const policy = cspPolicy(indexHtml, state.config);
      headers['Content-Security-Policy'] = state.cspEdit ? state.cspEdit(policy) : policy;
    }
    const send = (status, type, body, extra = {}) => {
      res.writeHead(status, { ...headers, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'text/plain', 'method not allowed', { Allow: 'GET, HEAD' });
    }
    if (path === '/config.json') {
      if (state.config === null) return send(404, 'text/plain', 'no config', { 'Cache-Control': 'no-store' });
      const body = typeof state.config === 'string' ? state.config : JSON.stringify(state.config, null, 2);
      return send(200, MIME['.json'], body, { 'Cache-Control': 'no-store' });
    }
    // A file the server "does not have" (an IIS without the .wasm MIME map answers 404.3).
    if (state.missing && state.missing.test(path)) return send(404, 'text/plain', 'not found');
    const rel = path === '/' || path.endsWith('/') ? join(path, 'index.html') : path;
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep)) return send(403, 'text/plain', 'forbidden');
    let body;
    try {
      body = await readFile(file);
    } catch {
      return send(404, 'text/plain', 'not found');
    }
    const isIndex = path === '/' || rel.endsWith('index.html');
    const extra = isIndex ? { 'Cache-Control': 'no-store' } : { 'Cache-Control': 'no-cache' };
    if (isIndex && inject) body = injected(body.toString('utf8'));
    send(200, MIME[extname(file)] ?? 'application/octet-stream', body, extra);
  });
  const port = await listenLocal(server);
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/`,
    port,
    get requests() {
      return state.requests;
    },
    setClockOffset(ms) {
      state.clockOffsetMs = ms;
      state.rendered = null;
    },
    /** `'exact'` (a fresh Date on every answer) or `'hyper'` (reused for up to a second). */
    setDateCache(mode) {
      if (mode !== 'exact' && mode !== 'hyper') throw new Error(`unknown dateCache ${mode}`);
      state.dateCache = mode;
      state.rendered = null;
    },
    /** Send (or stop sending) the Content-Security-Policy header. */
    setCsp(v) {
      if (v && !cspPolicy) throw new Error('start the server with csp: true');
      state.csp = v;
    },
    /** Change the policy sent (`(policy) => policy'`), e.g. drop 'wasm-unsafe-eval'; null: as computed. */
    setCspEdit(fn) {
      state.cspEdit = fn;
    },
    /** Answer 404 for every path matching `re` (null: serve everything). */
    setMissing(re) {
      state.missing = re;
    },
    setNoDate(v) {
      state.noDate = v;
    },
    /** object → JSON, string → raw text, null → 404. */
    setConfig(value) {
      state.config = value;
      state.configSet = true;
    },
    close() {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

/** Used when a test sets no config: one local mock-free endpoint on a `.invalid` host. */
export const defaultConfig = {
  organization: 'E2E Org',
  helpdesk: { email: 'help@e2e.example' },
  clock: { source: '/', warn_seconds: 60, fail_seconds: 300 },
  network: {
    timeout_ms: 5000,
    endpoints: [{ id: 'login', label: 'Sign-in', url: 'http://login.invalid/', expect: 'any' }],
    controls: [],
  },
};

/**
 * A config.json pointing at chosen URLs.
 * `endpoints` / `controls`: arrays of { id, url, expect?, label? }.
 */
export function makeConfig({ endpoints, controls = [], timeoutMs = 5000, clock = {} } = {}) {
  const entry = (e) => ({ id: e.id, label: e.label ?? e.id, url: e.url });
  for (const e of [...endpoints, ...controls]) assertLocal(e.url);
  return {
    organization: 'E2E Org',
    helpdesk: { email: 'help@e2e.example' },
    clock: { source: '/', warn_seconds: 60, fail_seconds: 300, ...clock },
    network: {
      timeout_ms: timeoutMs,
      endpoints: endpoints.map((e) => ({ ...entry(e), expect: e.expect ?? 'any' })),
      controls: controls.map(entry),
    },
  };
}

/** Tests must never point the page at a real host. */
export function assertLocal(url) {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && !host.endsWith('.invalid')) {
    throw new Error(`test config must only use 127.0.0.1 or *.invalid hosts, not ${url}`);
  }
}

// ---------------------------------------------------------------------------------------
// Mock endpoints: each its own listener (own origin), each counting what it received.

const OPENID_BODY = JSON.stringify({
  issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0',
  authorization_endpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
  token_endpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
  jwks_uri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
  response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
});

/** Well-formed OpenID JSON, but not from Microsoft: an impostor's issuer (a proxy or portal
 *  answering in Microsoft's place). */
const OPENID_WRONG_ISSUER = JSON.stringify({
  issuer: 'https://sso.proxy.invalid/{tenantid}/v2.0',
  authorization_endpoint: 'https://sso.proxy.invalid/authorize',
  token_endpoint: 'https://sso.proxy.invalid/token',
});

const BLOCK_PAGE =
  '<!doctype html><html><head><title>Access denied</title></head><body><h1>Blocked by policy</h1>' +
  '<p>The site you requested is not allowed by your organization\'s web filter.</p></body></html>';

/** An HTTP mock; `handle(req, res, mock)` answers. Counts requests. */
async function httpMock(name, handle, { tls } = {}) {
  const mock = { name, count: 0, connections: 0, requests: [], timers: new Set() };
  const onRequest = (req, res) => {
    mock.count++;
    mock.requests.push({ method: req.method, url: req.url, t: Date.now(), origin: req.headers.origin ?? null });
    res.setHeader('Cache-Control', 'no-store');
    handle(req, res, mock);
  };
  const server = tls ? https.createServer(tls, onRequest) : http.createServer(onRequest);
  server.on('connection', () => mock.connections++);
  server.on('tlsClientError', () => {
    mock.tlsErrors = (mock.tlsErrors ?? 0) + 1;
  });
  const port = await listenLocal(server);
  mock.port = port;
  mock.url = `${tls ? 'https' : 'http'}://127.0.0.1:${port}/${name}`;
  mock.close = () => {
    for (const t of mock.timers) clearTimeout(t);
    server.closeAllConnections?.();
    return new Promise((r) => server.close(() => r()));
  };
  return mock;
}

const plain = (status, body = 'mock', type = 'text/plain; charset=utf-8', extra = {}) => (req, res) => {
  res.writeHead(status, { 'Content-Type': type, ...extra });
  res.end(body);
};

/** A listener that accepts connections and never answers (until `close`). */
async function blackholeMock(name) {
  const sockets = new Set();
  const mock = { name, count: 0, connections: 0, closed: 0, get open() { return sockets.size; } };
  const server = net.createServer((socket) => {
    mock.connections++;
    mock.count++;
    sockets.add(socket);
    socket.on('data', () => {}); // read and ignore the request
    socket.on('error', () => {});
    socket.on('close', () => {
      sockets.delete(socket);
      mock.closed++;
    });
  });
  const port = await listenLocal(server);
  mock.port = port;
  mock.url = `http://127.0.0.1:${port}/${name}`;
  mock.close = () => {
    for (const s of sockets) s.destroy();
    return new Promise((r) => server.close(() => r()));
  };
  return mock;
}

let certCache;
/** A self-signed key+cert for 127.0.0.1, made once per process with openssl. */
export function selfSignedCert() {
  if (certCache) return certCache;
  const dir = mkdtempSync(join(tmpdir(), 'e2e-tls-'));
  const r = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-days', '1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
    { encoding: 'utf8' },
  );
  if (r.error || r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `openssl could not make the test certificate (${r.error?.message ?? r.stderr}). Install: apt-get install -y openssl`,
    );
  }
  certCache = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  rmSync(dir, { recursive: true, force: true });
  return certCache;
}

/** A port with nothing listening: grab a free one, then close it. */
async function refusedMock(name) {
  const port = await freePort();
  return { name, port, url: `http://127.0.0.1:${port}/${name}`, count: 0, close: async () => {} };
}

/**
 * Starts every mock. Returns an object keyed by mock name, plus `extraBlackholes(n)` and
 * `closeAll()`. Names: ok200, notFound404, error500, redirect, slow, blackhole, refused,
 * dnsFail, tlsFail, openidCors, openidNoCors, openidWrongBody, openidWrongIssuer.
 */
export async function startMocks({ slowMs = 2500 } = {}) {
  const m = {};
  const all = [];
  const add = (mock) => {
    all.push(mock);
    return mock;
  };
  m.ok200 = add(await httpMock('ok200', plain(200, 'ok')));
  m.notFound404 = add(await httpMock('notFound404', plain(404, 'not found')));
  m.error500 = add(await httpMock('error500', plain(500, 'internal error')));
  m.redirect = add(
    await httpMock('redirect', (req, res) => {
      res.writeHead(302, { Location: m.ok200.url + '?from=redirect', 'Content-Type': 'text/plain' });
      res.end('moved');
    }),
  );
  m.slow = add(
    await httpMock('slow', (req, res, mock) => {
      const t = setTimeout(() => {
        mock.timers.delete(t);
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('slow');
      }, slowMs);
      mock.timers.add(t);
    }),
  );
  m.blackhole = add(await blackholeMock('blackhole'));
  m.refused = add(await refusedMock('refused'));
  m.dnsFail = { name: 'dnsFail', url: `http://blocked.invalid:${m.ok200.port}/dnsFail`, count: 0, close: async () => {} };
  m.tlsFail = add(await httpMock('tlsFail', plain(200, 'tls ok'), { tls: selfSignedCert() }));
  const cors = { 'Access-Control-Allow-Origin': '*' };
  m.openidCors = add(await httpMock('openidCors', plain(200, OPENID_BODY, 'application/json', cors)));
  m.openidNoCors = add(await httpMock('openidNoCors', plain(200, OPENID_BODY, 'application/json')));
  m.openidWrongBody = add(await httpMock('openidWrongBody', plain(200, BLOCK_PAGE, 'text/html; charset=utf-8', cors)));
  m.openidWrongIssuer = add(await httpMock('openidWrongIssuer', plain(200, OPENID_WRONG_ISSUER, 'application/json', cors)));
  m.extraBlackholes = async (n) => {
    const list = [];
    for (let i = 0; i < n; i++) list.push(add(await blackholeMock(`blackhole${i + 1}`)));
    return list;
  };
  m.closeAll = () => Promise.all(all.map((x) => x.close()));
  return m;
}
