// A real nginx for the end-to-end tests: serves a copy of the built page with exactly the
// configuration the IT guide gives IT (its two ```nginx blocks, taken from docs/it-guide.md at
// run time), on a free 127.0.0.1 port, as a child process that the test stops. Everything nginx
// writes (pid, logs, temp folders) lives in one temporary folder that `close()` removes, so
// a run leaves nothing behind, also when run as root.

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './net.mjs';

export const NGINX_INSTALL_HINT =
  'nginx not found: run `make test` (scripts/tools.sh installs it) or `apt-get install -y nginx libnginx-mod-http-brotli-static`';

/** The IT guide, whose nginx configuration is tested as it is written there. */
export const GUIDE = fileURLToPath(new URL('../../../docs/it-guide.md', import.meta.url));
/** Where the guide's configuration expects the page (replaced by the test's copy). */
export const GUIDE_ROOT = '/srv/teams-check/';
/** The URL path the guide's configuration serves the page under. */
export const GUIDE_PATH = '/teams-check/';

/** nginx's binary: $NGINX_BIN, PATH, or Debian's /usr/sbin/nginx. Throws the install hint. */
export function nginxBinary() {
  const candidates = [process.env.NGINX_BIN, ...((process.env.PATH ?? '').split(':').map((d) => join(d, 'nginx'))), '/usr/sbin/nginx'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  throw new Error(NGINX_INSTALL_HINT);
}

/** Debian's dynamic brotli_static module, or null when it is not installed. */
export function brotliModule() {
  for (const p of ['/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', '/usr/share/nginx/modules/ngx_http_brotli_static_module.so']) {
    if (existsSync(p)) return p;
  }
  return null;
}

/**
 * The IT guide's nginx configuration: the fenced ```nginx block after each of the markers
 * `<!-- nginx:http -->` (goes into the `http {}` block) and `<!-- nginx:server -->`
 * (goes into a `server {}` block). Throws when either is missing, so the guide cannot
 * drift away from what is tested.
 */
export function guideNginx(guide) {
  const block = (marker) => {
    const at = guide.indexOf(marker);
    if (at < 0) throw new Error(`docs/it-guide.md has no ${marker} marker before its nginx configuration`);
    const m = /```nginx\n([\s\S]*?)```/.exec(guide.slice(at));
    if (!m) throw new Error(`docs/it-guide.md has no \`\`\`nginx block after ${marker}`);
    return m[1];
  };
  return { http: block('<!-- nginx:http -->'), server: block('<!-- nginx:server -->') };
}

function waitForPort(port, timeoutMs, child, errLog) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) {
        return reject(new Error(`nginx exited with ${child.exitCode}: ${readLog(errLog)}`));
      }
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => { s.destroy(); resolve(); });
      s.once('error', () => {
        s.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on ${port} within ${timeoutMs} ms: ${readLog(errLog)}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

function readLog(path) {
  try {
    return readFileSync(path, 'utf8').slice(-2000);
  } catch {
    return '(no error log)';
  }
}

/**
 * Copies `dist` to `<tmp>/srv/teams-check/`, lets `prepare(dir)` change the copy (e.g. write a
 * test config.json and re-run scripts/post-build/csp.mjs), then starts nginx with the IT guide's
 * configuration (its /srv/teams-check/ replaced by the copy). Returns
 * `{ origin, url, dir, port, accessLog(), errorLog(), close() }`.
 */
export async function startNginx({ dist, prepare } = {}) {
  const bin = nginxBinary();
  const conf = guideNginx(readFileSync(GUIDE, 'utf8'));
  const tmp = mkdtempSync(join(tmpdir(), 'e2e-nginx-'));
  let child;
  const close = async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      try { process.kill(child.pid, 'SIGTERM'); } catch { /* gone */ }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ }
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const dir = join(tmp, 'srv/teams-check');
    mkdirSync(dir, { recursive: true });
    cpSync(dist, dir, { recursive: true });
    if (prepare) await prepare(dir);
    for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'logs']) mkdirSync(join(tmp, d));
    const port = await freePort();
    const root = `${dir}/`;
    const module = brotliModule();
    const usesBrotli = /\bbrotli_static\b/.test(conf.server + conf.http);
    if (usesBrotli && !module) throw new Error(`the IT guide's nginx configuration uses brotli_static: ${NGINX_INSTALL_HINT}`);
    const text = [
      // The test's own frame: one process in the foreground, files in tmp, loopback only.
      usesBrotli ? `load_module ${module};` : '',
      'daemon off;',
      'master_process off;',
      'worker_processes 1;',
      `pid ${tmp}/nginx.pid;`,
      `error_log ${tmp}/logs/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${tmp}/logs/access.log;`,
      `  client_body_temp_path ${tmp}/body; proxy_temp_path ${tmp}/proxy; fastcgi_temp_path ${tmp}/fastcgi;`,
      `  uwsgi_temp_path ${tmp}/uwsgi; scgi_temp_path ${tmp}/scgi;`,
      // From here on: the IT guide, verbatim but for the folder.
      conf.http.split(GUIDE_ROOT).join(root),
      '  server {',
      `    listen 127.0.0.1:${port};`,
      '    server_name localhost;',
      conf.server.split(GUIDE_ROOT).join(root),
      '  }',
      '}',
      '',
    ].join('\n');
    writeFileSync(join(tmp, 'nginx.conf'), text);
    const check = spawnSync(bin, ['-t', '-p', tmp, '-c', join(tmp, 'nginx.conf'), '-e', join(tmp, 'logs/error.log')], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`nginx -t refused the IT guide's configuration:\n${check.stderr}\n--- nginx.conf ---\n${text}`);
    child = spawn(bin, ['-p', tmp, '-c', join(tmp, 'nginx.conf'), '-e', join(tmp, 'logs/error.log')], { stdio: 'ignore' });
    await waitForPort(port, 5000, child, join(tmp, 'logs/error.log'));
    const origin = `http://127.0.0.1:${port}`;
    return {
      origin,
      url: `${origin}${GUIDE_PATH}`,
      dir,
      port,
      config: text,
      accessLog: () => readLog(join(tmp, 'logs/access.log')),
      errorLog: () => readLog(join(tmp, 'logs/error.log')),
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
