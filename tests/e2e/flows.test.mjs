// User flows, end to end: the fix script shown vs. downloaded for each system, the
// diagnosis plan for what the checks found (and walking "Did this fix it?"), deep links
// valid and hostile, the helpdesk report's JSON, and an axe scan of the walked-through
// page. One browser session; every case navigates anew.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, sleep } from './helpers.mjs';
import { makeConfig } from './server.mjs';

const MIN = 60_000;
const W3C_ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

let e2e;
let m; // the mocks
let baselineScripts; // <script> elements of a page opened without a query
let baselineTitle;

/** Every alert/confirm/prompt the page (or an injected script) calls, instead of a dialog. */
const DIALOG_TRAP = `(() => {
  if (window.__dialogs) return;
  Object.defineProperty(window, '__dialogs', { value: [] });
  for (const n of ['alert', 'confirm', 'prompt', 'print']) {
    window[n] = (...a) => { window.__dialogs.push([n, ...a.map(String)]); };
  }
})();`;

before(async () => {
  e2e = await startE2E();
  m = e2e.mocks;
  await e2e.session.addInitScript(DIALOG_TRAP);
});

after(async () => {
  await e2e?.stop();
});

// ---------------------------------------------------------------------------------------
// Configs and page steps

/** Sign-in (an OpenID document) and Teams at these URLs; the intranet control answers. */
const microsoftAt = (login, teams) =>
  makeConfig({
    endpoints: [
      { id: 'login', label: 'Sign-in', url: login, expect: 'openid-configuration' },
      { id: 'teams', label: 'Teams', url: teams },
    ],
    controls: [{ id: 'intranet', label: 'Intranet', url: m.ok200.url + '/intranet' }],
  });

/** Every Microsoft endpoint and the control answer: pattern all-reachable. */
const allReachable = () => microsoftAt(m.openidCors.url, m.ok200.url);

/** Every Microsoft endpoint fails (refused, DNS), the control answers: microsoft-blocked. */
const microsoftBlocked = () => microsoftAt(m.refused.url, m.dnsFail.url);

/**
 * Serves `config` with the computer `offsetMs` ahead of the server, opens the page with
 * `query`, and waits for the clock's first verdict and the network pattern (the plan's
 * inputs). Returns both checks' states.
 */
async function open(query = '', { config = allReachable(), offsetMs = 0 } = {}) {
  const { page, server } = e2e;
  server.setConfig(config);
  server.setClockOffset(offsetMs);
  await page.openPage(query);
  const clock = await page.waitForVerdict('clock');
  const network = await page.waitForVerdict('network', config.network.timeout_ms + 5000);
  return { clock: clock.attrs, network: network.attrs };
}

/** Polls `read()` every 50 ms until `pred(value)`; on timeout throws with the last value. */
async function until(read, pred, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (pred(v)) return v;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last state: ${JSON.stringify(v, null, 1).slice(0, 3000)}`);
    }
    await sleep(50);
  }
}

/** Clicks the element `js` (a function body returning one element) finds, through WebDriver. */
async function clickFound(js, args, what) {
  const found = await e2e.session.execute(js, args);
  if (!found || !found[W3C_ELEMENT]) throw new Error(`nothing to click: ${what}`);
  await e2e.session.click(found[W3C_ELEMENT]);
}

/** The plan as shown: the steps in order, which one is current, and the outcome messages. */
function planState() {
  return e2e.session.execute(`
    const plan = document.querySelector('[data-plan]');
    const section = plan && plan.closest('section');
    const steps = plan ? [...plan.querySelectorAll('li[data-step]')] : [];
    const msg = (sel) => {
      const el = section && section.querySelector(sel);
      return el ? el.textContent.replace(/\\s+/g, ' ').trim() : null;
    };
    return {
      present: !!plan,
      tag: plan && plan.tagName,
      ids: steps.map((li) => li.getAttribute('data-step')),
      current: steps.map((li, i) => li.getAttribute('aria-current') === 'step' ? i : -1).filter((i) => i >= 0),
      withButtons: steps.map((li, i) => li.querySelector('[data-answer="yes"]') && li.querySelector('[data-answer="no"]') ? i : -1).filter((i) => i >= 0),
      answerButtons: plan ? plan.querySelectorAll('[data-answer]').length : 0,
      done: steps.map((li, i) => li.classList.contains('done') ? i : -1).filter((i) => i >= 0),
      noLabel: (plan && plan.querySelector('li[aria-current="step"] [data-answer="no"]') || {}).textContent || null,
      success: msg('.success'),
      escalate: msg('.escalate'),
    };`);
}

/** Waits until the plan shows `ids` with step `current` (a number) or no current step (null). */
function waitPlan(ids, current, what) {
  return until(
    planState,
    (s) =>
      JSON.stringify(s.ids) === JSON.stringify(ids) &&
      (current === null
        ? s.current.length === 0 && s.answerButtons === 0
        : JSON.stringify(s.current) === JSON.stringify([current]) && JSON.stringify(s.withButtons) === JSON.stringify([current])),
    5000,
    what ?? `plan ${ids.join(',')} at step ${current}`,
  );
}

/** "Did this fix it?" on the current step. */
async function answerStep(fixed) {
  await e2e.page.click(`[data-plan] li[aria-current="step"] [data-answer="${fixed ? 'yes' : 'no'}"]`);
}

async function officeAnswer(a) {
  await e2e.page.click(`[data-office-answer="${a}"]`);
  await e2e.page.waitFor(`[data-office-answer="${a}"]`, (s) => s.attrs?.['aria-pressed'] === 'true', 3000, `office answer ${a} pressed`);
}

/** Chooses an OS in the select as a user would (clicks the option). */
async function selectOs(os) {
  await e2e.page.click('#os-select');
  await e2e.page.click(`#os-select option[value="${os}"]`);
  await e2e.page.waitFor('[data-app]', (s) => s.attrs?.['data-os'] === (os || 'unknown'), 3000, `data-os=${os}`);
}

/** The report's JSON, parsed (its full text: the snapshot helper cuts text at 4000 chars). */
async function readReport() {
  const text = await e2e.session.execute(`const el = document.querySelector('[data-report]'); return el ? el.textContent : null;`);
  assert.ok(text !== null, '[data-report] missing');
  try {
    return { text, json: JSON.parse(text) };
  } catch (e) {
    throw new Error(`[data-report] is not JSON (${e.message}): ${text.slice(0, 500)}`);
  }
}

/** Asserts no uncaught error and no fatal panel since the navigation. */
async function assertNoProblems() {
  const p = await e2e.page.problems();
  assert.deepEqual({ errors: p.errors, fatal: p.fatal }, { errors: [], fatal: null }, 'page errors');
}

/** The article for `os`, in order: its fixed head (from the page's help template), the
 *  solutions that apply there, its fixed tail; and no "could not be shown" note anywhere.
 *  The head and tail are the same DOM nodes across re-renders (yew `VRef`), which is what
 *  broke once when the number of solutions changed with the system. */
async function assertArticle(os, what) {
  const a = await e2e.session.execute(`
    const section = document.querySelector('section.article');
    const details = section && section.querySelector('details');
    if (!details) return null;
    const kids = [...details.children].map((e) => e.getAttribute('data-help') || e.getAttribute('data-solution') || e.tagName.toLowerCase());
    return {
      os: section.getAttribute('data-article'),
      kids,
      head: (details.querySelector('[data-help=article-head]') || {}).textContent || '',
      missing: document.querySelectorAll('[data-help-missing]').length,
    };`);
  assert.ok(a, `${what}: section.article details missing`);
  const solutions = os === 'windows' ? ['cache', 'vpn-proxy', 'tls', 'time'] : ['cache', 'vpn-proxy', 'time'];
  assert.deepEqual(
    { os: a.os, kids: a.kids, missing: a.missing },
    { os, kids: ['summary', 'article-head', 'h3', ...solutions, 'article-tail'], missing: 0 },
    `${what}: the article's parts`,
  );
  assert.match(a.head, /Symptoms[\s\S]*Causes/, `${what}: the article's head text`);
}

// ---------------------------------------------------------------------------------------
// 1. The fix script: shown = downloaded, per OS

const SCRIPT = {
  windows: {
    file: 'Fix-TeamsSignIn.ps1',
    command: 'powershell -NoProfile -ExecutionPolicy Bypass -File "$env:USERPROFILE\\Downloads\\Fix-TeamsSignIn.ps1"',
  },
  macos: { file: 'fix-teams-signin-macos.sh', command: 'bash ~/Downloads/fix-teams-signin-macos.sh' },
  linux: { file: 'fix-teams-signin-linux.sh', command: 'bash ~/Downloads/fix-teams-signin-linux.sh' },
};
const OSES = Object.keys(SCRIPT);

/** The script panel's shown text, its <summary>, the run command, and which scripts exist. */
function scriptPanel(os) {
  return e2e.session.execute(`
    const code = document.querySelector('[data-script="' + arguments[0] + '"]');
    const cmd = document.querySelector('[data-run-command="' + arguments[0] + '"]');
    const details = code && code.closest('details');
    return {
      text: code ? code.textContent : null,
      command: cmd ? cmd.textContent : null,
      summary: details ? details.querySelector('summary').textContent : null,
      scripts: [...document.querySelectorAll('[data-script]')].map((e) => e.getAttribute('data-script')),
      downloads: [...document.querySelectorAll('[data-download]')].map((e) => e.getAttribute('data-download')),
    };`, [os]);
}

/** Shown script = downloaded file (BOM and line ends per OS), file name, run command. */
async function assertScriptMatchesDownload(os, what) {
  // The generator is a second wasm module, loaded once the verdicts are in; after that,
  // every script is generated synchronously on each change.
  const shown = await until(() => scriptPanel(os), (s) => s.text !== null, 10000, `${what}: [data-script=${os}] to appear`);
  assert.deepEqual({ scripts: shown.scripts, downloads: shown.downloads }, { scripts: [os], downloads: [os] }, `${what}: one script panel, for ${os}`);
  assert.ok(shown.text && shown.text.length > 200, `${what}: [data-script=${os}] is empty: ${JSON.stringify(shown.text)}`);
  const dl = await e2e.page.downloadScript(os);
  assert.equal(dl.fileName, SCRIPT[os].file, `${what}: download file name`);
  if (os === 'windows') {
    assert.ok(dl.hasBom, `${what}: the .ps1 must start with a UTF-8 BOM; first bytes ${dl.bytes.subarray(0, 4).toString('hex')}`);
    const body = dl.text.slice(1); // the BOM decodes to one U+FEFF
    assert.ok(!body.startsWith('\uFEFF'), `${what}: two BOMs`);
    assert.ok(body.includes('\r\n'), `${what}: the .ps1 has no CRLF line end`);
    const bare = body.search(/(?<!\r)\n/);
    assert.equal(bare, -1, `${what}: the .ps1 has a bare LF at ${bare}: ${JSON.stringify(body.slice(Math.max(0, bare - 60), bare + 10))}`);
    assert.ok(!/\r(?!\n)/.test(body), `${what}: the .ps1 has a lone CR`);
    assert.ok(body === shown.text, `${what}: the downloaded .ps1 (BOM removed) differs from [data-script=windows] at ${firstDiff(body, shown.text)}`);
  } else {
    assert.ok(!dl.hasBom, `${what}: a shell script must not start with a BOM`);
    assert.ok(!dl.text.includes('\r'), `${what}: the .sh has a CR at ${dl.text.indexOf('\r')}`);
    assert.ok(dl.text.startsWith('#!'), `${what}: the .sh does not start with a shebang: ${JSON.stringify(dl.text.slice(0, 40))}`);
    assert.ok(dl.text === shown.text, `${what}: the downloaded .sh differs from [data-script=${os}] at ${firstDiff(dl.text, shown.text)}`);
  }
  assert.equal(shown.command, SCRIPT[os].command, `${what}: [data-run-command=${os}]`);
  // The shown text is what the page counted: "(N lines)" in the <summary>.
  const lines = shown.text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  // Numbers are written as the language writes them (English: 1,535).
  const count = new Intl.NumberFormat('en').format(lines.length);
  assert.ok((shown.summary ?? '').includes(`(${count} lines)`), `${what}: the script's <summary> line count: ${shown.summary}`);
  return shown.text;
}

function firstDiff(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `char ${i} (lengths ${a.length} / ${b.length}): ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 40))} vs ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 40))}`;
}

/** Clicks the script option checkbox whose label starts with `label`; returns its new state. */
async function toggleScriptStep(label) {
  const FIND = `return ([...document.querySelectorAll('#fix fieldset label')]
    .find((l) => l.textContent.trim().startsWith(arguments[0])) || { querySelector: () => null })
    .querySelector('input[type=checkbox]');`;
  const checked = () => e2e.session.execute(`const i = (() => { ${FIND} })(); return i ? i.checked : null;`, [label]);
  const was = await checked();
  assert.notEqual(was, null, `no script option labelled "${label}"`);
  await clickFound(FIND, [label], `the "${label}" checkbox`);
  await until(checked, (v) => v === !was, 3000, `"${label}" to toggle`);
  return !was;
}

test('script: for each OS, the shown script is the downloaded file, with the right name and command', async (t) => {
  for (const os of OSES) {
    await t.test(`?os=${os}`, async () => {
      await open(`?os=${os}`);
      const app = await e2e.page.snapshot('[data-app]');
      assert.equal(app.attrs['data-os'], os, `[data-app] data-os; ${JSON.stringify(app.attrs)}`);
      await assertScriptMatchesDownload(os, `?os=${os}`);
      await assertArticle(os, `?os=${os}`);
      await assertNoProblems();
    });
  }

  await t.test('choosing each OS in the select, and toggling script steps', async () => {
    await open('');
    const texts = {};
    for (const os of ['windows', 'macos', 'linux', 'windows']) {
      await selectOs(os);
      const value = await e2e.session.execute(`return document.getElementById('os-select').value;`);
      assert.equal(value, os, '#os-select value');
      const text = await assertScriptMatchesDownload(os, `select ${os}`);
      await assertArticle(os, `select ${os}`);
      if (texts[os] !== undefined) assert.equal(text, texts[os], `the ${os} script changed after switching away and back`);
      texts[os] = text;
    }
    assert.equal(new Set(Object.values(texts)).size, 3, 'the three scripts are not all different');

    // Now on Windows: switch the clock sync on, and "Start Teams again" off.
    const before = texts.windows;
    assert.equal(await toggleScriptStep('Sync the clock'), true, 'clock sync is off by default');
    const withSync = await until(() => scriptPanel('windows'), (s) => s.text !== before, 3000, 'the script to change after ticking "Sync the clock"');
    assert.ok(withSync.text.length > before.length, 'ticking "Sync the clock" did not add to the script');
    assert.equal(await assertScriptMatchesDownload('windows', 'windows + clock sync'), withSync.text);

    assert.equal(await toggleScriptStep('Start Teams again'), false, 'restart is on by default');
    const noRestart = await until(() => scriptPanel('windows'), (s) => s.text !== withSync.text, 3000, 'the script to change after unticking "Start Teams again"');
    await assertScriptMatchesDownload('windows', 'windows + clock sync − restart');

    // The options carry over to another OS's script.
    await selectOs('macos');
    const mac = await assertScriptMatchesDownload('macos', 'macos with the changed options');
    assert.notEqual(mac, texts.macos, 'the macOS script ignores the changed options');
    assert.notEqual(noRestart.text, before);

    // The Teams client changes the script too (and the shown script still is the download).
    await e2e.page.click('input[name=client][value=classic]');
    await e2e.page.waitFor('[data-app]', (s) => s.attrs?.['data-client'] === 'classic', 3000, 'data-client=classic');
    const classic = await assertScriptMatchesDownload('macos', 'macos, classic Teams');
    assert.notEqual(classic, mac, 'choosing classic Teams did not change the script');

    // "Choose…": no OS, no script to download.
    await selectOs('');
    const none = await scriptPanel('windows');
    assert.deepEqual({ scripts: none.scripts, downloads: none.downloads }, { scripts: [], downloads: [] }, 'a script is offered with no OS chosen');
    assert.match(await e2e.page.textOf('#fix'), /Choose your operating system/);
    const { json } = await readReport();
    assert.equal(json.selection.os, null, 'report.selection.os with no OS chosen');
    await assertNoProblems();
  });
});

// ---------------------------------------------------------------------------------------
// 2. The plan for what the checks found, and walking it

test('plan: the steps follow the evidence, and "Did this fix it?" walks them', async (t) => {
  await t.test('clock 7 min ahead → time first; no on every step → helpdesk', async () => {
    const { clock, network } = await open('?os=linux', { offsetMs: 7 * MIN });
    assert.equal(clock['data-status'], 'fail', `clock; ${JSON.stringify(clock)}`);
    assert.equal(clock['data-hint'], undefined, `7 min is no time-zone error; ${JSON.stringify(clock)}`);
    assert.equal(network['data-pattern'], 'all-reachable', `network; ${JSON.stringify(network)}`);
    const ids = ['time', 'cache', 'account'];
    let s = await waitPlan(ids, 0);
    assert.equal(s.tag, 'OL', '[data-plan] is an <ol>');
    assert.equal(s.success, null);
    assert.equal(s.escalate, null);
    for (let i = 0; i < ids.length; i++) {
      s = await waitPlan(ids, i, `step ${i + 1} (${ids[i]}) current`);
      assert.deepEqual(s.done, [...Array(i).keys()], `steps before ${i} are marked done`);
      assert.equal(s.noLabel.trim(), i + 1 < ids.length ? 'No, next step' : 'No, still failing');
      await answerStep(false);
    }
    s = await waitPlan(ids, null, 'the helpdesk message');
    assert.ok(s.escalate, `no .escalate message after "no" on the last step: ${JSON.stringify(s)}`);
    assert.match(s.escalate, /helpdesk/i);
    assert.match(s.escalate, /help@e2e\.example/, 'the helpdesk message names the configured helpdesk');
    assert.equal(s.success, null, `.success shown with .escalate: ${s.success}`);
    const walked = JSON.parse(await e2e.session.execute(`return document.querySelector('[data-report]').textContent`));
    assert.deepEqual(walked.tried_steps, ids, 'report.tried_steps lists every step answered "no"');
    assert.equal(walked.fixed_by, null);

    // "Start the steps again" goes back to the first step.
    await clickFound(`return [...document.querySelector('[data-plan]').closest('section').querySelectorAll('button')]
      .find((b) => /start the steps again/i.test(b.textContent)) || null;`, [], '"Start the steps again"');
    s = await waitPlan(ids, 0, 'step 1 current after "Start the steps again"');
    assert.deepEqual([s.success, s.escalate], [null, null], 'outcome messages left after restarting');
    await answerStep(false);
    await waitPlan(ids, 1);

    // office.com failing too: the cache goes, IT follows the clock. The "no" on time still
    // holds in the new plan, so the user is not sent back to a step already tried.
    await officeAnswer('no');
    await waitPlan(['time', 'account'], 1, 'time, account after office "no", time already tried');
    await assertNoProblems();
  });

  await t.test('Microsoft blocked, control answers → network first; no, then yes → success', async () => {
    const { clock, network } = await open('?os=linux', { config: microsoftBlocked() });
    assert.equal(clock['data-status'], 'ok', `clock; ${JSON.stringify(clock)}`);
    assert.equal(network['data-pattern'], 'microsoft-blocked', `network; ${JSON.stringify(network)}`);
    const ids = ['network', 'cache', 'account'];
    await waitPlan(ids, 0);
    await answerStep(false);
    await waitPlan(ids, 1, 'cache current after "no"');
    await answerStep(true);
    const s = await waitPlan(ids, null, 'the success message');
    assert.ok(s.success, `no .success after "yes": ${JSON.stringify(s)}`);
    assert.match(s.success, /step 2/i, 'the success message names the step that fixed it');
    assert.equal(s.escalate, null, `.escalate shown with .success: ${s.escalate}`);

    // office.com failing too drops the cache step; "no" on network still holds.
    await officeAnswer('no');
    await waitPlan(['network', 'account'], 1, 'network, account after office "no", network already tried');
    await assertNoProblems();
  });

  await t.test('all reachable, clock ok: office no → IT only; office yes → cache first, TLS only on Windows after it', async () => {
    const { clock, network } = await open('?os=linux');
    assert.equal(clock['data-status'], 'ok');
    assert.equal(network['data-pattern'], 'all-reachable');
    await waitPlan(['cache', 'account'], 0, 'cache, account before any answer');

    await officeAnswer('no');
    await waitPlan(['account'], 0, 'account alone after office "no" (no cache step)');

    await officeAnswer('yes');
    await waitPlan(['cache', 'account'], 0, 'cache first after office "yes"');
    await selectOs('windows');
    await waitPlan(['cache', 'tls', 'account'], 0, 'on Windows: cache, tls, account');
    await selectOs('macos');
    await waitPlan(['cache', 'account'], 0, 'on macOS: no tls');
    await selectOs('windows');
    await waitPlan(['cache', 'tls', 'account'], 0);
    await answerStep(false);
    await waitPlan(['cache', 'tls', 'account'], 1, 'tls current after "no" on cache');
    await answerStep(true);
    const s = await waitPlan(['cache', 'tls', 'account'], null, 'success on tls');
    assert.match(s.success ?? '', /step 2/i);
    await assertNoProblems();
  });
});

test('plan: the result tells how to keep it fixed, and focus follows the answers', async (t) => {
  await t.test('the success message says how to keep it fixed (StepId::fixed_message)', async () => {
    await open('?os=linux', { offsetMs: 7 * MIN });
    await waitPlan(['time', 'cache', 'account'], 0);
    await answerStep(true);
    const s = await waitPlan(['time', 'cache', 'account'], null, 'the success message');
    assert.match(s.success ?? '', /Keep automatic date, time and time zone switched on/, `.success: ${s.success}`);
  });

  await t.test('keyboard focus stays in the plan after "Did this fix it?"', async () => {
    await open('?os=linux');
    await waitPlan(['cache', 'account'], 0);
    await answerStep(false);
    await waitPlan(['cache', 'account'], 1);
    const focus = await e2e.session.execute(`
      const a = document.activeElement;
      return { tag: a && a.tagName, inPlan: !!(a && a.closest && a.closest('section.plan')) };`);
    assert.ok(focus.inPlan, `focus after "No, next step" is on ${focus.tag}, outside the plan`);
  });
});

// ---------------------------------------------------------------------------------------
// 3. Deep links

/** Everything a deep link could have injected: raw and escaped markup, handlers, dialogs. */
function domEvidence() {
  return e2e.session.execute(`
    const onAttrs = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) if (/^on/i.test(a.name)) onAttrs.push(el.tagName + ' ' + a.name + '=' + a.value);
    }
    const notice = document.querySelector('[data-notice="param"]');
    return {
      html: document.documentElement.outerHTML,
      text: document.body.innerText + '\\n' + document.body.textContent,
      values: [...document.querySelectorAll('input, select, textarea')].map((e) => e.value).join('\\n'),
      scripts: [...document.scripts].map((s) => s.src || ('inline:' + s.textContent.length)),
      onAttrs,
      dialogs: window.__dialogs,
      title: document.title,
      notice: notice ? { text: notice.innerText, visible: notice.getClientRects().length > 0 } : null,
      os: document.querySelector('[data-app]').getAttribute('data-os'),
      client: document.querySelector('[data-app]').getAttribute('data-client'),
      selectValue: document.getElementById('os-select').value,
      clientChecked: (document.querySelector('input[name=client]:checked') || {}).value || null,
      code: document.querySelector('[data-code]') ? document.querySelector('[data-code]').getAttribute('data-code') : null,
      codeTitle: (document.getElementById('code-title') || {}).textContent || null,
      steps: [...document.querySelectorAll('[data-plan] [data-step]')].map((e) => e.getAttribute('data-step')),
    };`);
}

function assertNothingInjected(ev, markers, what) {
  for (const mk of markers) {
    for (const [where, hay] of [['HTML', ev.html], ['text', ev.text], ['form values', ev.values]]) {
      const i = hay.indexOf(mk);
      assert.equal(i, -1, `${what}: ${JSON.stringify(mk.slice(0, 40))} found in the page's ${where}: …${JSON.stringify(hay.slice(Math.max(0, i - 120), i + 80))}…`);
    }
  }
  assert.deepEqual(ev.onAttrs, [], `${what}: inline event-handler attributes`);
  assert.deepEqual(ev.dialogs, [], `${what}: dialogs were opened`);
  assert.deepEqual(ev.scripts, baselineScripts, `${what}: <script> elements differ from a plain page load`);
}

test('deep links: valid values preselect; hostile ones are ignored with a notice and never echoed', async (t) => {
  // Baseline: the page's own scripts.
  await open('');
  const base = await domEvidence();
  baselineScripts = base.scripts;
  baselineTitle = base.title;
  assert.ok(baselineScripts.length >= 1);

  await t.test('?code=caa20003&os=macos&client=classic', async () => {
    await open('?code=caa20003&os=macos&client=classic');
    const ev = await domEvidence();
    assert.equal(ev.os, 'macos', '[data-app] data-os');
    assert.equal(ev.client, 'classic', '[data-app] data-client');
    assert.equal(ev.selectValue, 'macos', '#os-select value');
    assert.equal(ev.clientChecked, 'classic', 'checked client radio');
    assert.equal(ev.code, 'CAA20003', '[data-code]');
    assert.match(ev.codeTitle ?? '', /CAA20003/, 'the code guidance heading');
    assert.equal(ev.notice, null, `param notice shown for a valid link: ${JSON.stringify(ev.notice)}`);
    // CAA20003 is the time-zone code: time leads even on a good clock.
    await waitPlan(['time', 'cache', 'account'], 0, 'CAA20003 → time first');
    assert.deepEqual(ev.dialogs, []);
    await assertNoProblems();
  });

  await t.test('a code typed or pasted into the page (0x, lower case, spaces) selects its guidance', async () => {
    await open('?os=windows');
    await waitPlan(['cache', 'tls', 'account'], 0, 'no code: cache first');
    const type = (text) => e2e.session.execute(`
      const i = document.querySelector('#code-input');
      i.value = arguments[0];
      i.dispatchEvent(new InputEvent('input', { bubbles: true }));
      i.dispatchEvent(new Event('change', { bubbles: true }));`, [text]);
    await type(' 0xcaa 20004 ');
    const s = await until(planState, (p) => p.ids[0] === 'account', 5000, 'CAA20004 → account first');
    assert.equal(s.ids[0], 'account');
    const code = await e2e.session.execute(`
      const g = document.querySelector('[data-code]');
      return { code: g && g.getAttribute('data-code'), title: document.querySelector('#code-title').textContent,
               feedback: document.querySelector('#code-feedback').textContent };`);
    assert.equal(code.code, 'CAA20004');
    assert.match(code.title, /CAA20004/);
    // An unknown code keeps the last known one and says so, without echoing the input.
    await type('<img src=x onerror=alert(1)>');
    const after = await e2e.session.execute(`return { fb: document.querySelector('#code-feedback').textContent, html: document.body.innerHTML };`);
    assert.match(after.fb, /does not know that code; the guidance for CAA20004 below still applies/);
    assert.ok(!after.html.includes('onerror=alert'), 'typed text echoed into the page');
    const report = JSON.parse(await e2e.session.execute(`return document.querySelector('[data-report]').textContent`));
    assert.equal(report.selection.code, 'CAA20004');
    await assertNoProblems();
  });

  const X = 'x'.repeat(5000);
  const HOSTILE = [
    { q: '?code=<script>alert(1)</script>', markers: ['alert(1)', '<script>alert', '&lt;script', '%3Cscript', '%3cscript'], notice: /"code" value was not recognised/ },
    { q: '?os="onmouseover=alert(1)', markers: ['onmouseover', 'alert(1)', '%22onmouseover'], notice: /"os" value was not recognised/ },
    { q: `?client=${X}`, markers: ['x'.repeat(64)], notice: /"client" value was too long/ },
    { q: '?utm_source=zqxmail&zqx<b>evil</b>=1&code=CAA20002', markers: ['zqx', 'utm_source', '<b>evil', '&lt;b&gt;evil'], notice: /settings this page does not use/, code: 'CAA20002' },
    { q: '?code=%00', markers: ['\u0000', '%00', '&#0;'], notice: /"code" value was not recognised/ },
    { q: '?os=%E2%80%AEswodniw&client=new%22%20onmouseover%3D%22alert(1)', markers: ['\u202E', 'swodniw', 'onmouseover', 'alert(1)'], notice: /"os" value was not recognised[\s\S]*"client" value was not recognised/ },
    { q: '?os=macos&os=windows&OS=linux&client=new&client=classic', markers: [], notice: /"os" more than once[\s\S]*"client" more than once/, os: 'macos', client: 'new' },
    { q: '?os=bogus&os=windows', markers: ['bogus'], notice: /"os" value was not recognised[\s\S]*"os" more than once/ },
  ];
  for (const h of HOSTILE) {
    await t.test(h.q.length > 80 ? `${h.q.slice(0, 40)}… (${h.q.length} chars)` : h.q, async () => {
      const { clock, network } = await open(h.q);
      assert.ok(['ok', 'warn', 'fail', 'unknown'].includes(clock['data-status']), `the clock check did not finish: ${JSON.stringify(clock)}`);
      assert.equal(network['data-pattern'], 'all-reachable', 'the network check works');
      const ev = await domEvidence();
      assert.ok(ev.notice, `no [data-notice="param"] for ${h.q.slice(0, 80)}`);
      assert.ok(ev.notice.visible, '[data-notice="param"] is not visible');
      assert.match(ev.notice.text, h.notice, 'the notice says what was ignored');
      assertNothingInjected(ev, h.markers, h.q.slice(0, 80));
      // Headless Chromium runs on Linux: what the link did not set comes from detection.
      assert.equal(ev.os, h.os ?? 'linux', `[data-app] data-os (detection fallback); ${h.q.slice(0, 80)}`);
      assert.equal(ev.client, h.client ?? 'both', '[data-app] data-client (default)');
      assert.equal(ev.code, h.code ?? null, '[data-code]');
      assert.equal(ev.title, baselineTitle, 'document.title changed');
      assert.ok(ev.steps.length >= 2 && ev.steps.at(-1) === 'account', `the plan is shown: ${JSON.stringify(ev.steps)}`);
      // The page still works: the script for the OS in effect is there and downloadable.
      await assertScriptMatchesDownload(ev.os, h.q.slice(0, 40));
      const { text } = await readReport();
      for (const mk of h.markers) assert.ok(!text.includes(mk), `the report contains ${JSON.stringify(mk.slice(0, 40))}`);
      await assertNoProblems();
    });
  }
});

// ---------------------------------------------------------------------------------------
// 4. The report

const isInt = (v) => Number.isInteger(v);
const isStr = (v) => typeof v === 'string';
const isNullOr = (f) => (v) => v === null || f(v);
const STATUSES = ['running', 'ok', 'warn', 'fail', 'unknown'];
const PATTERNS = ['all-reachable', 'partial', 'microsoft-blocked', 'intercepted', 'offline'];
const ENDPOINT_STATUSES = ['running', 'ok', 'slow', 'timeout', 'fail', 'intercepted'];

function assertKeys(obj, keys, where) {
  assert.ok(obj && typeof obj === 'object' && !Array.isArray(obj), `${where} is not an object: ${JSON.stringify(obj)}`);
  assert.deepEqual(Object.keys(obj).sort(), [...keys].sort(), `${where}: keys`);
}

function assertTypes(obj, types, where) {
  assertKeys(obj, Object.keys(types), where);
  for (const [k, f] of Object.entries(types)) {
    assert.ok(f(obj[k]), `${where}.${k} has the wrong type or value: ${JSON.stringify(obj[k])}`);
  }
}

/** Schema v1 (core/src/report.rs): keys and types at every level. */
function assertReportSchema(r) {
  assertTypes(r, {
    schema: (v) => v === 'teams-signin-check/report/v1',
    page_version: (v) => isStr(v) && /^\d+\.\d+\.\d+/.test(v),
    generated_at: (v) => isStr(v) && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(v) && Math.abs(Date.parse(v) - Date.now()) < 5 * MIN,
    page_url: isStr,
    organization: isNullOr(isStr),
    browser: (v) => typeof v === 'object',
    selection: (v) => typeof v === 'object',
    clock: (v) => typeof v === 'object',
    network: (v) => typeof v === 'object',
    plan: (v) => Array.isArray(v) && v.every(isStr),
    tried_steps: (v) => Array.isArray(v) && v.every(isStr),
    fixed_by: isNullOr(isStr),
    config_problems: (v) => Array.isArray(v) && v.every(isStr),
    timings: (v) => typeof v === 'object',
  }, 'report');
  assertTypes(r.browser, {
    user_agent: (v) => isStr(v) && v.length > 0,
    platform_hint: isNullOr(isStr),
    language: isStr,
    time_zone: isStr,
    utc_offset_minutes: (v) => isInt(v) && Math.abs(v) <= 14 * 60,
  }, 'report.browser');
  assertTypes(r.selection, {
    code: isNullOr(isStr),
    os: isNullOr((v) => ['windows', 'macos', 'linux'].includes(v)),
    client: (v) => ['new', 'classic', 'both'].includes(v),
    office_answer: (v) => ['yes', 'no', 'unknown'].includes(v),
  }, 'report.selection');
  assertTypes(r.clock, {
    status: (v) => STATUSES.includes(v),
    offset_ms: isNullOr(isInt),
    uncertainty_ms: isNullOr((v) => isInt(v) && v >= 0),
    timezone_hint: (v) => typeof v === 'boolean',
    refined: (v) => typeof v === 'boolean',
    error: isNullOr(isStr),
    warn_seconds: (v) => isInt(v) && v >= 0,
    fail_seconds: (v) => isInt(v) && v >= 0,
  }, 'report.clock');
  assertTypes(r.network, {
    status: (v) => STATUSES.includes(v),
    pattern: isNullOr((v) => PATTERNS.includes(v)),
    timeout_ms: (v) => isInt(v) && v > 0,
    endpoints: Array.isArray,
  }, 'report.network');
  r.network.endpoints.forEach((e, i) =>
    assertTypes(e, {
      id: isStr,
      label: isStr,
      host: isStr,
      role: (v) => v === 'microsoft' || v === 'control',
      status: (v) => ENDPOINT_STATUSES.includes(v),
      latency_ms: isNullOr((v) => isInt(v) && v >= 0),
      detail: isNullOr(isStr),
    }, `report.network.endpoints[${i}]`));
  assertTypes(r.timings, {
    clock_first_verdict_ms: isNullOr((v) => isInt(v) && v >= 0),
    clock_refined_ms: isNullOr((v) => isInt(v) && v >= 0),
    network_verdict_ms: isNullOr((v) => isInt(v) && v >= 0),
  }, 'report.timings');
}

/** The report once the clock is refined (aria-busy false) and the network has a pattern. */
async function settledReport() {
  await e2e.page.waitFor('[data-check="clock"]', (s) => s.attrs?.['aria-busy'] === 'false' && s.attrs['data-status'] !== 'running', 15000, 'the refined clock');
  await e2e.page.waitForVerdict('network');
  return until(readReport, (r) => r.json.clock?.refined === true && r.json.network?.pattern !== null, 5000, 'a report with the refined clock and the network pattern');
}

test('report: [data-report] is schema v1 JSON that matches the page', async (t) => {
  await t.test('after both checks, an office answer and an OS choice (hostile link parts ignored)', async () => {
    const hostileCode = '<script>alert(1)</script>';
    const q = `?client=new&code=${encodeURIComponent(hostileCode)}&zqxevil=%22onmouseover%3Dalert(1)`;
    await open(q);
    await officeAnswer('yes');
    await selectOs('macos');
    const { text, json: r } = await settledReport();
    assertReportSchema(r);

    // The facts match what the page shows.
    const dom = await e2e.session.execute(`
      const a = (sel, n) => { const el = document.querySelector(sel); return el ? el.getAttribute(n) : null; };
      return {
        clockStatus: a('[data-check="clock"]', 'data-status'),
        offset: a('[data-check="clock"]', 'data-offset-ms'),
        uncertainty: a('[data-check="clock"]', 'data-uncertainty-ms'),
        netStatus: a('[data-check="network"]', 'data-status'),
        pattern: a('[data-check="network"]', 'data-pattern'),
        endpoints: [...document.querySelectorAll('[data-endpoint]')].map((e) => [e.getAttribute('data-endpoint'), e.getAttribute('data-status'), e.getAttribute('data-latency-ms')]),
        steps: [...document.querySelectorAll('[data-plan] [data-step]')].map((e) => e.getAttribute('data-step')),
        ua: navigator.userAgent,
        href: location.href,
      };`);
    assert.deepEqual(r.plan, dom.steps, 'report.plan = the [data-step] ids in order');
    assert.deepEqual(r.plan, ['cache', 'account'], 'report.plan for macOS, office yes, all good');
    assert.deepEqual(r.selection, { code: null, os: 'macos', client: 'new', office_answer: 'yes' }, 'report.selection');
    assert.equal(r.clock.status, dom.clockStatus);
    assert.equal(r.clock.status, 'ok');
    assert.equal(String(r.clock.offset_ms), dom.offset, 'report.clock.offset_ms = data-offset-ms');
    assert.equal(String(r.clock.uncertainty_ms), dom.uncertainty, 'report.clock.uncertainty_ms = data-uncertainty-ms');
    assert.ok(Math.abs(r.clock.offset_ms) < 1500, `offset ${r.clock.offset_ms} ms with a server in sync`);
    assert.deepEqual([r.clock.timezone_hint, r.clock.refined, r.clock.error, r.clock.warn_seconds, r.clock.fail_seconds], [false, true, null, 60, 300], 'report.clock facts');
    assert.deepEqual([r.network.status, r.network.pattern, r.network.timeout_ms], [dom.netStatus, dom.pattern, 5000], 'report.network');
    assert.equal(r.network.pattern, 'all-reachable');
    assert.deepEqual(r.network.endpoints.map((e) => [e.id, e.status, e.latency_ms === null ? null : String(e.latency_ms)]), dom.endpoints, 'report endpoints = [data-endpoint] rows');
    assert.deepEqual(r.network.endpoints.map((e) => [e.id, e.role]), [['login', 'microsoft'], ['teams', 'microsoft'], ['intranet', 'control'], ['self', 'control']]);
    assert.deepEqual(r.network.endpoints.slice(0, 3).map((e) => e.host), [`127.0.0.1:${m.openidCors.port}`, `127.0.0.1:${m.ok200.port}`, `127.0.0.1:${m.ok200.port}`]);
    assert.equal(r.organization, 'E2E Org');
    assert.deepEqual(r.config_problems, []);
    assert.equal(r.browser.user_agent, dom.ua);
    assert.equal(r.page_url, e2e.server.url, 'report.page_url is the page without the query');
    assert.ok(dom.href.includes('zqxevil'), 'the test link was not opened');
    for (const k of ['clock_first_verdict_ms', 'clock_refined_ms', 'network_verdict_ms']) assert.ok(isInt(r.timings[k]), `timings.${k} missing`);
    assert.ok(r.timings.clock_first_verdict_ms <= r.timings.clock_refined_ms, 'first clock verdict after the refined one');
    // Nothing of the link's hostile parts.
    for (const mk of ['alert', 'script>', '%3C', 'onmouseover', 'zqx']) {
      assert.ok(!text.includes(mk), `the report contains ${JSON.stringify(mk)}: …${text.slice(Math.max(0, text.indexOf(mk) - 80), text.indexOf(mk) + 40)}…`);
    }
    await assertNoProblems();
  });

  await t.test('with a skewed clock, Microsoft blocked, office no, Windows and a config problem', async () => {
    const config = microsoftBlocked();
    config.clock.warn_seconds = 'sixty'; // a wrong type: a config notice, the default is used
    await open('?os=windows&code=CAA20002', { config, offsetMs: 7 * MIN });
    await officeAnswer('no');
    const { json: r } = await settledReport();
    assertReportSchema(r);
    const notice = await e2e.page.snapshot('[data-notice="config"]');
    assert.ok(notice.present && notice.visible, '[data-notice="config"] not shown for a wrong config value');
    assert.ok(r.config_problems.length >= 1, `report.config_problems is empty: ${JSON.stringify(r.config_problems)}`);
    assert.ok(r.config_problems.some((p) => /warn_seconds/.test(p)), `config_problems do not name warn_seconds: ${JSON.stringify(r.config_problems)}`);
    assert.deepEqual(r.selection, { code: 'CAA20002', os: 'windows', client: 'both', office_answer: 'no' });
    assert.equal(r.clock.status, 'fail');
    assert.ok(Math.abs(r.clock.offset_ms - 7 * MIN) < 1500, `clock offset ${r.clock.offset_ms}`);
    assert.equal(r.network.pattern, 'microsoft-blocked');
    assert.deepEqual(r.plan, ['time', 'network', 'account'], 'plan: time, network, then IT (office no: no cache, no tls)');
    const steps = (await planState()).ids;
    assert.deepEqual(r.plan, steps, 'report.plan = [data-step] ids');
    await assertNoProblems();
  });
});

// ---------------------------------------------------------------------------------------
// 5. Accessibility of the walked-through page with the script open

const show = (violations) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.html}`).join('\n    ')}`).join('\n');

test('a11y: plan walked to the helpdesk message, script open, ?os=windows', async () => {
  await open('?os=windows');
  const ids = ['cache', 'tls', 'account'];
  await waitPlan(ids, 0);
  for (let i = 0; i < ids.length; i++) {
    await waitPlan(ids, i);
    await answerStep(false);
  }
  const s = await waitPlan(ids, null, 'the helpdesk message');
  assert.ok(s.escalate);
  // The script generator loads once the clock has finished refining (its compilation must not
  // compete with the clock's timed probes), which can be after the plan is walked.
  await until(() => e2e.session.execute(`return !!document.querySelector('[data-script="windows"]');`), (v) => v, 15000, 'the script generator');
  await clickFound(`const c = document.querySelector('[data-script="windows"]'); return c && c.closest('details').querySelector('summary');`, [], 'the script <summary>');
  await until(() => e2e.session.execute(`return document.querySelector('[data-script="windows"]').closest('details').open;`), (v) => v === true, 3000, 'the script <details> to open');
  const violations = await e2e.page.axeScan();
  assert.deepEqual(violations.map((v) => v.id), [], show(violations));
});
