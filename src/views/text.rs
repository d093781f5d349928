//! Words on the page: a [`Text`] rendered in the page's language from its catalog.
//!
//! Arguments are wrapped by kind so they read right in every language, right-to-left
//! included: technical values in `<code dir="ltr" translate="no">` (a `%` of
//! `%LOCALAPPDATA%` stays where it belongs inside Arabic, and page translators leave it
//! alone), names from `config.json` in `<bdi>`, numbers with the language's digits. No bidi
//! control characters are ever inserted: copied text stays exactly what it says.

use std::rc::Rc;

use signin_catalog::Piece;
use signin_core::text::{Arg, Catalog, Msg, Text};
use yew::prelude::*;

use crate::effects::intl;

/// The page's catalog as a context value: equal when it is the same catalog, so a language
/// switch re-renders every view and nothing else compares the texts.
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

/// The page's texts, for components (plain-function views get `&Catalog` passed in).
#[hook]
pub fn use_texts() -> Texts {
    use_context::<Texts>().expect("the root component provides the texts")
}

/// A text with its arguments marked up. A message whose part is not loaded yet shows as `…`
/// (the views that show lazily loaded texts wait for them; this only covers a slow file).
pub fn tr(cat: &Catalog, text: impl Into<Text>) -> Html {
    let text = text.into();
    let Some(pieces) = cat.pieces(&text) else {
        return html! { { "…" } };
    };
    html! {
        <>{ for pieces.into_iter().map(|p| match p {
            Piece::Text(t) => html! { { t.to_string() } },
            Piece::Arg(i) => arg(cat, text.args.get(usize::from(i))),
        }) }</>
    }
}

fn arg(cat: &Catalog, arg: Option<&Arg>) -> Html {
    match arg {
        Some(Arg::Num(n)) => html! { { intl::number(cat.lang(), *n) } },
        Some(Arg::Code(s)) => html! { <code dir="ltr" translate="no">{ s.clone() }</code> },
        Some(Arg::Name(s)) => html! { <bdi>{ s.clone() }</bdi> },
        Some(Arg::Text(t)) => tr(cat, (**t).clone()),
        None => html! {},
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
