// The clock's claims on a slow computer (Chromium only: DevTools CPU throttling, 4× slower,
// what an old office laptop running Teams, an antivirus and a VPN client feels like). Every
// estimate the page shows on the way (each data-offset-ms / data-uncertainty-ms pair the
// recorder saw, interim ones included) must cover the server's true offset, against a server
// that stamps every answer. Times are the bench's business (`make bench`), not this test's.
//
// E2E_THROTTLED_RUNS sets the number of navigations (default 8); a bug that shows once in
// many navigations needs more, e.g. E2E_THROTTLED_RUNS=40 scripts/file.e2e.sh tests/e2e/clock-throttled.test.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { e2eWithLogin } from './helpers.mjs';

const CLOCK = '[data-check="clock"]';
const RATE = 4;
const RUNS = Number(process.env.E2E_THROTTLED_RUNS ?? 8);
const FINISH_WAIT_MS = 30000;
/** Date.now() in node and in Chromium read the same system clock, in whole ms. */
const SLACK_MS = 3;
const MIN = 60_000;
/** The computer ahead by these (the server behind): the issue's 28 minutes among them. */
const OFFSETS = [28 * MIN, -2200, 0, 2437, -47_000, 7 * MIN, -3 * MIN, 999];

const file = e2eWithLogin((e2e) => file.e2e.session.throttleCpu(RATE));

test(`clock, CPU ${RATE}× slower: every estimate shown covers the true offset (${RUNS} navigations)`, async (t) => {
  const { page, server } = file.e2e;
  server.setConfig(file.config);
  let verified = 0;
  let pairs = 0;
  const widths = [];
  for (let i = 0; i < RUNS; i++) {
    const truth = OFFSETS[i % OFFSETS.length];
    server.setClockOffset(truth);
    await page.openPage();
    await page.waitFor(CLOCK, (s) => s.attrs?.['aria-busy'] === 'false' && s.attrs['data-status'] !== 'running',
      FINISH_WAIT_MS, 'the finished clock measurement');
    const shown = (await page.timeline()).filter((e) => e.check === 'clock' && e['offset-ms'] !== null);
    assert.ok(shown.length > 0, `run ${i}: no estimate shown`);
    for (const e of shown) {
      const error = Math.abs(Number(e['offset-ms']) - truth);
      assert.ok(error <= Number(e['uncertainty-ms']) + SLACK_MS,
        `run ${i}: shown ${e['offset-ms']} ± ${e['uncertainty-ms']} ms at ${Math.round(e.t)} ms does not cover the true ${truth} ms ` +
        `(off by ${error} ms); everything shown: ${shown.map((x) => `${x['offset-ms']}±${x['uncertainty-ms']}`).join(', ')}`);
    }
    pairs += shown.length;
    const report = JSON.parse(await file.e2e.session.execute(`return document.querySelector('[data-report]').textContent`));
    if (report.clock.refined) verified++;
    widths.push(Number(shown.at(-1)['uncertainty-ms']));
  }
  t.diagnostic(`${pairs} estimates shown in ${RUNS} navigations, ${verified} verified; final ± ${widths.join(', ')} ms`);
  // The verified claims were among those checked (a stamping server passes the check; on a
  // busy machine a run may still end coarse, which is honest, so one is enough here).
  assert.ok(verified >= 1, `none of ${RUNS} navigations ended verified`);
});
