//! The catalogs read from `l10n/` natively: by the pre-render (which writes them into the
//! pages), by the checks `make test` runs, and by tests that read English words.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use signin_catalog::check::{self, Problem};
use signin_catalog::{ftl, Entry, Language, Resource};

use super::{Catalog, Msg};

/// One language's files: `(file name, parsed file)`, sorted by name.
pub type Files = Vec<(String, Resource)>;

/// The project's `l10n/` folder.
pub fn l10n_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../l10n")
}

/// Reads every `.ftl` file of a folder. Errors name the file and line.
pub fn read_dir(dir: &Path) -> Result<Files, Vec<String>> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| vec![format!("{}: {e}", dir.display())])?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    names.sort();
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in names {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => match ftl::parse(&text) {
                Ok(r) => files.push((name, r)),
                Err(es) => errors.extend(es.iter().map(|e| format!("{}: {e}", path.display()))),
            },
            Err(e) => errors.push(format!("{}: {e}", path.display())),
        }
    }
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

fn by_key() -> &'static HashMap<&'static str, Msg> {
    static MAP: OnceLock<HashMap<&'static str, Msg>> = OnceLock::new();
    MAP.get_or_init(|| Msg::ALL.iter().map(|m| (m.key(), *m)).collect())
}

/// The message with this key.
pub fn msg(key: &str) -> Option<Msg> {
    by_key().get(key).copied()
}

/// Compiles a language's files into a catalog: each message numbered by English's
/// variables. Messages the files lack are taken from `base` (English, or the shipped
/// language under IT's overrides) when given.
pub fn compile(
    lang: &Language,
    files: &Files,
    base: Option<&Catalog>,
) -> Result<Catalog, Vec<String>> {
    let mut catalog = match base {
        Some(b) => Catalog {
            lang: lang.tag.to_string(),
            rtl: lang.dir == signin_catalog::Direction::Rtl,
            rule: lang.plural,
            entries: b.entries.clone(),
        },
        None => Catalog::empty(
            lang.tag,
            lang.dir == signin_catalog::Direction::Rtl,
            lang.plural,
        ),
    };
    let mut errors = Vec::new();
    for (name, resource) in files {
        for m in &resource.messages {
            let Some(id) = msg(&m.key) else {
                errors.push(format!(
                    "{}/{name}: {}: English has no such message",
                    lang.tag, m.key
                ));
                continue;
            };
            match Entry::compile(m, id.vars()) {
                Ok(entry) => catalog.set(id, entry),
                Err(e) => errors.push(format!("{}/{name}: {}: {e}", lang.tag, m.key)),
            }
        }
    }
    if base.is_none() {
        for id in Msg::ALL {
            if !catalog.has(id) {
                errors.push(format!("{}: {}: missing", lang.tag, id.key()));
            }
        }
    }
    if errors.is_empty() {
        Ok(catalog)
    } else {
        Err(errors)
    }
}

/// Every problem of the shipped catalogs under `root` (`l10n/`): the source's own rules, and
/// each language against English.
pub fn check_all(root: &Path) -> Vec<String> {
    let english = match read_dir(&root.join(signin_catalog::languages::SOURCE)) {
        Ok(f) => f,
        Err(e) => return e,
    };
    let en: Vec<(&str, &Resource)> = english.iter().map(|(n, r)| (n.as_str(), r)).collect();
    let mut out: Vec<String> = check::check_source(&en)
        .iter()
        .map(Problem::to_string)
        .collect();
    for lang in signin_catalog::LANGUAGES.iter().skip(1) {
        match read_dir(&root.join(lang.tag)) {
            Ok(files) => {
                let theirs: Vec<(&str, &Resource)> =
                    files.iter().map(|(n, r)| (n.as_str(), r)).collect();
                out.extend(
                    check::check_language(lang, &en, &theirs, false)
                        .iter()
                        .map(Problem::to_string),
                );
            }
            Err(e) => out.extend(e),
        }
    }
    out
}

/// The English catalog from `l10n/en`, read once (tests and native tools).
pub fn english() -> &'static Catalog {
    static EN: OnceLock<Catalog> = OnceLock::new();
    EN.get_or_init(|| {
        let lang = signin_catalog::languages::by_tag("en").expect("English is shipped");
        let files = read_dir(&l10n_dir().join("en")).unwrap_or_else(|e| panic!("{e:?}"));
        compile(lang, &files, None).unwrap_or_else(|e| panic!("{e:?}"))
    })
}

/// A text in English (tests).
pub fn en(text: impl Into<super::Text>) -> String {
    english().plain(&text.into())
}
