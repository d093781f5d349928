//! The page's guidance as static HTML, written into `index.html` at build time.
//!
//! The app needs WebAssembly; the people who need this page most sit on locked-down computers
//! where it may be switched off, and on slow links where the wasm arrives late. So a native
//! build step (`src/bin/prerender.rs`) puts the manual steps for every system into the HTML,
//! from the same [`help`] data the app shows. The app removes this block when it starts (a clean
//! takeover, not hydration: see ARCHITECTURE.md). A small inline script in `index.html` un-hides the
//! [`no_wasm_notice`] and the detected cause when the wasm cannot start.
//!
//! Every text that is not a literal of this module goes through [`escape_html`], the one
//! escaping function; config values are additionally only used as link targets when they passed
//! the config's own strict checks (`mailto:` e-mail, `tel:` phone, `https:` URL).

pub mod content;
pub mod site;

use std::fmt::Write as _;

use crate::codes::ErrorCode;
use crate::config::Config;
use crate::help;
use crate::platform::{Client, Os};
use crate::script;
use crate::text::{Arg, Catalog, Msg, Text};

/// The page's name above the heading when `config.json` names no organization.
pub const DEFAULT_ORG_LINE: Msg = Msg::PageOrgDefault;

/// The heading the app shows, for the code in effect (CAA20002 when the link names none).
pub fn heading(code: ErrorCode) -> Text {
    Text::page_heading(Arg::code(code.as_str()))
}

/// The one HTML escaping function: text content and double- or single-quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A text as HTML in `cat`'s language, marked up as the app's views mark it up: technical
/// values in `<code dir="ltr" translate="no">` (left-to-right inside any sentence, never
/// touched by a page translator), names from the config in `<bdi>`. Every piece goes
/// through [`escape_html`].
pub fn text_html(cat: &Catalog, text: &Text) -> String {
    let Some(pieces) = cat.pieces(text) else {
        return String::from("…");
    };
    let mut out = String::new();
    for piece in pieces {
        match piece {
            signin_catalog::Piece::Text(t) => out.push_str(&escape_html(t)),
            signin_catalog::Piece::Arg(i) => match text.args.get(usize::from(i)) {
                Some(Arg::Code(v)) => {
                    let _ = write!(
                        out,
                        "<code dir=\"ltr\" translate=\"no\">{}</code>",
                        escape_html(v)
                    );
                }
                Some(Arg::Name(v)) => {
                    let _ = write!(out, "<bdi>{}</bdi>", escape_html(v));
                }
                Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                Some(Arg::Tenths(t)) => out.push_str(&crate::text::tenths(*t)),
                Some(Arg::Text(t)) => out.push_str(&text_html(cat, t)),
                None => {}
            },
        }
    }
    out
}

/// The causes the inline loader script can detect: its `data-cause` token and what IT
/// should do (sentences of one paragraph). The token is what the script writes into
/// `[data-notice="no-wasm"][data-cause]`.
pub fn causes() -> [(&'static str, Vec<Text>); 5] {
    let code = Arg::code;
    [
        (
            "no-wasm",
            vec![
                Text::no_wasm_cause_no_wasm(
                    code("DefaultJavaScriptJitSetting = BlockJavaScriptJit"),
                    code("JavaScriptJitAllowedForSites"),
                ),
                Text::no_wasm_cause_firefox(code("javascript.options.wasm")),
            ],
        ),
        (
            "missing",
            vec![Text::no_wasm_cause_missing(
                code(".wasm"),
                code("404.3"),
                code("web.config"),
                code(".wasm = application/wasm"),
                code("index.html"),
            )],
        ),
        (
            "mime",
            vec![Text::no_wasm_cause_mime(
                code(".wasm"),
                code("application/wasm"),
                code("web.config"),
                code("mime.types"),
            )],
        ),
        (
            "csp",
            vec![Text::no_wasm_cause_csp(
                code("'wasm-unsafe-eval'"),
                code("csp.txt"),
                code("index.html"),
            )],
        ),
        ("startup", vec![Msg::NoWasmCauseStartup.into()]),
    ]
}

/// The notice for a browser where the wasm cannot start, hidden until the inline script shows
/// it. Plain words for the employee first, then the likely cause for IT.
pub fn no_wasm_notice(cat: &Catalog) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "<section class=\"card notice-no-wasm\" data-notice=\"no-wasm\" role=\"alert\" \
         aria-labelledby=\"no-wasm-title\" hidden>\n\
         <h2 id=\"no-wasm-title\">{}</h2>\n<p>{}</p>\n<h3>{}</h3>\n",
        escape_html(&cat.str(Msg::NoWasmTitle)),
        escape_html(&cat.str(Msg::NoWasmText)),
        escape_html(&cat.str(Msg::NoWasmForIt))
    );
    for (token, texts) in causes() {
        let sentences: Vec<String> = texts.iter().map(|t| text_html(cat, t)).collect();
        let _ = writeln!(
            s,
            "<p data-cause=\"{}\" hidden>{}</p>",
            escape_html(token),
            sentences.join(" ")
        );
    }
    let _ = writeln!(
        s,
        "<p data-cause-detail-line hidden>{} <code data-cause-detail dir=\"ltr\"></code></p>",
        escape_html(&cat.str(Msg::NoWasmDetails))
    );
    s.push_str("</section>\n");
    s
}

/// The whole fallback block (`[data-fallback]`) in `cat`'s language: header with the one
/// `h1`, the hidden no-wasm notice, the steps for every system, the static script links and
/// the helpdesk contact. `up` leads from the page's folder to the app root (`""` or `../`),
/// where the static scripts are.
pub fn render(config: &Config, cat: &Catalog, up: &str) -> String {
    let org = config.organization.as_deref();
    let mut s = String::new();
    s.push_str("<div class=\"fallback\" data-fallback>\n<header class=\"page-header\">\n");
    let _ = writeln!(
        s,
        "<p class=\"org\">{}</p>",
        match org {
            Some(o) => format!("<bdi>{}</bdi>", escape_html(o)),
            None => escape_html(&cat.str(DEFAULT_ORG_LINE)),
        }
    );
    // `elementtiming`: the benchmark's "time to first guidance" is when this heading is painted.
    let _ = writeln!(
        s,
        "<h1 elementtiming=\"fallback-heading\">{}</h1>",
        text_html(cat, &heading(ErrorCode::Caa20002))
    );
    let _ = write!(
        s,
        "<p class=\"lead\">{}</p>\n</header>\n<main id=\"main\">\n",
        escape_html(&cat.str(Msg::PageLead))
    );
    let _ = writeln!(
        s,
        "<p class=\"boot-loading\" data-boot>{}</p>",
        escape_html(&cat.str(Msg::FallbackLoading))
    );
    s.push_str(&no_wasm_notice(cat));
    let article = help::article(Os::Windows, Client::Both);
    let _ = write!(
        s,
        "<section class=\"card\" aria-labelledby=\"fallback-intro-title\">\n\
         <h2 id=\"fallback-intro-title\">{}</h2>\n<p>{}</p>\n<p>{}</p>\n<ul class=\"fallback-nav\">\n",
        escape_html(&cat.str(Msg::FallbackFixTitle)),
        escape_html(&cat.str(article.summary)),
        escape_html(&cat.str(Msg::FallbackFixIntro))
    );
    for os in Os::ALL {
        let _ = writeln!(
            s,
            "<li><a href=\"#fallback-{}\">{}</a></li>",
            os.as_str(),
            text_html(cat, &Text::fallback_on_os(Arg::name(os.label())))
        );
    }
    s.push_str("</ul>\n</section>\n");
    for os in Os::ALL {
        os_section(&mut s, cat, os, up);
    }
    helpdesk_section(&mut s, cat, config);
    s.push_str("</main>\n</div>\n");
    s
}

/// One system's section: the static script, then every solution of the article, for both
/// clients (the user may not know which Teams they have).
fn os_section(s: &mut String, cat: &Catalog, os: Os, up: &str) {
    let id = os.as_str();
    let name = || Arg::name(os.label());
    let file = script::file_name(os);
    let _ = writeln!(
        s,
        "<section class=\"card fallback-os\" data-os=\"{id}\" id=\"fallback-{id}\" \
         aria-labelledby=\"fallback-{id}-title\">\n\
         <h2 id=\"fallback-{id}-title\">{}</h2>",
        text_html(cat, &Text::fallback_on_os(name()))
    );
    let _ = writeln!(
        s,
        "<p class=\"static-script\"><a class=\"button secondary\" data-static-script=\"{id}\" \
         href=\"{up}{file}\" download=\"{file}\">{}</a></p>\n<p>{}</p>\n<ul class=\"what\">",
        text_html(cat, &Text::fallback_download(name(), Arg::code(file))),
        escape_html(&cat.str(Msg::FallbackScriptDoes))
    );
    // What the static script does: the page's default choices for both clients (the
    // description depends on those only, not on the config's texts).
    let request = script::request_for(None, os, Client::Both, &script::ScriptOptions::default());
    for line in script::describe(&request) {
        let _ = writeln!(s, "<li>{}</li>", text_html(cat, &line));
    }
    let _ = writeln!(
        s,
        "</ul>\n<p>{}</p>\n<p class=\"command\"><code dir=\"ltr\" translate=\"no\">{}</code></p>",
        escape_html(&cat.str(Msg::FallbackRunWith)),
        escape_html(&script::run_command(os))
    );
    let article = help::article(os, Client::Both);
    for (i, solution) in article.solutions.iter().enumerate() {
        let _ = writeln!(
            s,
            "<div class=\"solution\" data-solution=\"{}\">\n<h3>{}</h3>\n<p>{}</p>",
            solution.id.as_str(),
            text_html(cat, &Text::article_numbered(i + 1, solution.title)),
            text_html(cat, &solution.intro)
        );
        // Before clearing anything: the support files (the app shows this note there too).
        if solution.id == help::SolutionId::Cache {
            s.push_str(&content::Fragment::SupportFiles(os).render(cat));
            s.push('\n');
        }
        // With the key of its fragment: the app takes these steps from here.
        let key = content::Fragment::solution(solution.id, os, Client::Both).key();
        s.push_str("<div class=\"howto\">");
        content::steps_ol(s, cat, Some(&key), &solution.steps);
        s.push_str("</div>\n</div>\n");
    }
    s.push_str("</section>\n");
}

/// Who to call, from the build's `config.json`, and the article's links.
fn helpdesk_section(s: &mut String, cat: &Catalog, config: &Config) {
    let _ = write!(
        s,
        "<section class=\"card\" data-fallback-helpdesk aria-labelledby=\"fallback-help-title\">\n\
         <h2 id=\"fallback-help-title\">{}</h2>\n",
        escape_html(&cat.str(Msg::FallbackHelpdeskTitle))
    );
    if let Some(org) = &config.organization {
        let _ = writeln!(s, "<p><bdi>{}</bdi></p>", escape_html(org));
    }
    let h = &config.helpdesk;
    let _ = writeln!(
        s,
        "<p>{}</p>",
        text_html(cat, &Text::fallback_helpdesk_tell(Arg::code("CAA20002")))
    );
    if h.email.is_some() || h.phone.is_some() || h.url.is_some() {
        s.push_str("<ul>\n");
        // The config's parser already refused anything but a plain address, phone number or
        // https URL, so these can be link targets; they are escaped all the same.
        if let Some(email) = &h.email {
            let e = escape_html(email);
            let _ = writeln!(
                s,
                "<li>{} <a href=\"mailto:{e}\" dir=\"ltr\">{e}</a></li>",
                escape_html(&cat.str(Msg::FallbackEmail))
            );
        }
        if let Some(phone) = &h.phone {
            let tel: String = phone
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect();
            let _ = writeln!(
                s,
                "<li>{} <a href=\"tel:{}\" dir=\"ltr\">{}</a></li>",
                escape_html(&cat.str(Msg::FallbackPhone)),
                escape_html(&tel),
                escape_html(phone)
            );
        }
        if let Some(url) = &h.url {
            let u = escape_html(url);
            let _ = writeln!(
                s,
                "<li>{} <a href=\"{u}\" dir=\"ltr\">{u}</a></li>",
                escape_html(&cat.str(Msg::FallbackWeb))
            );
        }
        s.push_str("</ul>\n");
    }
    let _ = writeln!(
        s,
        "<h3>{}</h3>\n<ul>",
        escape_html(&cat.str(Msg::HelpLinksTitle))
    );
    for link in help::links() {
        let _ = writeln!(
            s,
            "<li><a href=\"{}\">{}</a>: {}</li>",
            escape_html(link.url),
            escape_html(&cat.str(link.label)),
            escape_html(&cat.str(link.note))
        );
    }
    s.push_str("</ul>\n</section>\n");
}

#[cfg(test)]
mod tests;
