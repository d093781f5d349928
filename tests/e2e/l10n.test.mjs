// Languages: every shipped language by deep link (`?lang=`) and by the browser's
// languages, with and without WebAssembly; the page in that language (`<html lang dir>`, no
// English sentences outside code); switching in place keeps the results; an unknown language
// falls back quietly; Arabic at 390 px without sideways scrolling and with paths left to
// right; axe in Arabic and German; copy buttons copy the exact bytes; screenshots of Arabic
// and the pseudo-language at 390 and 1280 px kept in target/e2e-artifacts/.

import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startE2E, distDir, REPO } from './helpers.mjs';
import { makeConfig } from './server.mjs';

/** Every shipped language and its direction (catalog/src/languages.rs). */
const LANGS = {
  en: 'ltr', de: 'ltr', fr: 'ltr', es: 'ltr', 'pt-BR': 'ltr', it: 'ltr', nl: 'ltr', pl: 'ltr',
  ja: 'ltr', ko: 'ltr', 'zh-Hans': 'ltr', ar: 'rtl',
};
/** Browser language lists and the page each must get (regional variants fall back). */
const BROWSER = [
  [['de-AT', 'en'], 'de'],
  [['fr-CA'], 'fr'],
  [['zh-CN', 'en'], 'zh-Hans'],
  [['pt-PT'], 'pt-BR'],
  [['es-MX', 'es'], 'es'],
  [['nl-BE'], 'nl'],
  [['pl'], 'pl'],
  [['it-CH'], 'it'],
  [['ja-JP'], 'ja'],
  [['ko-KR'], 'ko'],
  [['ar-EG'], 'ar'],
  // Traditional Chinese is never answered with Simplified; the next choice wins.
  [['zh-TW', 'de'], 'de'],
  [['sv-SE', 'fi'], 'en'],
];

/**
 * Common English words that are not words of the other languages' texts: a page in another
 * language shows next to none of them outside code. English itself shows about 35 per 1,000
 * characters (the issue's count), the guard is far below that.
 */
const ENGLISH = new Set(['the', 'and', 'your', 'you', 'this', 'that', 'with', 'not', 'are', 'will', 'from',
  'have', 'which', 'what', 'when', 'please', 'again', 'does', 'then', 'there', 'could', 'should', 'would',
  'these', 'than', 'only', 'because', 'into', 'about', 'after', 'before', 'while', 'still', 'it\'s', 'don\'t']);
const MAX_ENGLISH_PER_1000 = 2;

const ARTIFACTS = join(REPO, 'target/e2e-artifacts');

/** The visible text outside code, scripts, the report's own text and the language menu. */
function visibleProse(session) {
  return session.execute(`
    const skip = 'code, pre, kbd, script, style, template, [translate="no"], .lang-menu, [hidden]';
    const out = [];
    const walk = (el) => {
      if (el.matches && el.matches(skip)) return;
      const st = el.nodeType === 1 ? getComputedStyle(el) : null;
      if (st && (st.display === 'none' || st.visibility === 'hidden')) return;
      // Closed <details>: only the summary shows.
      if (el.tagName === 'DETAILS' && !el.open) { const s = el.querySelector(':scope > summary'); if (s) walk(s); return; }
      for (const n of el.childNodes) {
        if (n.nodeType === 3) out.push(n.textContent);
        else if (n.nodeType === 1) walk(n);
      }
    };
    walk(document.body);
    return out.join(' ').replace(/\\s+/g, ' ').trim();`);
}

/** English words per 1,000 characters of `text`, and which. */
function englishRate(text) {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  const found = words.filter((w) => ENGLISH.has(w));
  return { rate: (found.length * 1000) / Math.max(text.length, 1), found, chars: text.length };
}

function assertLanguage(doc, lang, prose, what) {
  assert.equal(doc.lang, lang, `${what}: <html lang>`);
  assert.equal(doc.dir, LANGS[lang], `${what}: <html dir>`);
  if (lang === 'en') return;
  const { rate, found, chars } = englishRate(prose);
  assert.ok(rate <= MAX_ENGLISH_PER_1000,
    `${what}: ${found.length} English words in ${chars} characters (${rate.toFixed(1)} per 1,000): ` +
      `${[...new Set(found)].join(', ')}\n${prose.slice(0, 1500)}`);
}

const docState = (session) => session.execute(`return {
  lang: document.documentElement.lang, dir: document.documentElement.dir,
  path: location.pathname, search: location.search, title: document.title };`);

/** Waits for both verdicts and the texts that come after them (the plan's steps). */
async function awaitEverything(page) {
  await page.waitForVerdict('network', 20000);
  await page.waitForVerdict('clock', 20000);
  await page.waitFor('[data-plan]', (s) => s.present, 15000, 'the plan (texts after the checks)');
  await page.waitFor('[data-check="clock"]', (s) => s.attrs?.['aria-busy'] === 'false', 20000, 'the clock to finish');
}

/** Sets the browser's languages for the next navigations (Accept-Language and navigator.languages). */
async function setBrowserLanguages(session, langs) {
  const ua = await session.execute('return navigator.userAgent;');
  await session.cdp('Emulation.setUserAgentOverride', { userAgent: ua, acceptLanguage: langs.join(',') });
}

async function screenshot(session, name, width) {
  await session.cdp('Emulation.setDeviceMetricsOverride', { width, height: 900, deviceScaleFactor: 1, mobile: width < 600 });
  mkdirSync(ARTIFACTS, { recursive: true });
  const png = Buffer.from(await session.screenshot(), 'base64');
  writeFileSync(join(ARTIFACTS, `${name}-${width}.png`), png);
  return png.length;
}

/** The page's width against the window's, and the first elements that stick out. */
const WIDE = `
  const de = document.documentElement;
  const wide = [...document.querySelectorAll('body *')].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && (r.right > de.clientWidth + 1 || r.left < -1) && !el.closest('pre');
  }).slice(0, 6).map((el) => el.tagName + '.' + el.className + ' (' + Math.round(el.getBoundingClientRect().width) + ' px): ' + (el.textContent || '').slice(0, 60));
  return { scroll: de.scrollWidth, client: de.clientWidth, wide };`;

const config = (m) => makeConfig({ endpoints: [{ id: 'login', url: m.ok200.url }] });

describe('languages, with WebAssembly', () => {
  let e2e;
  before(async () => {
    e2e = await startE2E({ config });
  });
  after(async () => {
    await e2e?.stop();
  });

  for (const lang of Object.keys(LANGS)) {
    test(`l10n: ?lang=${lang} shows the page in that language, everything after the checks too`, async () => {
      const { page, session } = e2e;
      await setBrowserLanguages(session, ['en-US']);
      await page.openPage(`?lang=${lang}&code=CAA20002`);
      await awaitEverything(page);
      // The script generator and the For IT panel load from the app's root, not the folder.
      await page.waitFor('[data-run-command]', (s) => s.present, 20000, 'the fix script (generator module)');
      await page.waitFor('[data-for-it] [data-it-unattended]', (s) => s.present, 10000, 'the For IT panel');
      const doc = await docState(session);
      assert.equal(doc.path, lang === 'en' ? '/' : `/${lang}/`, 'the language folder (English: the root)');
      assert.equal(doc.search, '?code=CAA20002', 'lang= dropped, the rest kept');
      assertLanguage(doc, lang, await visibleProse(session), `?lang=${lang}`);
      const problems = await page.problems();
      assert.deepEqual(problems.errors, [], 'no uncaught error');
      assert.equal(problems.fatal, null);
      // Nothing in the page is still waiting for texts.
      assert.equal(await session.execute('return document.querySelectorAll("[data-later]").length;'), 0);
    });
  }

  for (const [prefs, lang] of BROWSER) {
    test(`l10n: a browser set to ${prefs.join(', ')} gets ${lang}`, async () => {
      const { page, session } = e2e;
      await setBrowserLanguages(session, prefs);
      await page.openPage('');
      const seen = await session.execute('return navigator.languages;');
      assert.deepEqual(seen, prefs, 'the browser languages were emulated');
      const doc = await docState(session);
      assert.equal(doc.lang, lang);
      assert.equal(doc.path, lang === 'en' ? '/' : `/${lang}/`);
    });
  }

  test('l10n: an unknown ?lang= falls back quietly (no notice, no error), the other parameters stay', async () => {
    const { page, session } = e2e;
    await setBrowserLanguages(session, ['en-US']);
    for (const bad of ['xx', 'zh-TW', '<script>', 'de-DE-x-very-long-' + 'a'.repeat(200)]) {
      await page.openPage(`?lang=${encodeURIComponent(bad)}&os=linux`);
      const doc = await docState(session);
      if (bad.startsWith('de-')) {
        assert.equal(doc.lang, 'de', 'a regional tag falls back to its language');
        continue;
      }
      assert.equal(doc.lang, 'en', bad);
      assert.equal(doc.search, '?os=linux', bad);
      const notices = await session.execute('return [...document.querySelectorAll("[data-notice]:not([hidden])")].map((n) => n.getAttribute("data-notice"));');
      assert.ok(!notices.includes('link'), `no link notice for ${bad}: ${notices}`);
      assert.deepEqual((await page.problems()).errors, []);
    }
  });

  test('l10n: switching language in place keeps the results and puts the choice in the URL', async () => {
    const { page, session } = e2e;
    await setBrowserLanguages(session, ['en-US']);
    await page.openPage('?lang=de&os=windows&client=new');
    await awaitEverything(page);
    const before = await page.seeStatus('clock');
    const network = await page.seeStatus('network');
    const endpoints = await page.endpoints();
    const clockRuns = (await page.timeline()).filter((e) => e.check === 'clock' && e.status === 'running').length;
    // Open the menu and choose French, as a user would.
    await page.click('.lang-menu summary');
    await page.click('.lang-menu a[data-lang="fr"]');
    await page.waitFor('html', (s) => s.attrs?.lang === 'fr', 10000, 'the page in French');
    await page.waitFor('[data-plan]', (s) => s.present, 10000, 'the plan in French');
    const doc = await docState(session);
    assert.equal(doc.path, '/fr/');
    assert.equal(doc.search, '?os=windows&client=new', 'the link keeps its choices');
    const after = await page.seeStatus('clock');
    assert.equal(after.offsetMs, before.offsetMs, 'the same clock result');
    assert.equal(after.uncertaintyMs, before.uncertaintyMs);
    assert.equal(after.status, before.status);
    assert.equal((await page.seeStatus('network')).pattern, network.pattern);
    assert.deepEqual(Object.keys(await page.endpoints()), Object.keys(endpoints));
    const runsAfter = (await page.timeline()).filter((e) => e.check === 'clock' && e.status === 'running').length;
    assert.equal(runsAfter, clockRuns, 'no check ran again');
    assertLanguage(doc, 'fr', await visibleProse(session), 'after switching to French');
    assert.equal(await session.execute('return document.querySelectorAll("h1").length;'), 1);
    // And to Arabic: right to left at once.
    await page.click('.lang-menu summary');
    await page.click('.lang-menu a[data-lang="ar"]');
    await page.waitFor('html', (s) => s.attrs?.lang === 'ar', 10000, 'the page in Arabic');
    await page.waitFor('[data-plan]', (s) => s.present, 10000, 'the plan in Arabic');
    assertLanguage(await docState(session), 'ar', await visibleProse(session), 'after switching to Arabic');
    assert.deepEqual((await page.problems()).errors, []);
  });

  test('l10n: Arabic at 390 px: no sideways scrolling, paths and commands left to right, copied exactly', async () => {
    const { page, session } = e2e;
    await setBrowserLanguages(session, ['en-US']);
    await session.cdp('Emulation.setDeviceMetricsOverride', { width: 390, height: 844, deviceScaleFactor: 1, mobile: true });
    try {
      await page.openPage('?lang=ar&os=windows&client=both');
      await awaitEverything(page);
      await page.waitFor('[data-run-command="windows"]', (s) => s.present, 20000, 'the run command');
      // Everything open that can be: the article, the script, the report.
      await session.execute('for (const d of document.querySelectorAll("main details")) d.open = true;');
      const layout = await session.execute(`
        const de = document.documentElement;
        const wide = [...document.querySelectorAll('body *')].filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > de.clientWidth + 1 || r.left < -1) && !el.closest('pre');
        }).slice(0, 5).map((el) => el.tagName + '.' + el.className + ': ' + (el.textContent || '').slice(0, 60));
        const codes = [...document.querySelectorAll('main code')].filter((c) => !c.closest('pre')).map((c) => ({
          text: c.textContent, dir: getComputedStyle(c).direction, uni: getComputedStyle(c).unicodeBidi }));
        const pres = [...document.querySelectorAll('main pre')].map((p) => getComputedStyle(p).direction);
        return { scroll: de.scrollWidth, client: de.clientWidth, wide, codes, pres };`);
      assert.ok(layout.scroll <= layout.client, `sideways scroll: ${layout.scroll} > ${layout.client}; ${layout.wide.join(' | ')}`);
      assert.ok(layout.codes.length > 10, 'the page shows paths and commands');
      assert.ok(layout.pres.length > 0 && layout.pres.every((d) => d === 'ltr'), `script and report text left to right: ${layout.pres}`);
      const paths = layout.codes.filter((c) => /%[A-Z]+%|\\|\//.test(c.text));
      assert.ok(paths.length > 0, 'paths are shown');
      for (const c of layout.codes) {
        assert.equal(c.dir, 'ltr', `left to right: ${c.text}`);
        assert.ok(['isolate', 'plaintext', 'isolate-override'].includes(c.uni), `isolated (${c.uni}): ${c.text}`);
        assert.doesNotMatch(c.text, /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/, 'no direction characters');
      }
      // The copy button copies the command as shown, byte for byte.
      await session.execute(`window.__copied = []; navigator.clipboard.writeText = (t) => { window.__copied.push(t); return Promise.resolve(); };`);
      const shown = await session.execute('return document.querySelector("[data-run-command=windows]").textContent;');
      await session.execute('document.querySelector("[data-run-command=windows]").parentElement.querySelector("button").click();');
      const copied = await session.execute('return window.__copied;');
      assert.deepEqual(copied, [shown]);
      assert.match(shown, /^powershell/i);
      assert.doesNotMatch(shown, /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
      await screenshot(session, 'ar', 390);
      await screenshot(session, 'ar', 1280);
    } finally {
      await session.cdp('Emulation.clearDeviceMetricsOverride');
    }
  });

  test('l10n: the pseudo-language (en-XA, about 40 % longer) lays out at 390 and 1280 px', async () => {
    const { page, session } = e2e;
    await session.navigate(`${e2e.server.url}en-XA/?os=macos`);
    await page.waitFor('[data-check="clock"]', (s) => s.present, 20000, 'the app');
    await awaitEverything(page);
    await session.execute('for (const d of document.querySelectorAll("main details")) d.open = true;');
    for (const width of [390, 1280]) {
      await screenshot(session, 'en-XA', width);
      const r = await session.execute(WIDE);
      assert.ok(r.scroll <= r.client, `en-XA at ${width} px scrolls sideways: ${r.scroll} > ${r.client}; ${r.wide.join(' | ')}`);
    }
    await session.cdp('Emulation.clearDeviceMetricsOverride');
  });

  for (const lang of ['ar', 'de']) {
    test(`l10n: axe finds no serious or critical issue in ${lang}`, async () => {
      const { page, session } = e2e;
      await page.openPage(`?lang=${lang}`);
      await awaitEverything(page);
      await session.execute('for (const d of document.querySelectorAll("main details")) d.open = true;');
      const violations = await page.axeScan();
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
    });
  }
});

describe('languages, WebAssembly switched off (--js-flags=--jitless)', () => {
  let e2e;
  before(async () => {
    e2e = await startE2E({ config: JSON.parse(readFileSync(join(distDir(), 'config.json'), 'utf8')), chromeArgs: ['--js-flags=--jitless'] });
  });
  after(async () => {
    await e2e?.stop();
  });

  for (const lang of Object.keys(LANGS)) {
    test(`l10n: no wasm: ?lang=${lang} shows the guidance and the notice in that language`, async () => {
      const { page, session } = e2e;
      await page.openPage(`?lang=${lang}`, { waitForApp: false });
      await page.waitFor('[data-notice="no-wasm"]', (s) => s.present && s.visible, 10000, 'the no-wasm notice');
      const doc = await docState(session);
      assert.equal(doc.path, lang === 'en' ? '/' : `/${lang}/`);
      assertLanguage(doc, lang, await visibleProse(session), `no wasm, ${lang}`);
      // The static scripts are found from the language folder.
      const hrefs = await session.execute('return [...document.querySelectorAll("a[data-static-script]")].map((a) => a.href);');
      assert.equal(hrefs.length, 3);
      for (const href of hrefs) {
        const r = await fetch(href);
        assert.equal(r.status, 200, href);
      }
    });
  }
});
