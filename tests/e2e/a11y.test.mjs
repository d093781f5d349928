// Accessibility: axe-core (WCAG 2 A + AA rules) on the real page in its main states; any
// violation of impact serious or critical fails, listed with the offending nodes.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E } from './helpers.mjs';
import { makeConfig } from './server.mjs';

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.stop();
});

const show = (violations) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.html}`).join('\n    ')}`).join('\n');

const STATES = [
  {
    name: 'all good (clock ok, all reachable)',
    offsetMs: 0,
    config: (m) => makeConfig({
      endpoints: [{ id: 'login', url: m.openidCors.url, expect: 'openid-configuration' }, { id: 'teams', url: m.ok200.url }],
      controls: [{ id: 'intranet', url: m.ok200.url + '/intranet' }],
    }),
  },
  {
    name: 'problems (clock fail with time-zone hint, intercepted, config notice)',
    offsetMs: 60 * 60_000,
    config: (m) => {
      const c = makeConfig({
        endpoints: [{ id: 'login', url: m.openidWrongBody.url, expect: 'openid-configuration' }, { id: 'teams', url: m.refused.url }],
        controls: [{ id: 'intranet', url: m.ok200.url + '/intranet' }],
      });
      c.clock.warn_seconds = 'sixty'; // a wrong type: a config notice, the default is used
      return c;
    },
  },
];

test('a11y: no serious or critical WCAG 2 A/AA violation', async (t) => {
  for (const s of STATES) {
    await t.test(s.name, async () => {
      const { page, server, mocks } = e2e;
      server.setConfig(s.config(mocks));
      server.setClockOffset(s.offsetMs);
      await page.openPage();
      await page.waitForVerdict('clock');
      await page.waitForVerdict('network', 10000);
      const violations = await page.axeScan();
      assert.deepEqual(violations.map((v) => v.id), [], show(violations));
    });
  }
});
