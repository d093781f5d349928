//! What the error code means (`?code=`), and the full help article for the chosen system.

use signin_core::codes::{parse_code, CodeParse, ErrorCode};
use signin_core::help::{self, SolutionId};
use signin_core::platform::{Client, Os};
use signin_core::prerender::content::Fragment;
use signin_core::text::{Arg, Catalog, Msg, Text};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::effects::content::Slot;
use crate::views::hooks::Later;
use crate::views::plan::{help_fragment, steps_list};
use crate::views::text::{later_placeholder, later_ready, plain, tr, Texts};

#[derive(Properties, Clone, PartialEq)]
pub struct CodeProps {
    /// The page\'s texts.
    pub texts: Texts,
    /// `None`: no code in the link, or one the page does not know (general guidance).
    pub code: Option<ErrorCode>,
    /// Where the texts of codes other than CAA20002 are (they are loaded later).
    pub later: Later,
    /// The user typed another code (`None`: nothing recognisable).
    pub on_code: Callback<Option<ErrorCode>>,
}

/// The code's meaning and guidance. Without a known code, CAA20002's guidance serves as the
/// general sign-in guidance: it is the page's subject and covers every common cause.
#[component]
pub fn CodeGuidance(props: &CodeProps) -> Html {
    let cat = props.texts.clone();
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
    let feedback: Option<Text> = match (*typed, props.code) {
        (Some(CodeParse::Unknown), Some(code)) => {
            Some(Text::code_unknown_with(Arg::code(code.as_str())))
        }
        (Some(CodeParse::Unknown), None) => Some(Msg::CodeUnknown.into()),
        (Some(CodeParse::Known(code)), _) => Some(Text::code_updated(Arg::code(code.as_str()))),
        _ => None,
    };
    let code = props.code.unwrap_or(ErrorCode::Caa20002);
    // Another code's words come with the texts loaded later: until then say so, never
    // show CAA20002's words under another code's number.
    let ready = cat.has(code.meaning());
    let title = match props.code {
        Some(c) if ready => tr(&cat, Text::code_title(Arg::code(c.as_str()), c.meaning())),
        Some(c) => {
            html! { <>{ tr(&cat, Text::code_title(Arg::code(c.as_str()), Msg::LaterLoading)) }</> }
        }
        None => tr(&cat, Msg::CodeTitleGeneral),
    };
    let guidance = code.guidance();
    html! {
        <section class="card guidance" data-code={props.code.map(|c| c.as_str())}
            aria-labelledby="code-title">
            <h2 id="code-title">{ title }</h2>
            if code.go_to_it_first() {
                <p class="escalate"><strong>{ tr(&cat, Msg::CodeForIt) }</strong>{ " " }
                    { tr(&cat, Msg::CodeForItWhy) }</p>
            }
            if !ready {
                <p aria-live="polite">{ tr(&cat, if props.later == Later::Failed {
                    Msg::CodeLoadFailed
                } else {
                    Msg::CodeLoading
                }) }</p>
            } else if let Some((first, rest)) = guidance.split_first() {
                // The first paragraph says what happened; the rest waits behind one click so
                // the checks stay on the first screen of a phone.
                <p>{ tr(&cat, first.clone()) }</p>
                if !rest.is_empty() {
                    <details class="more">
                        <summary>{ tr(&cat, Msg::CodeMore) }</summary>
                        { for rest.iter().map(|p| html! { <p>{ tr(&cat, p.clone()) }</p> }) }
                        <p class="source" data-code-sourced={code.is_sourced().to_string()}>{ tr(&cat, code.source_note()) }</p>
                    </details>
                }
            }
            <div class="field code-field">
                <label for="code-input">{ tr(&cat, Msg::CodeInputLabel) }</label>
                <input id="code-input" type="text" inputmode="text" autocomplete="off" spellcheck="false"
                    maxlength="40" dir="ltr" placeholder={plain(&cat, Text::code_input_placeholder(Arg::code("CAA20003")))}
                    aria-describedby="code-feedback" {oninput} {onchange} />
                <p id="code-feedback" class="field-note" aria-live="polite">{ feedback.map_or(html! {}, |f| tr(&cat, f)) }</p>
            </div>
        </section>
    }
}

/// The whole support article for the chosen system (Windows until one is chosen); its texts
/// are the page's HTML fragments (see `effects::content`), the solutions' headings are here.
pub fn article_view(cat: &Catalog, os: Option<Os>, client: Client) -> Html {
    let os = os.unwrap_or(Os::Windows);
    html! {
        <section class="card article" data-article={os.as_str()} aria-labelledby="article-title">
            <h2 id="article-title">{ tr(cat, Text::article_title(help::ARTICLE_TITLE, Arg::name(os.label()))) }</h2>
            if !later_ready(cat) {
                { later_placeholder(cat) }
            } else {
            <details>
            <summary>{ tr(cat, Msg::ArticleShow) }</summary>
            { help_fragment(cat, SLOT, Fragment::ArticleHead) }
            <h3>{ tr(cat, Msg::ArticleSolutions) }</h3>
            // One child of `details` however many solutions apply, so the fragments around
            // keep their positions when the system changes (see `effects::content`).
            <>{ for SolutionId::for_os(os).enumerate().map(|(i, id)| html! {
                <section class="solution" data-solution={id.as_str()}>
                    <h4>{ tr(cat, Text::article_numbered(i + 1, id.title())) }</h4>
                    <p>{ tr(cat, id.intro()) }</p>
                    { steps_list(cat, SLOT, "", Fragment::solution(id, os, client)) }
                </section>
            }) }</>
            { help_fragment(cat, SLOT, Fragment::ArticleTail) }
            </details>
            }
        </section>
    }
}

/// Where the article's help texts come from (see `effects::content`).
const SLOT: Slot = Slot::Article;
