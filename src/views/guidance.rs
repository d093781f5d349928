//! What the error code means (`?code=`), and the full help article for the chosen system.

use signin_core::codes::{parse_code, CodeParse, ErrorCode};
use signin_core::help::{self, SolutionId};
use signin_core::platform::{Client, Os};
use signin_core::prerender::content::Fragment;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::effects::content::Slot;
use crate::views::plan::{help_fragment, steps_list};

#[derive(Properties, Clone, PartialEq)]
pub struct CodeProps {
    /// `None`: no code in the link, or one the page does not know (general guidance).
    pub code: Option<ErrorCode>,
    /// The user typed another code (`None`: nothing recognisable).
    pub on_code: Callback<Option<ErrorCode>>,
}

/// The code's meaning and guidance. Without a known code, CAA20002's guidance serves as the
/// general sign-in guidance: it is the page's subject and covers every common cause.
#[component]
pub fn CodeGuidance(props: &CodeProps) -> Html {
    // What the user made of the input box: only the parse result is kept, never the text,
    // so nothing typed (or pasted from a phishing mail) is echoed into the page.
    let typed = use_state(|| None::<CodeParse>);
    // Known codes apply while typing; "unknown" waits until the user leaves the box, so a
    // half-typed code is not announced as wrong.
    let oninput = {
        let typed = typed.clone();
        let on_code = props.on_code.clone();
        Callback::from(move |e: InputEvent| {
            let parsed = parse_code(&e.target_unchecked_into::<HtmlInputElement>().value());
            if let CodeParse::Known(code) = parsed {
                typed.set(Some(parsed));
                on_code.emit(Some(code));
            } else {
                typed.set(None);
            }
        })
    };
    let onchange = {
        let typed = typed.clone();
        Callback::from(move |e: Event| {
            let parsed = parse_code(&e.target_unchecked_into::<HtmlInputElement>().value());
            typed.set((parsed != CodeParse::Empty).then_some(parsed));
        })
    };
    let feedback = match (*typed, props.code) {
        (Some(CodeParse::Unknown), Some(code)) => format!(
            "This page does not know that code; the guidance for {code} below still applies."
        ),
        (Some(CodeParse::Unknown), None) => {
            "This page does not know that code; the general guidance below still applies."
                .to_string()
        }
        (Some(CodeParse::Known(code)), _) => format!("Guidance and steps updated for {code}."),
        _ => String::new(),
    };
    let (title, code) = match props.code {
        Some(c) => (format!("Error {c}: {}", c.meaning()), c),
        None => (
            "Teams sign-in problems: what usually helps".to_string(),
            ErrorCode::Caa20002,
        ),
    };
    html! {
        <section class="card guidance" data-code={props.code.map(|c| c.as_str())}
            aria-labelledby="code-title">
            <h2 id="code-title">{ title }</h2>
            if code.go_to_it_first() {
                <p class="escalate"><strong>{ "This one is for IT. " }</strong>
                    { "The steps on this page will not fix it; send IT the report in section 4 below." }</p>
            }
            // The first paragraph says what happened; the rest waits behind one click so the
            // checks stay on the first screen of a phone.
            if let Some((first, rest)) = code.guidance().split_first() {
                <p>{ *first }</p>
                if !rest.is_empty() {
                    <details class="more">
                        <summary>{ "More about this error" }</summary>
                        { for rest.iter().map(|p| html! { <p>{ *p }</p> }) }
                        <p class="source" data-code-sourced={code.is_sourced().to_string()}>{ code.source_note() }</p>
                    </details>
                }
            }
            <div class="field code-field">
                <label for="code-input">{ "Teams shows another code? Type or paste it here" }</label>
                <input id="code-input" type="text" inputmode="text" autocomplete="off" spellcheck="false"
                    maxlength="40" placeholder="e.g. CAA20003" aria-describedby="code-feedback" {oninput} {onchange} />
                <p id="code-feedback" class="field-note" aria-live="polite">{ feedback }</p>
            </div>
        </section>
    }
}

#[derive(Clone, PartialEq)]
pub struct ArticleProps {
    pub os: Option<Os>,
    pub client: Client,
}

/// The whole support article for the chosen system (Windows until one is chosen); its texts
/// are the page's HTML fragments (see `effects::content`), the solutions' headings are here.
pub fn article_view(props: &ArticleProps) -> Html {
    let os = props.os.unwrap_or(Os::Windows);
    html! {
        <section class="card article" data-article={os.as_str()} aria-labelledby="article-title">
            <h2 id="article-title">{ format!("{} — all the details ({})", help::ARTICLE_TITLE, os.label()) }</h2>
            <details>
            <summary>{ "Show the whole article: symptoms, causes, all solutions, links" }</summary>
            { help_fragment(SLOT, Fragment::ArticleHead) }
            <h3>{ "Solutions" }</h3>
            // One child of `details` however many solutions apply, so the fragments around
            // keep their positions when the system changes (see `effects::content`).
            <>{ for SolutionId::for_os(os).enumerate().map(|(i, id)| html! {
                <section class="solution" data-solution={id.as_str()}>
                    <h4>{ format!("{}. {}", i + 1, id.title()) }</h4>
                    <p>{ id.intro() }</p>
                    { steps_list(SLOT, "", Fragment::solution(id, os, props.client)) }
                </section>
            }) }</>
            { help_fragment(SLOT, Fragment::ArticleTail) }
            </details>
        </section>
    }
}

/// Where the article's help texts come from (see `effects::content`).
const SLOT: Slot = Slot::Article;
