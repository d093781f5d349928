//! The page's guidance as static HTML, written into `index.html` at build time.
//!
//! The app needs WebAssembly; the people who need this page most sit on locked-down computers
//! where it may be switched off, and on slow links where the wasm arrives late. So a native
//! build step (`src/bin/prerender.rs`) puts the manual steps for every system into the HTML,
//! from the same [`help`] data the app shows. The app removes this block when it starts (a clean
//! takeover, not hydration: see the README). A small inline script in `index.html` un-hides the
//! [`no_wasm_notice`] and the detected cause when the wasm cannot start.
//!
//! Every text that is not a literal of this module goes through [`escape_html`], the one
//! escaping function; config values are additionally only used as link targets when they passed
//! the config's own strict checks (`mailto:` e-mail, `tel:` phone, `https:` URL).

pub mod content;

use std::fmt::Write as _;

use crate::codes::ErrorCode;
use crate::config::Config;
use crate::help::{self, HowToStep};
use crate::platform::{Client, Os};
use crate::script;

/// Where the fallback goes in `index.html`: everything between these two comments is replaced,
/// so the step can run again on a built page (after IT edits `config.json`).
pub const START_MARKER: &str = "<!-- prerender:fallback -->";
/// See [`START_MARKER`].
pub const END_MARKER: &str = "<!-- /prerender:fallback -->";

/// The page's name above the heading when `config.json` names no organization.
pub const DEFAULT_ORG_LINE: &str = "Teams sign-in self-check";

/// The heading the app shows, for the code in effect (CAA20002 when the link names none).
pub fn heading(code: ErrorCode) -> String {
    format!(
        "Teams won't sign in (error {})? Let's find out why.",
        code.as_str()
    )
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

/// The causes the inline loader script can detect, as `(data-cause token, what IT should do)`.
/// The token is what the script writes into `[data-notice="no-wasm"][data-cause]`.
pub const CAUSES: [(&str, &str); 5] = [
    (
        "no-wasm",
        "This browser has WebAssembly switched off. Microsoft Edge does this under Enhanced \
         Security Mode (\"strict\") and under the policy \"Control use of JavaScript JIT\" \
         (DefaultJavaScriptJitSetting = BlockJavaScriptJit). Fix: allow JIT for this site with \
         the policy JavaScriptJitAllowedForSites, or add this site as an exception to Enhanced \
         Security Mode. Firefox does this when the preference javascript.options.wasm is false \
         (set by hand or by an enterprise policy): set it back to true.",
    ),
    (
        "missing",
        "The server did not deliver the page's WebAssembly file (.wasm). On IIS this is usually \
         a missing MIME map (error 404.3): the web.config next to index.html adds it \
         (.wasm = application/wasm); check that it was uploaded and that the site may use it. \
         Otherwise upload every file of the build, not only index.html.",
    ),
    (
        "mime",
        "The server sends the page's .wasm file with the wrong Content-Type. It must be \
         application/wasm (IIS: the MIME map in web.config; nginx: the mime.types entry).",
    ),
    (
        "csp",
        "The site's Content-Security-Policy forbids WebAssembly. Add 'wasm-unsafe-eval' to \
         script-src; csp.txt next to index.html has the complete policy this build needs.",
    ),
    (
        "startup",
        "The page's code failed while starting. Reload the page once; if this stays, send IT \
         the details below and the browser's name and version.",
    ),
];

/// The notice for a browser where the wasm cannot start, hidden until the inline script shows
/// it. Plain words for the employee first, then the likely cause for IT.
pub fn no_wasm_notice() -> String {
    let mut s = String::new();
    s.push_str(
        "<section class=\"card notice-no-wasm\" data-notice=\"no-wasm\" role=\"alert\" \
         aria-labelledby=\"no-wasm-title\" hidden>\n\
         <h2 id=\"no-wasm-title\">The automatic checks cannot run in this browser</h2>\n\
         <p>The steps below still work: follow the ones for your computer, or download the fix \
         script for it. If they do not help, contact your IT helpdesk and tell them about this \
         message.</p>\n\
         <h3>For IT: the likely cause</h3>\n",
    );
    for (token, text) in CAUSES {
        let _ = writeln!(
            s,
            "<p data-cause=\"{}\" hidden>{}</p>",
            escape_html(token),
            escape_html(text)
        );
    }
    s.push_str("<p data-cause-detail-line hidden>Details: <code data-cause-detail></code></p>\n");
    s.push_str("</section>\n");
    s
}

/// The whole fallback block (`[data-fallback]`): header with the one `h1`, the hidden no-wasm
/// notice, the steps for every system, the static script links and the helpdesk contact.
pub fn render(config: &Config) -> String {
    let org = config.organization.as_deref();
    let mut s = String::new();
    s.push_str("<div class=\"fallback\" data-fallback>\n<header class=\"page-header\">\n");
    let _ = writeln!(
        s,
        "<p class=\"org\">{}</p>",
        escape_html(org.unwrap_or(DEFAULT_ORG_LINE))
    );
    // `elementtiming`: the benchmark's "time to first guidance" is when this heading is painted.
    let _ = writeln!(
        s,
        "<h1 elementtiming=\"fallback-heading\">{}</h1>",
        escape_html(&heading(ErrorCode::Caa20002))
    );
    s.push_str(
        "<p class=\"lead\">This page checks your computer's clock and its connection to \
         Microsoft, then gives you the fix that fits. Nothing is installed and nothing leaves \
         this browser unless you send it.</p>\n</header>\n<main id=\"main\">\n",
    );
    s.push_str(
        "<p class=\"boot-loading\" data-boot>Loading the automatic checks… The steps below \
         work without them.</p>\n",
    );
    s.push_str(&no_wasm_notice());
    let article = help::article(Os::Windows, Client::Both);
    s.push_str(
        "<section class=\"card\" aria-labelledby=\"fallback-intro-title\">\n\
         <h2 id=\"fallback-intro-title\">Fix it yourself</h2>\n",
    );
    let _ = writeln!(s, "<p>{}</p>", escape_html(article.summary));
    s.push_str(
        "<p>Go to the steps for your computer. Try the solutions in order; after each one, try \
         signing in to Teams again.</p>\n<ul class=\"fallback-nav\">\n",
    );
    for os in Os::ALL {
        let _ = writeln!(
            s,
            "<li><a href=\"#fallback-{}\">{}</a></li>",
            os.as_str(),
            escape_html(os.label())
        );
    }
    s.push_str("</ul>\n</section>\n");
    for os in Os::ALL {
        os_section(&mut s, os);
    }
    helpdesk_section(&mut s, config);
    s.push_str("</main>\n</div>\n");
    // Outside `[data-fallback]`: the app takes it when it starts (see `content`).
    s.push_str(&content::template());
    s
}

/// One system's section: the static script, then every solution of the article, for both
/// clients (the user may not know which Teams they have).
fn os_section(s: &mut String, os: Os) {
    let id = os.as_str();
    let label = escape_html(os.label());
    let _ = writeln!(
        s,
        "<section class=\"card fallback-os\" data-os=\"{id}\" id=\"fallback-{id}\" \
         aria-labelledby=\"fallback-{id}-title\">\n\
         <h2 id=\"fallback-{id}-title\">On {label}</h2>"
    );
    let file = script::file_name(os);
    let _ = writeln!(
        s,
        "<p class=\"static-script\"><a class=\"button secondary\" data-static-script=\"{id}\" \
         href=\"{file}\" download=\"{file}\">Download the fix script for {label} ({file})</a></p>\n\
         <p>What the script does:</p>\n<ul class=\"what\">"
    );
    // What the static script does: the page's default choices for both clients (the
    // description depends on those only, not on the config's texts).
    let request = script::request_for(None, os, Client::Both, &script::ScriptOptions::default());
    for line in script::describe(&request) {
        let _ = writeln!(s, "<li>{}</li>", escape_html(&line));
    }
    let _ = writeln!(
        s,
        "</ul>\n<p>After downloading, run it with:</p>\n<p class=\"command\"><code>{}</code></p>",
        escape_html(&script::run_command(os))
    );
    let article = help::article(os, Client::Both);
    for (i, solution) in article.solutions.iter().enumerate() {
        let _ = writeln!(
            s,
            "<div class=\"solution\" data-solution=\"{}\">\n<h3>{}. {}</h3>\n<p>{}</p>",
            solution.id.as_str(),
            i + 1,
            escape_html(solution.title),
            escape_html(solution.intro)
        );
        steps_list(s, &solution.steps);
        s.push_str("</div>\n");
    }
    s.push_str("</section>\n");
}

/// The same markup as the app's `steps_list`, so the shared stylesheet fits both.
fn steps_list(s: &mut String, steps: &[HowToStep]) {
    s.push_str("<div class=\"howto\">");
    content::steps_ol(s, None, steps);
    s.push_str("</div>\n");
}

/// Who to call, from the build's `config.json`, and the article's links.
fn helpdesk_section(s: &mut String, config: &Config) {
    s.push_str(
        "<section class=\"card\" data-fallback-helpdesk aria-labelledby=\"fallback-help-title\">\n\
         <h2 id=\"fallback-help-title\">Still stuck? Contact your IT helpdesk</h2>\n",
    );
    if let Some(org) = &config.organization {
        let _ = writeln!(s, "<p>{}</p>", escape_html(org));
    }
    let h = &config.helpdesk;
    s.push_str(
        "<p>Tell them that Teams shows error CAA20002 and which of the steps above you \
         tried.</p>\n",
    );
    if h.email.is_some() || h.phone.is_some() || h.url.is_some() {
        s.push_str("<ul>\n");
        // The config's parser already refused anything but a plain address, phone number or
        // https URL, so these can be link targets; they are escaped all the same.
        if let Some(email) = &h.email {
            let e = escape_html(email);
            let _ = writeln!(s, "<li>E-mail: <a href=\"mailto:{e}\">{e}</a></li>");
        }
        if let Some(phone) = &h.phone {
            let tel: String = phone
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect();
            let _ = writeln!(
                s,
                "<li>Phone: <a href=\"tel:{}\">{}</a></li>",
                escape_html(&tel),
                escape_html(phone)
            );
        }
        if let Some(url) = &h.url {
            let u = escape_html(url);
            let _ = writeln!(s, "<li>Web: <a href=\"{u}\">{u}</a></li>");
        }
        s.push_str("</ul>\n");
    }
    s.push_str("<h3>Useful links</h3>\n<ul>\n");
    for link in help::links() {
        let _ = writeln!(
            s,
            "<li><a href=\"{}\">{}</a>: {}</li>",
            escape_html(link.url),
            escape_html(link.label),
            escape_html(link.note)
        );
    }
    s.push_str("</ul>\n</section>\n");
}

/// Puts `fragment` between the markers of `index_html`, replacing what was there (so running
/// the step twice gives the same page). `None` when the markers are missing or out of order:
/// the build must then fail rather than ship a page without its fallback.
pub fn insert(index_html: &str, fragment: &str) -> Option<String> {
    let start = index_html.find(START_MARKER)? + START_MARKER.len();
    let end = start + index_html[start..].find(END_MARKER)?;
    let mut out = String::with_capacity(index_html.len() + fragment.len() + 2);
    out.push_str(&index_html[..start]);
    out.push('\n');
    out.push_str(fragment);
    out.push_str(&index_html[end..]);
    Some(out)
}

#[cfg(test)]
mod tests;
