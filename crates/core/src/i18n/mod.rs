//! The reseller's language: which one, and the core's messages in it (Fluent files under `crates/core/locales`,
//! compiled in, English to fall back on).
//!
//! The language is ambient, like the OS locale it usually comes from: set once at start (and again when the
//! reseller picks another in Settings), read wherever a message is made. Error codes never change with it;
//! only the words do.

mod language;
mod numbers;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::Loader;

pub use language::{Language, LANGUAGES};
pub use numbers::{format_amount, format_minor_amount};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Terminals and notifications show Unicode isolation marks as boxes; our arguments are plain text.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// The language messages are made in from now on, by every thread.
pub fn set_current(language: Language) {
    CURRENT.store(language as u8, Ordering::Relaxed);
}

pub fn current() -> Language {
    Language::from_index(CURRENT.load(Ordering::Relaxed))
}

/// One argument of a message, as Fluent takes it.
pub type Arg<'a> = (&'static str, FluentValue<'a>);

/// Message `id` in the current language; the id itself if no language has it (a test keeps that from shipping).
pub fn text(id: &str, args: &[Arg<'_>]) -> String {
    text_in(current(), id, args)
}

/// Message `id` in `language`, whatever the current one is (a customer's voucher, a test).
pub fn text_in(language: Language, id: &str, args: &[Arg<'_>]) -> String {
    let tag = language.messages_tag();
    if args.is_empty() {
        return LOCALES.try_lookup(tag, id).unwrap_or_else(|| id.to_owned());
    }
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> =
        args.iter().map(|(name, value)| (Cow::Borrowed(*name), value.clone().into_owned())).collect();
    LOCALES.try_lookup_with_args(tag, id, &args).unwrap_or_else(|| id.to_owned())
}

/// `tr!("id")` or `tr!("id", name = value, …)`: the message in the current language. Values are anything
/// Fluent takes (strings, numbers); give other types as `.to_string()`.
#[macro_export]
macro_rules! tr {
    ($id:literal $(,)?) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text($id, &[$((stringify!($name), $crate::i18n::fluent_value($value))),+])
    };
}

/// The conversion `tr!` applies to each value.
pub fn fluent_value<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}
