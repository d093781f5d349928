//! Words on the page: a [`Text`] rendered in the page's language from its catalog.
//!
//! Arguments are wrapped by kind so they read right in every language, right-to-left
//! included: technical values in `<code dir="ltr" translate="no">` (a `%` of
//! `%LOCALAPPDATA%` stays where it belongs inside Arabic, and page translators leave it
//! alone), names from `config.json` in `<bdi>`, numbers with the language's digits. No bidi
//! control characters are ever inserted: copied text stays exactly what it says.

use std::rc::Rc;

use signin_core::catalog::Piece;
use signin_core::text::{Arg, Catalog, Msg, Text};
use yew::prelude::*;

use crate::effects::intl;

/// The page's catalog as a prop: equal when it is the same catalog, so a language switch
/// re-renders every component and nothing else compares the texts.
#[derive(Clone, Debug)]
pub struct Texts(pub Rc<Catalog>);

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Texts {
    type Target = Catalog;

    fn deref(&self) -> &Catalog {
        &self.0
    }
}

/// A text with its arguments marked up. A message whose part is not loaded yet shows as `…`
/// (the views that show lazily loaded texts wait for them; this only covers a slow file).
pub fn tr(cat: &Catalog, text: impl Into<Text>) -> Html {
    pieces(cat, &text.into(), None)
}

/// A text whose argument `slot` is shown as `custom` (a link in a sentence, for example);
/// the other arguments as [`tr`] shows them.
pub fn tr_with(cat: &Catalog, text: impl Into<Text>, slot: u8, custom: Html) -> Html {
    pieces(cat, &text.into(), Some((slot, custom)))
}

fn pieces(cat: &Catalog, text: &Text, custom: Option<(u8, Html)>) -> Html {
    let Some(pieces) = cat.pieces(text) else {
        return html! { { "…" } };
    };
    html! {
        <>{ for pieces.into_iter().map(|p| match (p, &custom) {
            (Piece::Text(t), _) => html! { { t.to_string() } },
            (Piece::Arg(i), Some((slot, html))) if i == *slot => html.clone(),
            (Piece::Arg(i), _) => text.args.get(usize::from(i)).map_or(html! {}, |a| arg(cat, a)),
        }) }</>
    }
}

/// One argument, marked up by its kind.
pub fn arg(cat: &Catalog, arg: &Arg) -> Html {
    match arg {
        Arg::Num(n) => html! { { intl::number(cat.lang(), *n) } },
        Arg::Tenths(t) => html! { { intl::tenths(cat.lang(), *t) } },
        Arg::Code(s) => html! { <code dir="ltr" translate="no">{ s.clone() }</code> },
        Arg::Name(s) => html! { <bdi>{ s.clone() }</bdi> },
        Arg::Text(t) => tr(cat, (**t).clone()),
    }
}

/// A text as a plain string: attributes (`aria-label`, `placeholder`), `<option>` labels,
/// status lines, the document title.
pub fn plain(cat: &Catalog, text: impl Into<Text>) -> String {
    cat.plain(&text.into())
}

/// A message without arguments as an attribute value.
pub fn attr(cat: &Catalog, msg: Msg) -> AttrValue {
    AttrValue::from(cat.str(msg))
}

/// Whether the texts that come after the checks are in (the catalog's lazy range).
pub fn later_ready(cat: &Catalog) -> bool {
    cat.has_range(Msg::FIRST_END..Msg::LAZY_END)
}

/// What a part whose texts come after the checks shows until they do, or when they did
/// not arrive.
pub fn later_placeholder(cat: &Catalog) -> Html {
    let failed = crate::effects::content::is_later_failed();
    html! {
        <p class="note" data-later={if failed { "failed" } else { "loading" }}>
            { tr(cat, if failed { Msg::LaterFailed } else { Msg::LaterLoading }) }
        </p>
    }
}
