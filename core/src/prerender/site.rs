//! The built site in every language: one page per language folder (`de/index.html`), the
//! root page in the default language, and each language's lazily loaded texts.
//!
//! A static host cannot read `Accept-Language`, so the choice happens in the page: a small
//! inline script ([`chooser_script`], the same on every page, allowed by its hash in the CSP)
//! follows `?lang=` and, on the root page only, the browser's languages; a visible menu of
//! plain links works without JavaScript. Every page is the Trunk-built `index.html` with its
//! marked regions filled for its language; pages in folders reach the shared files (wasm,
//! scripts, `config.json`) through `../`, recorded as `<meta name="app-root">` for the app.

use std::fmt::Write as _;

use signin_catalog::{languages, Language};

use super::{content, escape_html};
use crate::config::Config;
use crate::text::{Catalog, Msg};

/// The head region: app root, title, the language chooser.
pub const HEAD_START: &str = "<!-- prerender:head -->";
/// See [`HEAD_START`].
pub const HEAD_END: &str = "<!-- /prerender:head -->";
/// The body region: language menu, skip link, the guidance, the texts, the crash notice.
pub const BODY_START: &str = "<!-- prerender:body -->";
/// See [`BODY_START`].
pub const BODY_END: &str = "<!-- /prerender:body -->";

/// The `id` of the JSON block with the page's texts.
pub const CATALOG_ID: &str = "l10n";

/// What the build knows about one language it writes.
pub struct Edition<'a> {
    pub lang: &'static Language,
    /// Every message, compiled from the language's catalog (with IT's overrides).
    pub catalog: &'a Catalog,
}

/// The whole site's inputs.
pub struct Site<'a> {
    pub config: &'a Config,
    /// The languages to write, in menu order; the pseudo-language (if any) is written but
    /// not listed in the menu.
    pub editions: Vec<Edition<'a>>,
    /// The root page's language (config.json's default, English when absent).
    pub default: &'static Language,
    /// The helpdesk report's language (config.json's choice, English when absent).
    pub report: &'static Language,
}

impl Site<'_> {
    fn edition(&self, lang: &Language) -> Option<&Edition<'_>> {
        self.editions.iter().find(|e| e.lang.tag == lang.tag)
    }
}

/// One file of the built site, relative to its root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub content: String,
}

/// Every page and text file of the site, from Trunk's `index.html` (`template`, which may
/// be a page this function wrote before: only the marked regions and relative URLs change,
/// so running it again gives the same files).
pub fn build(template: &str, site: &Site) -> Result<Vec<File>, String> {
    for (start, end) in [(HEAD_START, HEAD_END), (BODY_START, BODY_END)] {
        region(template, start, end)
            .ok_or_else(|| format!("index.html has no {start} … {end} markers"))?;
    }
    let Some(default) = site.edition(site.default) else {
        return Err(format!(
            "the default language {} is not built",
            site.default.tag
        ));
    };
    let report = site
        .edition(site.report)
        .ok_or_else(|| format!("the report language {} is not built", site.report.tag))?;
    let chooser = page_script(site);
    let mut files = Vec::new();
    // The report's texts in the report's language, for the pages in other languages: loaded
    // with the texts after the checks (until then the report is in the page's language).
    let report_texts = report.catalog.part_json(0..Msg::REPORT_END);
    let report_path = format!(
        "{}/l10n-report-{}.json",
        report.lang.tag,
        short_hash(&report_texts)
    );
    files.push(File {
        path: report_path.clone(),
        content: report_texts,
    });
    let mut default_lazy = String::new();
    for e in &site.editions {
        // The texts after the checks, and the help fragments that are not in the fallback.
        let help = content::later(e.catalog);
        let lazy = e
            .catalog
            .part_json_with(Msg::FIRST_END..Msg::LAZY_END, &[("help", &help)]);
        let lazy_path = format!("{}/l10n-{}.json", e.lang.tag, short_hash(&lazy));
        if e.lang.tag == default.lang.tag {
            default_lazy.clone_from(&lazy_path);
        }
        files.push(File {
            path: format!("{}/index.html", e.lang.tag),
            content: page(template, site, e, &chooser, &lazy_path, &report_path, 1),
        });
        files.push(File {
            path: lazy_path,
            content: lazy,
        });
    }
    files.push(File {
        path: "index.html".into(),
        content: page(
            template,
            site,
            default,
            &chooser,
            &default_lazy,
            &report_path,
            0,
        ),
    });
    Ok(files)
}

/// 16 hex digits of FNV-1a: a name that changes when the content does.
fn short_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn region(html: &str, start: &str, end: &str) -> Option<(usize, usize)> {
    let s = html.find(start)? + start.len();
    let e = s + html[s..].find(end)?;
    Some((s, e))
}

/// One page: the template with its regions filled, `<html lang dir>` set, and (in a
/// language folder) every relative URL outside the regions pointing one folder up.
fn page(
    template: &str,
    site: &Site,
    e: &Edition,
    chooser: &str,
    lazy_path: &str,
    report_path: &str,
    depth: usize,
) -> String {
    let up = "../".repeat(depth);
    let root = if depth == 0 {
        "./".to_string()
    } else {
        up.clone()
    };
    let cat = e.catalog;
    let mut head = String::new();
    let _ = write!(
        head,
        "<meta name=\"app-root\" content=\"{root}\"><title>{}</title><script>{chooser}</script>",
        escape_html(&cat.str(Msg::PageTitle))
    );
    let mut body = String::new();
    body.push('\n');
    // The skip link first: the first thing a keyboard reaches.
    let _ = writeln!(
        body,
        "<a class=\"skip-link\" href=\"#main\" data-l10n-swap=\"skip\">{}</a>",
        escape_html(&cat.str(Msg::PageSkipLink))
    );
    body.push_str(&menu(site, e.lang, &up));
    let _ = writeln!(
        body,
        "<noscript><p class=\"fatal\">{}</p></noscript>",
        escape_html(&cat.str(Msg::PageNoScript))
    );
    body.push_str("<div id=\"app\">\n");
    body.push_str(&super::render(site.config, cat, &up));
    body.push_str(&content::template());
    body.push_str("</div>\n");
    // The texts right after the guidance: gzip finds their words in its 32 KB window.
    let mut paths = vec![("lazy", lazy_path)];
    if site.report.tag != e.lang.tag {
        paths.push(("report", report_path));
    }
    let first = cat.part_json_with(0..Msg::FIRST_END, &paths);
    let _ = writeln!(
        body,
        "<script type=\"application/json\" id=\"{CATALOG_ID}\">{first}</script>"
    );
    let _ = writeln!(
        body,
        "<div id=\"fatal\" class=\"fatal\" role=\"alert\" hidden>\n<h2 data-l10n-swap=\"fatal-title\">{}</h2>\n<p data-l10n-swap=\"fatal-text\">{}</p>\n<pre id=\"fatal-detail\" dir=\"ltr\"></pre>\n</div>",
        escape_html(&cat.str(Msg::PageFatalTitle)),
        escape_html(&cat.str(Msg::PageFatalText))
    );

    let (hs, he) = region(template, HEAD_START, HEAD_END).expect("checked");
    let (bs, be) = region(template, BODY_START, BODY_END).expect("checked");
    let mut out = String::with_capacity(template.len() + body.len());
    let outside = |s: &str| {
        if depth == 0 {
            s.to_string()
        } else {
            relative_up(s, &up)
        }
    };
    out.push_str(&set_html_lang(&outside(&template[..hs]), e.lang));
    out.push_str(&head);
    out.push_str(&outside(&template[he..bs]));
    out.push_str(&body);
    out.push_str(&outside(&template[be..]));
    out
}

/// The `<html …>` start tag with this language's `lang` and `dir`.
fn set_html_lang(html: &str, lang: &Language) -> String {
    let Some(start) = html.find("<html") else {
        return html.to_string();
    };
    let end = start + html[start..].find('>').unwrap_or(5);
    format!(
        "{}<html lang=\"{}\" dir=\"{}\"{}",
        &html[..start],
        lang.tag,
        lang.dir.as_str(),
        &html[end..]
    )
}

/// Trunk writes its URLs as `./file` (its `public_url` is `./`): one folder down they become
/// `../file`. Only attribute values and the loader's module specifiers start so.
fn relative_up(html: &str, up: &str) -> String {
    html.replace("\"./", &format!("\"{up}"))
        .replace("'./", &format!("'{up}"))
}

/// The language menu: plain links (they work without JavaScript and WebAssembly), names in
/// their own language, the current one marked. The app switches in place on a click.
fn menu(site: &Site, current: &Language, up: &str) -> String {
    let cat = site.edition(current).map(|e| e.catalog);
    let label = cat
        .map(|c| c.str(Msg::PageLanguageMenu))
        .unwrap_or_default();
    let mut s = String::new();
    let _ = write!(
        s,
        "<nav class=\"lang-menu\" data-l10n-swap=\"nav\" aria-label=\"{}\"><details><summary>\
         <svg aria-hidden=\"true\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\"><circle cx=\"8\" cy=\"8\" r=\"7\" fill=\"none\" stroke=\"currentColor\"/><path d=\"M1 8h14M8 1c-2.5 3-2.5 11 0 14M8 1c2.5 3 2.5 11 0 14\" fill=\"none\" stroke=\"currentColor\"/></svg> \
         <span>{}</span> <span lang=\"{}\">{}</span></summary><ul>",
        escape_html(&label),
        escape_html(&label),
        current.tag,
        escape_html(current.endonym)
    );
    for e in site
        .editions
        .iter()
        .filter(|e| e.lang.tag != languages::PSEUDO.tag)
    {
        let l = e.lang;
        let _ = write!(
            s,
            "<li><a href=\"{up}{tag}/\" hreflang=\"{tag}\" lang=\"{tag}\" dir=\"{dir}\" data-lang=\"{tag}\"{cur}>{name}</a></li>",
            tag = l.tag,
            dir = l.dir.as_str(),
            cur = if l.tag == current.tag { " aria-current=\"true\"" } else { "" },
            name = escape_html(l.endonym)
        );
    }
    s.push_str("</ul></details></nav>\n");
    s
}

/// The page's own inline script, the same text on every page (one CSP hash); what differs
/// comes from the page (`<html lang>`, the app-root meta). It runs where WebAssembly is
/// blocked too, and the page works without it (plain links, pre-rendered steps).
///
/// 1. `?lang=xx` (any case, aliases such as `zh-CN`, regional tags falling back to their
///    language) goes to that language's folder, keeping the other parameters and the hash;
///    an unknown value is dropped quietly.
/// 2. Otherwise, on the root page only, the browser's languages in order decide (RFC 4647
///    lookup, Traditional Chinese never answered with Simplified); with no match the root's
///    own language (config.json's default) stays. A language folder is never redirected.
/// 3. The menu's links carry the link's code, system and client (only those, and only values
///    the app accepts: nothing else of an address is ever written into the page), so a
///    choice keeps them.
///    With the app running, a choice switches in place: the script reads that language's
///    page, swaps the fixed parts and hands the texts to the app (`l10n-switch` event), so
///    no result is lost; if that fails, the link is followed.
/// 4. The For IT panel's link builder: the link from the selects, and its copy button.
pub fn page_script(site: &Site) -> String {
    let mut map = String::from("{");
    let mut first = true;
    for e in &site.editions {
        let l = e.lang;
        let mut keys = vec![l.tag.to_ascii_lowercase()];
        keys.extend(l.aliases.iter().map(|a| a.to_string()));
        for k in keys {
            if !first {
                map.push(',');
            }
            first = false;
            let _ = write!(map, "\"{k}\":\"{}\"", l.tag);
        }
    }
    map.push('}');
    PAGE_SCRIPT.replace("LANGS", &map)
}

/// See [`page_script`]; `LANGS` is replaced by the tag map. ES5 and no dependencies: it must
/// run in every browser the page supports, before the app and without it.
const PAGE_SCRIPT: &str = r##"(function(){"use strict";
var L=LANGS,T=["zh-hant","zh-tw","zh-hk","zh-mo"],d=document,h=d.documentElement,loc=location,
m=d.querySelector('meta[name="app-root"]'),root=m?m.getAttribute("content"):"./",base=new URL(root,loc.href),
q=loc.search,want=null,p=/([?&])lang=([^&#]*)/.exec(q);
base.search="";base.hash="";
function find(t){t=String(t||"").toLowerCase().replace(/_/g,"-");if(!t)return null;
for(var i=0;i<T.length;i++)if(t===T[i]||t.indexOf(T[i]+"-")===0)return null;
while(t){if(Object.prototype.hasOwnProperty.call(L,t))return L[t];var j=t.lastIndexOf("-");if(j<0)break;t=t.slice(0,j);}return null;}
if(p){try{want=find(decodeURIComponent(p[2]));}catch(e){}q=q.replace(/([?&])lang=[^&#]*&?/,"$1").replace(/[?&]$/,"");}
else if(root==="./"){var n=navigator,prefs=n.languages&&n.languages.length?n.languages:[n.language];
for(var k=0;k<prefs.length&&!want;k++)want=find(prefs[k]);}
if(want&&want!==h.lang){loc.replace(root+want+"/"+q+loc.hash);return;}
if(p&&history.replaceState)history.replaceState(history.state,"",loc.pathname+q+loc.hash);
function keep(){var o=[],seen={},p=loc.search.slice(1).split("&");
for(var i=0;i<p.length;i++){var kv=p[i].split("="),k=kv[0],v=kv[1]||"",ok=k==="os"?/^(windows|macos|linux)$/:k==="client"?/^(new|classic|both)$/:k==="code"?/^(0x)?[0-9A-Fa-f]{8}$/:null;
if(ok&&!seen[k]&&ok.test(v)){seen[k]=1;o.push(k+"="+v);}}
return o.length?"?"+o.join("&"):"";}
function links(){var a=d.querySelectorAll("a[data-lang]"),q=keep();
for(var i=0;i<a.length;i++)a[i].setAttribute("href",a[i].getAttribute("href").split("?")[0]+q);}
d.addEventListener("DOMContentLoaded",links);
d.addEventListener("click",function(e){var t=e.target,a=t.closest&&t.closest("a[data-lang]");
if(a&&!e.defaultPrevented&&!e.button&&!e.ctrlKey&&!e.metaKey&&!e.shiftKey&&!e.altKey&&h.getAttribute("data-wasm")==="started"&&window.DOMParser){
e.preventDefault();var det=a.closest("details");if(det)det.open=false;var url=a.href;
fetch(url).then(function(r){if(!r.ok)throw r.status;return r.text();}).then(function(text){
var n=new DOMParser().parseFromString(text,"text/html"),c=n.getElementById("l10n"),
tp=n.getElementById("help-content"),sw=n.querySelectorAll("[data-l10n-swap]"),fb=n.querySelectorAll("[data-fallback] [data-help]");if(!c||!tp)throw 0;
for(var i=0;i<fb.length;i++)tp.content.appendChild(fb[i]);
for(var i=0;i<sw.length;i++){var o=d.querySelector('[data-l10n-swap="'+sw[i].getAttribute("data-l10n-swap")+'"]');if(o)o.replaceWith(d.importNode(sw[i],true));}
d.body.appendChild(d.importNode(tp,true));h.lang=n.documentElement.lang;h.dir=n.documentElement.dir;d.title=n.title;
history.replaceState(history.state,"",url);links();
dispatchEvent(new CustomEvent("l10n-switch",{detail:{page:c.textContent}}));
}).catch(function(){loc.assign(url);});return;}
var b=t.closest&&t.closest('[data-action="copy-link"]');if(!b)return;var s=d.querySelector("[data-it-status]"),l=it();
function say(k){if(s)s.textContent=b.getAttribute(k);}
if(navigator.clipboard)navigator.clipboard.writeText(l).then(function(){say("data-done");},function(){say("data-blocked");});else say("data-blocked");});
function it(){var f=d.querySelector("[data-for-it]");if(!f)return"";var u=[],ks=["lang","code","os","client"];
for(var i=0;i<ks.length;i++){var s=f.querySelector("#it-"+ks[i]);if(s&&s.value)u.push(ks[i]+"="+encodeURIComponent(s.value));}
var l=base.href+(u.length?"?"+u.join("&"):""),c=f.querySelector("[data-it-link]");if(c)c.textContent=l;return l;}
d.addEventListener("change",function(e){if(e.target.closest&&e.target.closest("[data-for-it]"))it();});
d.addEventListener("toggle",function(e){if(e.target.closest&&e.target.closest("[data-for-it]"))it();},true);
})();"##;
