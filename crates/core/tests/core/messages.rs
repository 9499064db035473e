//! The core's messages are whole in every language: each Fluent file parses, every message of English is in
//! each of the ten languages with the same variables, every `tr!` id in the sources is in English, and the
//! words really change with the language.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use giftdesk_core::i18n::{text_in, Language, LANGUAGES};

/// Each message id with the variables its words use (`$provider`…) and its words without them.
type Messages = BTreeMap<String, (BTreeSet<String>, String)>;

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Each message id of a language, with the variables its words use (`$provider`…).
fn messages(language: &str) -> Messages {
    let mut all = Messages::new();
    let dir = locales().join(language);
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).flatten() {
        let path = entry.path();
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let (mut variables, mut words) = (BTreeSet::new(), String::new());
                if let Some(pattern) = &message.value {
                    variables_of(pattern, &mut variables, &mut words);
                }
                let id = message.id.name.to_owned();
                assert!(all.insert(id.clone(), (variables, words)).is_none(), "{id} twice in {language}");
            }
        }
    }
    all
}

fn variables_of(pattern: &Pattern<&str>, found: &mut BTreeSet<String>, words: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => words.push_str(value),
            PatternElement::Placeable { expression: Expression::Inline(inline) } => {
                inline_variables(inline, found);
            }
            PatternElement::Placeable { expression: Expression::Select { selector, variants } } => {
                inline_variables(selector, found);
                for variant in variants {
                    variables_of(&variant.value, found, words);
                }
            }
        }
    }
}

fn inline_variables(expression: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => {
            if let Expression::Inline(inner) = expression.as_ref() {
                inline_variables(inner, found);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages("en");
    assert!(english.len() > 100, "only {} English messages", english.len());
    for (language, _) in LANGUAGES.iter().filter(|(l, _)| *l != Language::English) {
        let theirs = messages(language.code());
        let missing: Vec<_> = english.keys().filter(|id| !theirs.contains_key(*id)).collect();
        let extra: Vec<_> = theirs.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{language}: missing {missing:?}, not in English {extra:?}"
        );
        let wrong: Vec<_> =
            english.iter().filter(|(id, (vars, _))| theirs[*id].0 != *vars).map(|(id, _)| id).collect();
        assert!(wrong.is_empty(), "{language}: other variables than English in {wrong:?}");
        // Translated, not copied: a few may match (units, codes, loanwords), not messages of several words.
        let copied: Vec<_> = english
            .iter()
            .filter(|(id, (_, words))| words.split_whitespace().count() >= 3 && theirs[*id].1 == *words)
            .map(|(id, _)| id)
            .collect();
        assert!(copied.len() * 100 < english.len() * 3, "{language}: copied from English: {copied:?}");
    }
}

/// `tr!("id"` in the core's and the app's sources.
fn ids_used() -> BTreeMap<String, PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut used = BTreeMap::new();
    for dir in ["crates/core/src", "src-tauri"] {
        let mut files = Vec::new();
        rust_files(&root.join(dir), &mut files);
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for (at, _) in text.match_indices("tr!(") {
                let rest = text[at + 4..].trim_start();
                if let Some(quoted) = rest.strip_prefix('"') {
                    let id = &quoted[..quoted.find('"').unwrap_or(0)];
                    used.insert(id.to_owned(), file.clone());
                }
            }
        }
    }
    used
}

fn rust_files(path: &Path, files: &mut Vec<PathBuf>) {
    if path.is_dir() {
        // The i18n module's own docs show `tr!("id")` as an example.
        if path.ends_with("target") || path.ends_with("gen") || path.ends_with("src/i18n") {
            return;
        }
        for entry in std::fs::read_dir(path).unwrap().flatten() {
            rust_files(&entry.path(), files);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        files.push(path.to_owned());
    }
}

#[test]
fn every_message_the_code_asks_for_is_written() {
    let english = messages("en");
    let used = ids_used();
    assert!(used.len() > 100, "only {} ids found in the sources", used.len());
    let missing: Vec<_> = used.iter().filter(|(id, _)| !english.contains_key(*id)).collect();
    assert!(missing.is_empty(), "asked for but not in crates/core/locales/en: {missing:?}");
}

#[test]
fn the_words_change_with_the_language_and_the_codes_do_not() {
    use giftdesk_core::i18n::fluent_value;
    let args = [("provider", fluent_value("Bitrefill")), ("detail", fluent_value("timeout"))];
    let english = text_in(Language::English, "error-network", &args);
    assert!(english.starts_with("Could not reach Bitrefill (timeout)"), "{english}");
    let mut seen = BTreeSet::from([english]);
    for (language, _) in LANGUAGES.iter().filter(|(l, _)| *l != Language::English) {
        let words = text_in(*language, "error-network", &args);
        assert!(words.contains("Bitrefill") && words.contains("timeout"), "{language}: {words}");
        assert!(seen.insert(words.clone()), "{language} says the same as another language: {words}");
    }
    assert_eq!(
        text_in(Language::Pseudo, "error-network", &args),
        text_in(Language::English, "error-network", &args)
    );
}
