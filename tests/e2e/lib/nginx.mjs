// A real nginx for the end-to-end tests: serves a copy of the built page with exactly the
// configuration the README gives IT (its two ```nginx blocks, taken from README.md at run
// time), on a free 127.0.0.1 port, as a child process that the test stops. Everything nginx
// writes (pid, logs, temp folders) lives in one temporary folder that `close()` removes, so
// a run leaves nothing behind, also when run as root.

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './net.mjs';

export const NGINX_INSTALL_HINT =
  'nginx not found: run `make test` (scripts/tools.sh installs it) or `apt-get install -y nginx libnginx-mod-http-brotli-static`';

/** Where the README's configuration expects the page (replaced by the test's copy). */
export const README_ROOT = '/srv/teams-check/';
/** The URL path the README's configuration serves the page under. */
export const README_PATH = '/teams-check/';

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
 * The README's nginx configuration: the fenced ```nginx block after each of the markers
 * `<!-- nginx:http -->` (goes into the `http {}` block) and `<!-- nginx:server -->`
 * (goes into a `server {}` block). Throws when either is missing, so the README cannot
 * drift away from what is tested.
 */
export function readmeNginx(readme) {
  const block = (marker) => {
    const at = readme.indexOf(marker);
    if (at < 0) throw new Error(`README.md has no ${marker} marker before its nginx configuration`);
    const m = /```nginx\n([\s\S]*?)```/.exec(readme.slice(at));
    if (!m) throw new Error(`README.md has no \`\`\`nginx block after ${marker}`);
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
 * test config.json and re-run scripts/post-build/csp.mjs), then starts nginx with the README's
 * configuration (its /srv/teams-check/ replaced by the copy). Returns
 * `{ origin, url, dir, port, accessLog(), errorLog(), close() }`.
 */
export async function startNginx({ dist, readme, prepare } = {}) {
  const bin = nginxBinary();
  const conf = readmeNginx(readme);
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
    if (usesBrotli && !module) throw new Error(`the README's nginx configuration uses brotli_static: ${NGINX_INSTALL_HINT}`);
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
      // From here on: the README, verbatim but for the folder.
      conf.http.split(README_ROOT).join(root),
      '  server {',
      `    listen 127.0.0.1:${port};`,
      '    server_name localhost;',
      conf.server.split(README_ROOT).join(root),
      '  }',
      '}',
      '',
    ].join('\n');
    writeFileSync(join(tmp, 'nginx.conf'), text);
    const check = spawnSync(bin, ['-t', '-p', tmp, '-c', join(tmp, 'nginx.conf'), '-e', join(tmp, 'logs/error.log')], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`nginx -t refused the README's configuration:\n${check.stderr}\n--- nginx.conf ---\n${text}`);
    child = spawn(bin, ['-p', tmp, '-c', join(tmp, 'nginx.conf'), '-e', join(tmp, 'logs/error.log')], { stdio: 'ignore' });
    await waitForPort(port, 5000, child, join(tmp, 'logs/error.log'));
    const origin = `http://127.0.0.1:${port}`;
    return {
      origin,
      url: `${origin}${README_PATH}`,
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
