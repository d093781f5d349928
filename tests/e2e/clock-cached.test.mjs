// The clock check against a server that reuses its rendered `Date` for up to a second, the
// way hyper (and so `trunk serve`) does: the page must not claim a precision it did not
// verify. At every step, the `data-uncertainty-ms` it shows covers the true error, and once
// finished it says it fell back to the coarse bound (report: refined false, coarse_reason).
// And the same page against a server that stamps every answer still verifies below a second.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { e2eWithLogin } from './helpers.mjs';

const CLOCK = '[data-check="clock"]';
const FINISH_WAIT_MS = 25000;
/** Date.now() in node and in Chromium truncate to whole ms on the same system clock. */
const SLACK_MS = 3;

const file = e2eWithLogin();

/** Opens the page against a `mode` server whose clock is `offsetMs` behind ours; waits until
 * the measurement finished; returns the final card, the shown timeline and the report. */
async function measure(mode, offsetMs) {
  const { page, server } = file.e2e;
  server.setConfig(file.config);
  server.setNoDate(false);
  server.setDateCache(mode);
  server.setClockOffset(offsetMs);
  await page.openPage();
  await page.waitFor(CLOCK, (s) => s.attrs?.['aria-busy'] === 'false' && s.attrs['data-status'] !== 'running',
    FINISH_WAIT_MS, 'the finished clock measurement');
  const card = await page.seeStatus('clock');
  const shown = (await page.timeline()).filter((e) => e.check === 'clock' && e['offset-ms'] !== null);
  const report = JSON.parse(await file.e2e.session.execute(`return document.querySelector('[data-report]').textContent`));
  return { card, shown, report };
}

/** Each shown offset ± uncertainty contains the true offset. */
function assertCovers(shown, offsetMs) {
  assert.ok(shown.length > 0, 'no offset was shown');
  for (const e of shown) {
    const error = Math.abs(Number(e['offset-ms']) - offsetMs);
    assert.ok(error <= Number(e['uncertainty-ms']) + SLACK_MS,
      `shown ${e['offset-ms']} ± ${e['uncertainty-ms']} ms at ${Math.round(e.t)} ms does not cover the true ${offsetMs} ms`);
  }
}

for (const offsetMs of [0, -2200]) {
  test(`clock, server reusing its Date (hyper), true offset ${offsetMs} ms: coarse bound, covers the truth, says so`, async () => {
    const { card, shown, report } = await measure('hyper', offsetMs);
    const evidence = JSON.stringify(card.attrs);
    assert.equal(card.status, 'ok', `data-status; DOM: ${evidence}`);
    assertCovers(shown, offsetMs);
    // No false precision: every bound shown covers the truth (assertCovers) and none is
    // reported as verified. The coarse bound itself may be narrower than a second: the
    // page's own requests to the same server (the network check's request to the page, the
    // lazily loaded script module) refresh its cached Date at moments the clock check did not
    // choose, and the bounds that hold for a caching server can then meet closely (seen:
    // ± 64 ms around the truth; modelled in core's clock tests). That is proven, not claimed.
    assert.equal(report.clock.refined, false, 'report.clock.refined');
    assert.equal(report.clock.coarse_reason, 'date-reused', 'report.clock.coarse_reason');
    assert.equal(String(report.clock.uncertainty_ms), card.attrs['data-uncertainty-ms'], 'report = DOM');
    // The words: never more than verified.
    assert.doesNotMatch(card.text, /tenth/, card.text);
    const coarse = await file.e2e.session.execute(`const c = document.querySelector('${CLOCK} [data-coarse]'); return c && c.getAttribute('data-coarse');`);
    assert.equal(coarse, 'date-reused', 'the card says why the measurement stayed coarse');
    if (offsetMs === 0) assert.match(card.text, /less than (a second|2 seconds) off/, card.text);
    else assert.match(card.text, /seconds behind|seconds off/, card.text);
  });
}

for (const offsetMs of [0, -2200]) {
  test(`clock, server stamping every answer, true offset ${offsetMs} ms: verified below a second`, async () => {
    const { card, shown, report } = await measure('exact', offsetMs);
    const evidence = JSON.stringify(card.attrs);
    assertCovers(shown, offsetMs);
    assert.ok(card.uncertaintyMs <= 100, `not refined: ± ${card.uncertaintyMs} ms; DOM: ${evidence}`);
    assert.equal(report.clock.refined, true, 'report.clock.refined');
    assert.equal(report.clock.coarse_reason, undefined, 'report.clock.coarse_reason is left out when refined');
    assert.doesNotMatch(card.text, /tenth/, card.text);
  });
}
