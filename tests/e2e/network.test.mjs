// The reachability check, end to end: the built page probing local mock endpoints that
// answer, fail, hang, or impersonate Microsoft. One browser session; a config per case.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, sleep } from './helpers.mjs';
import { makeConfig } from './server.mjs';

const NET = '[data-check="network"]';
const SLACK_MS = 500; // the whole check must finish within timeout_ms + this

let e2e;
let m; // the mocks

before(async () => {
  e2e = await startE2E();
  m = e2e.mocks;
});

after(async () => {
  await e2e?.stop();
});

/** Serves `config`, opens the page, waits for the network verdict; returns rows and timing. */
async function runCheck(config) {
  const { page, server } = e2e;
  server.setConfig(config);
  await page.openPage();
  await page.waitFor(NET, (s) => s.attrs?.['data-pattern'] !== undefined, config.network.timeout_ms + 10000, 'the network pattern');
  return collect();
}

/** The check's state, its rows, and how long it ran (page clock, from the recorder). */
async function collect(sinceT = 0) {
  const { page } = e2e;
  const s = await page.seeStatus('network');
  const rows = await page.endpoints();
  const events = (await page.timeline()).filter((e) => e.check === 'network' && e.t >= sinceT);
  // After "Check again" the status may stay `running` (no new event): count from sinceT then.
  const running = sinceT > 0 ? { t: sinceT } : events.find((e) => e.status === 'running');
  const done = events.find((e) => e.pattern !== null && running && e.t >= running.t);
  return { s, rows, events, ms: running && done ? done.t - running.t : NaN, runningT: running?.t, doneT: done?.t };
}

function assertStatuses(rows, expected, evidence) {
  const got = Object.fromEntries(Object.keys(expected).map((id) => [id, rows[id]?.status]));
  assert.deepEqual(got, expected, `per-endpoint data-status; rows: ${JSON.stringify(rows, null, 1).slice(0, 4000)}${evidence ?? ''}`);
}

test('network: every kind of endpoint gets its status, within timeout + 0.5 s', async () => {
  const config = makeConfig({
    timeoutMs: 5000,
    endpoints: [
      { id: 'ok200', url: m.ok200.url },
      { id: 'notfound', url: m.notFound404.url },
      { id: 'err500', url: m.error500.url },
      { id: 'redirect', url: m.redirect.url },
      { id: 'slow', url: m.slow.url },
      { id: 'blackhole', url: m.blackhole.url },
      { id: 'refused', url: m.refused.url },
      { id: 'dnsfail', url: m.dnsFail.url },
      { id: 'tlsfail', url: m.tlsFail.url },
      { id: 'openid-cors', url: m.openidCors.url, expect: 'openid-configuration' },
      { id: 'openid-nocors', url: m.openidNoCors.url, expect: 'openid-configuration' },
      { id: 'openid-wrong', url: m.openidWrongBody.url, expect: 'openid-configuration' },
    ],
  });
  const r = await runCheck(config);
  assertStatuses(r.rows, {
    ok200: 'ok',
    notfound: 'ok',
    err500: 'ok',
    redirect: 'ok',
    slow: 'slow',
    blackhole: 'timeout',
    refused: 'fail',
    dnsfail: 'fail',
    tlsfail: 'fail',
    'openid-cors': 'ok',
    // Answered, but unreadable without CORS: reachable, never "intercepted" (only a readable,
    // wrong body is evidence of something in Microsoft's place).
    'openid-nocors': 'ok',
    'openid-wrong': 'intercepted',
    self: 'ok',
  });
  for (const [id, row] of Object.entries(r.rows)) {
    assert.ok(Number.isFinite(row.latencyMs), `${id} has no data-latency-ms: ${JSON.stringify(row)}`);
  }
  assert.ok(r.rows.slow.latencyMs >= 2400, `slow answered after 2.5 s: ${JSON.stringify(r.rows.slow)}`);
  assert.ok(r.rows.blackhole.latencyMs >= 4900 && r.rows.blackhole.latencyMs <= 5000 + SLACK_MS,
    `blackhole latency ≈ timeout: ${JSON.stringify(r.rows.blackhole)}`);
  assert.equal(r.s.pattern, 'intercepted', `DOM: ${JSON.stringify(r.s.attrs)}`);
  assert.ok(r.ms <= 5000 + SLACK_MS, `finished ${Math.round(r.ms)} ms after it showed running (limit ${5000 + SLACK_MS}); events: ${JSON.stringify(r.events)}`);
  // The mocks really were asked (no cached or invented answers).
  for (const mock of [m.ok200, m.notFound404, m.error500, m.redirect, m.slow, m.openidCors, m.openidNoCors, m.openidWrongBody]) {
    assert.ok(mock.count >= 1, `${mock.name} received no request`);
  }
  assert.ok(m.blackhole.connections >= 1, 'the blackhole saw no connection');
  assert.ok(m.tlsFail.connections >= 1, 'the TLS mock saw no connection');
});

const PATTERNS = [
  {
    pattern: 'all-reachable',
    status: 'ok',
    config: () => makeConfig({
      endpoints: [
        { id: 'login', url: m.openidCors.url, expect: 'openid-configuration' },
        { id: 'teams', url: m.ok200.url },
        { id: 'cdn', url: m.notFound404.url },
        { id: 'graph', url: m.redirect.url },
      ],
      controls: [{ id: 'intranet', url: m.ok200.url + '/intranet' }],
    }),
    rows: { login: 'ok', teams: 'ok', cdn: 'ok', graph: 'ok', intranet: 'ok', self: 'ok' },
  },
  {
    pattern: 'partial',
    config: () => makeConfig({
      endpoints: [
        { id: 'login', url: m.openidCors.url, expect: 'openid-configuration' },
        { id: 'teams', url: m.refused.url },
        { id: 'graph', url: m.ok200.url },
      ],
      controls: [{ id: 'intranet', url: m.ok200.url + '/intranet' }],
    }),
    rows: { login: 'ok', teams: 'fail', graph: 'ok', intranet: 'ok' },
  },
  {
    pattern: 'microsoft-blocked',
    config: () => makeConfig({
      timeoutMs: 3000,
      endpoints: [
        { id: 'login', url: m.refused.url, expect: 'openid-configuration' },
        { id: 'teams', url: m.blackhole.url },
        { id: 'graph', url: m.dnsFail.url },
      ],
      controls: [{ id: 'intranet', url: m.ok200.url + '/intranet' }],
    }),
    rows: { login: 'fail', teams: 'timeout', graph: 'fail', intranet: 'ok' },
  },
  {
    pattern: 'intercepted',
    config: () => makeConfig({
      endpoints: [
        { id: 'login', url: m.openidWrongBody.url, expect: 'openid-configuration' },
        { id: 'teams', url: m.ok200.url },
      ],
      controls: [{ id: 'intranet', url: m.ok200.url + '/intranet' }],
    }),
    rows: { login: 'intercepted', teams: 'ok', intranet: 'ok' },
  },
  {
    pattern: 'offline',
    config: () => makeConfig({
      endpoints: [
        { id: 'login', url: m.refused.url, expect: 'openid-configuration' },
        { id: 'teams', url: m.dnsFail.url },
      ],
      controls: [{ id: 'intranet', url: m.refused.url + '/intranet' }],
    }),
    rows: { login: 'fail', teams: 'fail', intranet: 'fail', self: 'ok' },
  },
];

test('network: each pattern', async (t) => {
  for (const c of PATTERNS) {
    await t.test(c.pattern, async () => {
      const config = c.config();
      const r = await runCheck(config);
      assert.equal(r.s.pattern, c.pattern, `data-pattern; DOM: ${JSON.stringify(r.s.attrs)}; rows: ${JSON.stringify(r.rows)}`);
      if (c.status) assert.equal(r.s.status, c.status, `data-status; DOM: ${JSON.stringify(r.s.attrs)}`);
      assert.notEqual(r.s.status, 'running');
      assertStatuses(r.rows, c.rows);
      assert.ok(r.ms <= config.network.timeout_ms + SLACK_MS, `took ${Math.round(r.ms)} ms`);
    });
  }
});

test('network: 8 blackholed endpoints time out together (one timeout, not eight)', async () => {
  const holes = await m.extraBlackholes(8);
  const config = makeConfig({
    timeoutMs: 3000,
    endpoints: holes.map((h, i) => ({ id: `ms${i + 1}`, url: h.url, expect: i === 0 ? 'openid-configuration' : 'any' })),
  });
  const r = await runCheck(config);
  assertStatuses(r.rows, Object.fromEntries(holes.map((_, i) => [`ms${i + 1}`, 'timeout'])));
  assert.ok(r.ms <= 3000 + SLACK_MS, `finished ${Math.round(r.ms)} ms after it showed running (limit ${3000 + SLACK_MS}); events: ${JSON.stringify(r.events)}`);
  assert.ok(r.ms >= 2900, `finished after ${Math.round(r.ms)} ms, before the 3000 ms timeout`);
  for (const h of holes) assert.ok(h.connections >= 1, `${h.name} saw no connection`);
  // The deadline closed every hanging connection.
  await waitUntil(() => holes.every((h) => h.open === 0), 2000);
  assert.deepEqual(holes.map((h) => h.open), holes.map(() => 0), 'connections left open after the timeout');
});

test('network: "Check again" cancels the probes in flight and starts afresh', async () => {
  const { page } = e2e;
  const holes = await m.extraBlackholes(4);
  const timeout = 5000;
  const config = makeConfig({
    timeoutMs: timeout,
    endpoints: [
      ...holes.map((h, i) => ({ id: `hole${i + 1}`, url: h.url })),
      { id: 'login', url: m.openidCors.url, expect: 'openid-configuration' },
    ],
  });
  e2e.server.setConfig(config);
  await page.openPage();
  // First run under way: every blackhole holds one connection, login has answered.
  await waitUntil(() => holes.every((h) => h.connections === 1), 5000);
  await page.waitFor('[data-endpoint="login"]', (s) => s.attrs?.['data-status'] === 'ok', 5000, 'login ok in the first run');
  await sleep(1000);
  const loginRequests = m.openidCors.count;
  assert.equal((await page.seeStatus('network')).pattern, undefined, 'the first run must still be running');

  const clickT = await page.pageNow();
  await page.clickRetry('network');

  // The old probes are aborted at once (their sockets close long before their deadline)
  // and new ones are sent.
  await waitUntil(() => holes.every((h) => h.closed >= 1 && h.connections >= 2), 1500);
  assert.deepEqual(
    holes.map((h) => ({ connections: h.connections, closed: h.closed })),
    holes.map(() => ({ connections: 2, closed: 1 })),
    'each blackhole: the first connection closed by the retry, a second one opened',
  );
  assert.ok(m.openidCors.count > loginRequests, 'login was not probed again');

  // The rows start over: nothing from the first run is shown.
  const rowsAfterClick = await page.endpoints();
  for (let i = 1; i <= holes.length; i++) assert.equal(rowsAfterClick[`hole${i}`].status, 'running');

  await page.waitFor(NET, (s) => s.attrs?.['data-pattern'] !== undefined, timeout + 5000, 'the pattern of the second run');
  const r = await collect(clickT);
  assertStatuses(r.rows, { hole1: 'timeout', hole2: 'timeout', hole3: 'timeout', hole4: 'timeout', login: 'ok', self: 'ok' });
  const sinceClick = r.doneT - clickT;
  // Had the first run's results leaked, the verdict would come ~3.5 s after the click.
  assert.ok(sinceClick >= timeout - 100 && sinceClick <= timeout + SLACK_MS,
    `the second run ended ${Math.round(sinceClick)} ms after the click (expected ≈ ${timeout}); events: ${JSON.stringify(r.events)}`);
  for (let i = 1; i <= holes.length; i++) {
    const l = r.rows[`hole${i}`].latencyMs;
    assert.ok(l <= timeout + SLACK_MS, `hole${i} latency ${l} ms counts from the first run`);
  }
});

async function waitUntil(cond, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (!cond() && Date.now() < end) await sleep(25);
}
