//! The page's state as Yew holds it: a thin [`Reducible`] around
//! [`signin_core::page::Model`]. Every rule (which results count, what a reload restarts,
//! which timings are kept) is `signin_core::page::reduce`, tested natively; this wrapper
//! only lets `use_reducer` drive it, and skips the re-render when an action changed nothing.

use std::ops::Deref;
use std::rc::Rc;

use signin_core::page::{self, Action, Model};
use yew::Reducible;

/// The model behind `use_reducer`.
#[derive(Clone, Debug, PartialEq)]
pub struct PageState(pub Model);

impl Deref for PageState {
    type Target = Model;

    fn deref(&self) -> &Model {
        &self.0
    }
}

impl Reducible for PageState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match page::reduce(&self.0, action) {
            Some(model) => Rc::new(PageState(model)),
            // A result of a superseded run: same state, no re-render.
            None => self,
        }
    }
}
