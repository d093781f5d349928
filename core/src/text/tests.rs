//! Tests of the message catalogs: every language complete, compiled parts read back exactly,
//! plain text and arguments filled as the page fills them.

use super::native::{check_all, english, l10n_dir};
use super::*;

/// The catalog check `make test` runs: every shipped language complete and consistent with
/// English (see `signin_catalog::check`). The message lists every problem with its file
/// and line.
#[test]
fn every_shipped_catalog_passes_the_checks() {
    let problems = check_all(&l10n_dir());
    assert!(
        problems.is_empty(),
        "{} catalog problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn ids_are_grouped_by_where_their_texts_travel() {
    const { assert!(Msg::REPORT_END <= Msg::FIRST_END) };
    const { assert!(Msg::FIRST_END <= Msg::LAZY_END) };
    const { assert!(Msg::LAZY_END <= Msg::COUNT) };
    for (i, m) in Msg::ALL.iter().enumerate() {
        assert_eq!(*m as usize, i);
    }
}

#[test]
fn compiled_parts_round_trip_through_json() {
    let en = english();
    for (range, what) in [
        (0..Msg::FIRST_END, "first load"),
        (Msg::FIRST_END..Msg::LAZY_END, "lazy"),
    ] {
        let json = en.part_json(range.clone());
        let back = Catalog::from_json(&json).unwrap_or_else(|e| panic!("{what}: {e:?}"));
        assert_eq!(back.lang(), "en");
        assert!(back.has_range(range.clone()), "{what}");
        for i in range {
            let m = Msg::ALL[i];
            assert_eq!(back.entries[i], en.entries[i], "{what}: {}", m.key());
        }
    }
}

#[test]
fn a_catalog_for_another_build_is_refused() {
    let json = english().part_json(0..Msg::FIRST_END);
    let other = json.replace(SCHEMA, "0000000000000000");
    assert!(matches!(
        Catalog::from_json(&other),
        Err(CatalogError::Invalid(_))
    ));
    let mut lazy_de = Catalog::from_json(&json).expect("reads");
    let de = english()
        .part_json(Msg::FIRST_END..Msg::LAZY_END)
        .replace("\"lang\":\"en\"", "\"lang\":\"de\"");
    assert!(lazy_de.merge_json(&de).is_err(), "another language's part");
    for broken in [
        "",
        "{}",
        "[1]",
        "{\"v\":1,\"lang\":\"en\",\"plural\":\"one\"}",
    ] {
        assert!(Catalog::from_json(broken).is_err(), "{broken:?}");
    }
}

#[test]
fn plain_text_fills_arguments_and_marks_what_is_not_loaded() {
    let en = english();
    let empty = Catalog::empty("en", false, Rule::OneIsOne);
    for m in Msg::ALL.iter().take(5) {
        assert_eq!(empty.plain(&Text::with(*m, vec![])), "…");
        assert!(!en.plain(&Text::with(*m, vec![])).is_empty());
    }
}

/// The English catalog the build writes for browser tests is the one l10n/en compiles to.
#[test]
fn the_english_catalog_for_tests_matches_the_files() {
    let built = Catalog::from_json(ENGLISH_FOR_TESTS).expect("reads");
    assert!(built.has_range(0..Msg::COUNT));
    assert_eq!(built.entries, english().entries);
}

/// A part read once gives the same catalog as reading its text, and its other fields.
#[test]
fn a_part_read_once_gives_the_catalog_and_its_fields() {
    let part = CatalogPart::parse(ENGLISH_FOR_TESTS).expect("reads");
    let from_part = Catalog::from_part(&part).expect("a catalog");
    assert_eq!(from_part.entries, english().entries);
    assert_eq!(part.field("lang"), Some("en"));
    assert_eq!(part.field("no-such-field"), None);
    let mut other = Catalog::from_part(&part).expect("a catalog");
    let german =
        CatalogPart::parse(&ENGLISH_FOR_TESTS.replacen("\"lang\":\"en\"", "\"lang\":\"de\"", 1))
            .expect("reads");
    assert!(
        other.merge_part(&german).is_err(),
        "another language is refused"
    );
}

/// The script generator's descriptions cross to the page as JSON: every kind of argument
/// comes back equal, and anything else is refused rather than guessed.
#[test]
fn texts_round_trip_through_json() {
    let nested = Text::with(
        Msg::ALL[3],
        vec![
            Arg::Num(-7),
            Arg::Tenths(24),
            Arg::code("C:\\a \"b\""),
            Arg::name("Contoso \u{202e}"),
        ],
    );
    for text in [
        Text::from(Msg::ALL[0]),
        Text::from(Msg::ALL[Msg::COUNT - 1]),
        Text::with(Msg::ALL[1], vec![nested.clone().into(), Arg::Num(3)]),
        nested,
    ] {
        assert_eq!(
            Text::from_json(&text.to_json()),
            Some(text.clone()),
            "{text:?}"
        );
    }
    for broken in [
        "",
        "[]",
        "{}",
        "[1.5]",
        "[99999]",
        "[0,{\"x\":1}]",
        "[0,\"free text\"]",
        "[0,{\"t\":0.5}]",
    ] {
        assert_eq!(Text::from_json(broken), None, "{broken:?}");
    }
    let ids = format!("[{}]", Msg::COUNT);
    assert_eq!(Text::from_json(&ids), None, "one past the last id");
}
