//! The long help texts the app shows, as HTML fragments written into `index.html` at build
//! time (`<template id="help-content">`), instead of being compiled into the wasm.
//!
//! Why: most of these texts are in the pre-rendered fallback already, so in the HTML they
//! compress against it and cost little: measured when they moved, the wasm is 8.3 KB gzip
//! smaller and `index.html` 1.8 KB larger. The app takes the template when it starts
//! (`effects::content`) and shows a clone of the fragment a view names by its
//! [`Fragment`]; a page built without the post-build step shows a message instead.
//!
//! Every fragment is rendered here, natively, from the [`help`] data, through the one
//! escaping function [`escape_html`]. No config or URL value reaches a fragment: they
//! depend on the system and Teams client only.

use std::fmt::Write as _;

use super::{escape_html, text_html};
use crate::help::{self, HowToStep, SolutionId};
use crate::platform::{Client, Os};
use crate::script::ScriptOption;
use crate::text::{Catalog, Msg};

/// The `id` of the `<template>` element that holds the fragments.
pub const TEMPLATE_ID: &str = "help-content";

/// One help text the app can show. Its [`Fragment::key`] is the fragment's
/// `data-help` value in the template.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fragment {
    /// Clearing the cache by hand (`<ol>`).
    Cache(Os, Client),
    /// VPN and proxy (`<ol>`).
    Network(Os),
    /// TLS 1.2 in Internet Options, Windows only (`<ol>`).
    Tls,
    /// Setting the date and time (`<ol>`).
    Time(Os),
    /// Setting the time zone (`<ol>`).
    Timezone(Os),
    /// Saving Teams' support files before clearing anything (`<p class="note">`).
    SupportFiles(Os),
    /// What to try when the cache did not help (`<ol>` of `li[data-next-step]`).
    AfterCache(Os),
    /// The article before its solutions: summary, symptoms, causes (`<div>`).
    ArticleHead,
    /// The article after its solutions: links and background (`<div>`).
    ArticleTail,
    /// The For IT panel: the link builder (driven by the page's own script, see
    /// `site::page_script`) and the configuration in effect, which the app fills in
    /// (`<section>`).
    ForIt,
}

impl Fragment {
    /// Every fragment, grouped by system so that similar texts sit close together in the
    /// HTML (gzip only matches repeats within 32 KB).
    pub fn all() -> Vec<Fragment> {
        let mut all = vec![
            Fragment::ArticleHead,
            Fragment::ArticleTail,
            Fragment::Tls,
            Fragment::ForIt,
        ];
        for os in Os::ALL {
            all.extend([
                Fragment::Network(os),
                Fragment::Time(os),
                Fragment::Timezone(os),
                Fragment::SupportFiles(os),
                Fragment::AfterCache(os),
            ]);
            all.extend(Client::ALL.map(|client| Fragment::Cache(os, client)));
        }
        all
    }

    /// Whether the fragment is in the pre-rendered fallback already (its systems' solution
    /// steps for both clients, written with the same markup and `data-help` key): the app
    /// takes those from there, so the page carries them once.
    pub fn in_fallback(self) -> bool {
        match self {
            Fragment::Cache(_, client) => client == Client::Both,
            Fragment::Network(_) | Fragment::Time(_) | Fragment::SupportFiles(_) => true,
            Fragment::Tls => true,
            _ => false,
        }
    }

    /// The steps of one of the article's solutions.
    pub fn solution(id: SolutionId, os: Os, client: Client) -> Fragment {
        match id {
            SolutionId::Cache => Fragment::Cache(os, client),
            SolutionId::VpnProxy => Fragment::Network(os),
            SolutionId::Tls => Fragment::Tls,
            SolutionId::Time => Fragment::Time(os),
        }
    }

    /// The fragment's `data-help` value: `cache-windows-new`, `tls`, `article-head`.
    pub fn key(self) -> String {
        let (kind, os, client) = match self {
            Fragment::Cache(os, client) => ("cache", Some(os), Some(client)),
            Fragment::Network(os) => ("network", Some(os), None),
            Fragment::Tls => ("tls", None, None),
            Fragment::Time(os) => ("time", Some(os), None),
            Fragment::Timezone(os) => ("timezone", Some(os), None),
            Fragment::SupportFiles(os) => ("support-files", Some(os), None),
            Fragment::AfterCache(os) => ("after-cache", Some(os), None),
            Fragment::ArticleHead => ("article-head", None, None),
            Fragment::ArticleTail => ("article-tail", None, None),
            Fragment::ForIt => ("for-it", None, None),
        };
        let mut key = kind.to_string();
        for part in [os.map(Os::as_str), client.map(Client::as_str)]
            .into_iter()
            .flatten()
        {
            key.push('-');
            key.push_str(part);
        }
        key
    }

    /// The fragment's HTML in `cat`'s language: one element carrying `data-help`.
    pub fn render(self, cat: &Catalog) -> String {
        let key = self.key();
        let mut s = String::new();
        match self {
            Fragment::Cache(os, client) => {
                steps_ol(&mut s, cat, Some(&key), &help::cache_steps(os, client))
            }
            Fragment::Network(os) => steps_ol(&mut s, cat, Some(&key), &help::network_steps(os)),
            Fragment::Tls => steps_ol(&mut s, cat, Some(&key), &help::tls_fix_steps()),
            Fragment::Time(os) => steps_ol(&mut s, cat, Some(&key), &help::time_fix_steps(os)),
            Fragment::Timezone(os) => {
                steps_ol(&mut s, cat, Some(&key), &help::timezone_fix_steps(os))
            }
            Fragment::SupportFiles(os) => {
                let text: Vec<String> = help::support_files_steps(os)
                    .iter()
                    .map(|m| escape_html(&cat.str(*m)))
                    .collect();
                let _ = write!(
                    s,
                    "<p class=\"note\" data-help=\"{key}\">{}</p>",
                    text.join(" ")
                );
            }
            Fragment::AfterCache(os) => {
                let _ = write!(s, "<ol data-help=\"{key}\">");
                for n in help::after_cache(os) {
                    let _ = write!(
                        s,
                        "<li data-next-step=\"{}\"><strong>{}</strong><p class=\"why\">{}</p><ol>",
                        escape_html(n.id),
                        escape_html(&cat.str(n.title)),
                        escape_html(&cat.str(n.why))
                    );
                    for t in &n.steps {
                        let _ = write!(s, "<li>{}</li>", text_html(cat, t));
                    }
                    s.push_str("</ol></li>");
                }
                s.push_str("</ol>");
            }
            Fragment::ArticleHead => article_head(&mut s, cat, &key),
            Fragment::ArticleTail => article_tail(&mut s, cat, &key),
            Fragment::ForIt => for_it(&mut s, cat, &key),
        }
        s
    }
}

/// The `<template>` the app keeps its fragments in, empty in the page: the fragments the
/// first screen can need are in the fallback ([`Fragment::in_fallback`]), the rest arrive
/// with the texts after the checks ([`later`]). The page's script fills it with another
/// language's fragments when it switches in place.
pub fn template() -> String {
    format!("<template id=\"{TEMPLATE_ID}\"></template>\n")
}

/// The fragments that are not in the fallback, in `cat`'s language: the `help` of the file
/// of texts loaded after the checks (`site::build`).
pub fn later(cat: &Catalog) -> String {
    let mut s = String::new();
    for f in Fragment::all().into_iter().filter(|f| !f.in_fallback()) {
        s.push_str(&f.render(cat));
        s.push('\n');
    }
    s
}

/// A numbered list of steps: the text, then what to copy, then a link (the markup of the
/// fallback's lists, so one stylesheet fits both). What to copy is shown left-to-right in
/// every language and never translated by a page translator.
pub(super) fn steps_ol(s: &mut String, cat: &Catalog, key: Option<&str>, steps: &[HowToStep]) {
    match key {
        Some(key) => {
            let _ = write!(s, "<ol data-help=\"{key}\">");
        }
        None => s.push_str("<ol>"),
    }
    for step in steps {
        s.push_str("<li>");
        s.push_str(&text_html(cat, &step.text));
        if let Some(cmd) = &step.command {
            let _ = write!(
                s,
                " <code dir=\"ltr\" translate=\"no\">{}</code>",
                escape_html(cmd)
            );
        }
        if let Some((label, url)) = step.link {
            let _ = write!(
                s,
                " <a href=\"{}\">{}</a>",
                escape_html(url),
                escape_html(&cat.str(label))
            );
        }
        s.push_str("</li>");
    }
    s.push_str("</ol>");
}

/// The article before its solutions (the same for every system and client).
fn article_head(s: &mut String, cat: &Catalog, key: &str) {
    let a = help::article(Os::Windows, Client::Both);
    let _ = write!(
        s,
        "<div data-help=\"{key}\"><p>{}</p>",
        escape_html(&cat.str(a.summary))
    );
    let list = |s: &mut String, title: Msg, items: &[crate::text::Text]| {
        let _ = write!(s, "<h3>{}</h3><ul>", escape_html(&cat.str(title)));
        for item in items {
            let _ = write!(s, "<li>{}</li>", text_html(cat, item));
        }
        s.push_str("</ul>");
    };
    list(s, Msg::HelpSymptomsTitle, &a.symptoms);
    list(s, Msg::HelpCausesTitle, &a.causes);
    s.push_str("</div>");
}

/// The article after its solutions (the same for every system and client).
fn article_tail(s: &mut String, cat: &Catalog, key: &str) {
    let a = help::article(Os::Windows, Client::Both);
    let _ = write!(
        s,
        "<div data-help=\"{key}\"><h3>{}</h3><ul>",
        escape_html(&cat.str(Msg::HelpLinksTitle))
    );
    for link in &a.links {
        let _ = write!(
            s,
            "<li><a href=\"{}\" rel=\"noopener noreferrer\">{}</a> — {}</li>",
            escape_html(link.url),
            escape_html(&cat.str(link.label)),
            escape_html(&cat.str(link.note))
        );
    }
    let _ = write!(
        s,
        "</ul><h3>{}</h3>",
        escape_html(&cat.str(Msg::HelpBackgroundTitle))
    );
    for p in &a.background {
        let _ = write!(s, "<p>{}</p>", text_html(cat, p));
    }
    s.push_str("</div>");
}

/// The For IT panel: a link builder whose selects the page's own script reads (so it works
/// without the app's code), the link, a copy button with its two status texts, and the
/// configuration in effect, which the app writes into `[data-config-effective]`.
fn for_it(s: &mut String, cat: &Catalog, key: &str) {
    let e = |m: Msg| escape_html(&cat.str(m));
    let select = |s: &mut String,
                  id: &str,
                  label: Msg,
                  empty: Msg,
                  options: &[(&str, String)],
                  selected: &str| {
        let _ = write!(
            s,
            "<div class=\"field\"><label for=\"{id}\">{}</label><select id=\"{id}\"><option value=\"\">{}</option>",
            e(label),
            e(empty)
        );
        for (value, text) in options {
            let sel = if *value == selected { " selected" } else { "" };
            let _ = write!(
                s,
                "<option value=\"{}\"{sel}>{}</option>",
                escape_html(value),
                escape_html(text)
            );
        }
        s.push_str("</select></div>");
    };
    let _ = write!(
        s,
        "<section class=\"card for-it\" data-help=\"{key}\" data-for-it aria-labelledby=\"for-it-title\">\
         <h2 id=\"for-it-title\">{}</h2><details><summary>{}</summary><h3>{}</h3><p>{}</p>",
        e(Msg::ForItTitle),
        e(Msg::ForItSummary),
        e(Msg::ForItLinkTitle),
        e(Msg::ForItLinkIntro)
    );
    let langs: Vec<(&str, String)> = signin_catalog::LANGUAGES
        .iter()
        .map(|l| (l.tag, l.endonym.to_string()))
        .collect();
    select(
        s,
        "it-lang",
        Msg::ForItLanguage,
        Msg::ForItLanguageAuto,
        &langs,
        "",
    );
    let codes: Vec<(&str, String)> = crate::codes::ErrorCode::ALL
        .iter()
        .map(|c| {
            (
                c.as_str(),
                cat.plain(&crate::text::Text::for_it_code_option(
                    crate::text::Arg::code(c.as_str()),
                    c.meaning(),
                )),
            )
        })
        .collect();
    select(
        s,
        "it-code",
        Msg::ForItCode,
        Msg::ForItCodeNone,
        &codes,
        "CAA20002",
    );
    let oses: Vec<(&str, String)> = Os::ALL
        .iter()
        .map(|o| (o.as_str(), o.label().to_string()))
        .collect();
    select(s, "it-os", Msg::ForItOs, Msg::ForItOsDetect, &oses, "");
    let clients: Vec<(&str, String)> = Client::ALL
        .iter()
        .map(|c| (c.as_str(), cat.str(c.label())))
        .collect();
    select(
        s,
        "it-client",
        Msg::ForItClient,
        Msg::ForItClientAsk,
        &clients,
        "",
    );
    let _ = write!(
        s,
        "<div class=\"command\"><code data-it-link dir=\"ltr\" translate=\"no\"></code>\
         <button type=\"button\" class=\"secondary\" data-action=\"copy-link\" data-done=\"{}\" data-blocked=\"{}\">{}</button></div>\
         <p class=\"status-line\" aria-live=\"polite\" data-it-status></p>\
         <h3>{}</h3><p>{}</p><p>{}</p>\
         <label class=\"choice\"><input type=\"checkbox\" data-it-unattended>{}<span class=\"field-note\"> — {}</span></label>\
         <p class=\"field-note\">{}</p>\
         <h3>{}</h3><p>{}</p>\
         <pre tabindex=\"0\" dir=\"ltr\" aria-label=\"{}\" data-config-effective>{}</pre></details></section>",
        e(Msg::ForItLinkCopied),
        e(Msg::CopyBlockedLink),
        e(Msg::ForItCopyLink),
        e(Msg::ForItUnattendedTitle),
        e(Msg::ForItUnattendedIntro),
        e(Msg::ForItUnattendedPlatforms),
        text_html(cat, &ScriptOption::Unattended.label()),
        ScriptOption::Unattended.summary().map(e).unwrap_or_default(),
        text_html(cat, &crate::text::Text::for_it_unattended_after(crate::text::Arg::code("docs/it-guide.md"))),
        e(Msg::ForItConfigTitle),
        text_html(cat, &crate::text::Text::for_it_config_intro(crate::text::Arg::code("config.json"))),
        e(Msg::ForItConfigTitle),
        e(Msg::ForItConfigLoading)
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::native::english;

    #[test]
    fn keys_are_unique_and_safe_attribute_values() {
        let all = Fragment::all();
        let mut keys: Vec<String> = all.iter().map(|f| f.key()).collect();
        assert!(keys
            .iter()
            .all(|k| k.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), all.len());
        // 4 + 3 systems × (5 + 3 clients).
        assert_eq!(all.len(), 28);
    }

    #[test]
    fn every_fragment_is_one_element_carrying_its_key() {
        for f in Fragment::all() {
            let html = f.render(english());
            let key = f.key();
            let open = html.find('>').unwrap();
            assert!(
                html[..open].contains(&format!("data-help=\"{key}\"")),
                "{key}: {html}"
            );
            // Balanced: the first tag's name closes the fragment.
            let tag: String = html[1..]
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            assert!(html.ends_with(&format!("</{tag}>")), "{key}");
        }
    }

    #[test]
    fn fragments_carry_the_help_texts() {
        use crate::text::Text;
        let cases: [(Fragment, Text); 7] = [
            (Fragment::Tls, help::tls_fix_steps()[0].text.clone()),
            (
                Fragment::Time(Os::Macos),
                help::time_fix_steps(Os::Macos)[0].text.clone(),
            ),
            (
                Fragment::Timezone(Os::Linux),
                help::timezone_fix_steps(Os::Linux)[0].text.clone(),
            ),
            (
                Fragment::Cache(Os::Windows, Client::Classic),
                help::cache_steps(Os::Windows, Client::Classic)[0]
                    .text
                    .clone(),
            ),
            (
                Fragment::AfterCache(Os::Macos),
                help::after_cache(Os::Macos)[1].title.into(),
            ),
            (
                Fragment::ArticleTail,
                help::article(Os::Linux, Client::New).background[0].clone(),
            ),
            (
                Fragment::ArticleHead,
                help::article(Os::Macos, Client::Classic).causes[3].clone(),
            ),
        ];
        for (f, text) in cases {
            let html = text_html(english(), &text);
            assert!(f.render(english()).contains(&html), "{}", f.key());
        }
    }

    #[test]
    fn each_solution_shows_the_steps_the_article_has_for_it() {
        for os in Os::ALL {
            for client in Client::ALL {
                for solution in help::article(os, client).solutions {
                    let html = Fragment::solution(solution.id, os, client).render(english());
                    for step in &solution.steps {
                        assert!(
                            html.contains(&text_html(english(), &step.text)),
                            "{os:?} {client:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_article_head_and_tail_do_not_depend_on_the_system() {
        for os in Os::ALL {
            for client in Client::ALL {
                let a = help::article(os, client);
                let b = help::article(Os::Windows, Client::Both);
                assert_eq!(
                    (a.summary, a.symptoms, a.causes, a.links, a.background),
                    (b.summary, b.symptoms, b.causes, b.links, b.background)
                );
            }
        }
    }

    /// Every fragment is on the page once: in the fallback (every system's section) or in
    /// the texts that come later, never in both and never missing.
    #[test]
    fn every_fragment_is_in_the_fallback_or_comes_later_once() {
        let later = later(english());
        let fallback = super::super::render(&crate::config::Config::default(), english(), "");
        for f in Fragment::all() {
            let attr = format!("data-help=\"{}\"", f.key());
            let (here, there) = (
                fallback.matches(&attr).count(),
                later.matches(&attr).count(),
            );
            assert_eq!(
                (here, there),
                if f.in_fallback() { (1, 0) } else { (0, 1) },
                "{}",
                f.key()
            );
            if f.in_fallback() {
                // The same markup as the fragment itself, so the app shows the same thing.
                assert!(fallback.contains(&f.render(english())), "{}", f.key());
            }
        }
        assert_eq!(template(), "<template id=\"help-content\"></template>\n");
    }
}
