// What the network check can and cannot see: an OpenID answer whose issuer is not
// a Microsoft sign-in host is "something answered in Microsoft's place" (an answer the browser
// may not read is only "answered, cannot check"); the words say what
// was observed (block page, proxy sign-in page, guest Wi-Fi login page), never that TLS
// inspection was seen, and the card says that a browser cannot see certificates.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E } from './helpers.mjs';
import { makeConfig } from './server.mjs';

const NET = '[data-check="network"]';

let e2e;
let m;

before(async () => {
  e2e = await startE2E();
  m = e2e.mocks;
});

after(async () => {
  await e2e?.stop();
});

async function run(endpoints) {
  const { page, server } = e2e;
  server.setConfig(makeConfig({ endpoints, controls: [{ id: 'intranet', url: m.ok200.url + '/intranet' }] }));
  await page.openPage();
  await page.waitFor(NET, (s) => s.attrs?.['data-pattern'] !== undefined, 15000, 'the network pattern');
  return { s: await page.seeStatus('network'), rows: await page.endpoints() };
}

test('network: JSON with an impostor issuer → intercepted, with words for what was observed', async () => {
  const { s, rows } = await run([
    { id: 'login', url: m.openidWrongIssuer.url, expect: 'openid-configuration' },
    { id: 'teams', url: m.ok200.url },
  ]);
  assert.equal(s.pattern, 'intercepted', `DOM: ${JSON.stringify(s.attrs)}`);
  assert.equal(rows.login?.status, 'intercepted', JSON.stringify(rows));
  assert.ok(m.openidWrongIssuer.count >= 1, 'the mock was asked');
  assert.match(s.text, /in Microsoft's place/, s.text);
  assert.match(s.text, /guest Wi-Fi login page/, s.text);
  assert.doesNotMatch(s.text, /TLS inspection is intercepting/, s.text);
  const caveat = await e2e.session.execute(`const c = document.querySelector('${NET} [data-caveat="tls"]'); return c && c.textContent;`);
  assert.match(caveat ?? '', /certificates/, 'the card says a browser cannot see certificates');
});

test('network: Microsoft\'s configuration without CORS → answered, cannot check, not intercepted', async () => {
  const { s, rows } = await run([
    { id: 'login', url: m.openidNoCors.url, expect: 'openid-configuration' },
    { id: 'teams', url: m.ok200.url },
  ]);
  assert.equal(s.pattern, 'all-reachable', `DOM: ${JSON.stringify(s.attrs)}; rows ${JSON.stringify(rows)}`);
  assert.equal(rows.login?.status, 'ok', JSON.stringify(rows));
  assert.ok(m.openidNoCors.count >= 1, 'the mock was asked');
  assert.match(rows.login.text, /not allowed to read the answer/, rows.login.text);
  assert.doesNotMatch(rows.login.text, /in Microsoft's place/, rows.login.text);
  assert.doesNotMatch(s.text, /in Microsoft's place/, s.text);
});

test('network: Microsoft\'s issuer still passes', async () => {
  const { s, rows } = await run([
    { id: 'login', url: m.openidCors.url, expect: 'openid-configuration' },
    { id: 'teams', url: m.ok200.url },
  ]);
  assert.equal(s.pattern, 'all-reachable', `DOM: ${JSON.stringify(s.attrs)}; rows ${JSON.stringify(rows)}`);
  assert.equal(rows.login?.status, 'ok');
});
