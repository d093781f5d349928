// The page under the Content-Security-Policy that scripts/post-build/csp.mjs computes for the build
// and the served config (what IT deploys): it must start, probe and report without a
// single CSP violation or uncaught error. Also checks that csp.mjs's DEFAULT_ORIGINS list
// agrees with the page's built-in endpoints (core/src/network.rs).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E } from './helpers.mjs';
import { makeConfig } from './server.mjs';
import { DEFAULT_ORIGINS } from '../../scripts/post-build/csp.mjs';

let e2e;
before(async () => {
  e2e = await startE2E({ csp: true });
});
after(async () => {
  await e2e?.stop();
});

test('csp: the page works under its own Content-Security-Policy', async () => {
  const { page, server, mocks: m } = e2e;
  server.setConfig(makeConfig({
    endpoints: [
      { id: 'login', url: m.openidCors.url, expect: 'openid-configuration' },
      { id: 'teams', url: m.ok200.url },
      { id: 'graph', url: m.redirect.url },
    ],
    controls: [{ id: 'intranet', url: m.notFound404.url }],
  }));
  await page.openPage();
  await page.assertHealthy();
});

test('csp: built-in endpoints (config.json unusable) match csp.mjs DEFAULT_ORIGINS, no violation', async () => {
  const { page, server } = e2e;
  server.setConfig('{ "clock": ');
  await page.openPage();
  await page.waitForVerdict('network', 10000);
  const rows = await page.endpoints();
  const origins = Object.entries(rows)
    .filter(([id]) => id !== 'self')
    .map(([id, r]) => {
      assert.ok(r.host, `row ${id} has no .ep-host text: ${r.text}`);
      return `https://${r.host}`;
    });
  assert.deepEqual([...new Set(origins)].sort(), [...DEFAULT_ORIGINS].sort(),
    'scripts/post-build/csp.mjs DEFAULT_ORIGINS and the page built-in endpoints differ');
  // Every one of them was stopped by the browser's resolver rules (nothing left the machine).
  for (const [id, r] of Object.entries(rows)) if (id !== 'self') assert.equal(r.status, 'fail', `${id}: ${r.text}`);
  assert.deepEqual(await page.problems(), { errors: [], cspViolations: [], fatal: null });
});
