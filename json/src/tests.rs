//! Tests of the reader and writer against serde_json: the same values read, the same bytes
//! written, errors with their line and column.

use super::*;
use rstest::rstest;

/// serde_json's value as ours, to compare what both readers make of a text.
fn from_serde(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => Value::Number(if let Some(u) = n.as_u64() {
            Number::UInt(u)
        } else if let Some(i) = n.as_i64() {
            Number::Int(i)
        } else {
            Number::Float(n.as_f64().expect("finite"))
        }),
        serde_json::Value::String(s) => Value::String(s.clone()),
        serde_json::Value::Array(a) => Value::Array(a.iter().map(from_serde).collect()),
        serde_json::Value::Object(o) => {
            let mut map = Map::new();
            for (k, v) in o {
                map.push(k.clone(), from_serde(v));
            }
            Value::Object(map)
        }
    }
}

/// Objects compare as sets of members (serde_json's map sorts its keys).
fn sorted(v: Value) -> Value {
    match v {
        Value::Array(a) => Value::Array(a.into_iter().map(sorted).collect()),
        Value::Object(m) => {
            let mut entries: Vec<(String, Value)> = Vec::new();
            for (k, v) in m.iter() {
                // Last value wins, as in Map::get.
                entries.retain(|(e, _)| e != k);
                entries.push((k.clone(), sorted(v.clone())));
            }
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            let mut map = Map::new();
            for (k, v) in entries {
                map.push(k, v);
            }
            Value::Object(map)
        }
        other => other,
    }
}

#[rstest]
#[case("null")]
#[case(" true ")]
#[case("false")]
#[case("0")]
#[case("-0.5")]
#[case("42")]
#[case("-7")]
#[case("5000.0")]
#[case("1e3")]
#[case("2.5E-3")]
#[case("31536000")]
#[case("18446744073709551615")]
#[case("-9223372036854775808")]
#[case("123456789012345678901234567890")]
#[case(r#""plain""#)]
#[case(r#""esc \" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00 \u0000""#)]
#[case(r#""ünïcödé ✓ 😀""#)]
#[case("[]")]
#[case("{}")]
#[case(r#"[1, [2, [3, {"a": []}]], "x"]"#)]
#[case(r#"{"organization": "Contoso", "clock": {"warn_seconds": 60, "fail_seconds": 300}}"#)]
#[case(r#"{"a": 1, "a": 2}"#)]
#[case("\n\t{ \"k\" :\r\n [ true , null ] }\n")]
fn reads_what_serde_json_reads(#[case] text: &str) {
    let theirs: serde_json::Value = serde_json::from_str(text).expect("valid for serde_json");
    let ours = parse(text).expect("valid for us");
    assert_eq!(sorted(ours.clone()), sorted(from_serde(&theirs)), "{text}");
    if let Some(f) = theirs.as_f64() {
        assert_eq!(ours.as_f64(), Some(f), "{text}");
    }
}

#[rstest]
#[case("")]
#[case("{")]
#[case("[1,]")]
#[case("{\"a\" 1}")]
#[case("{\"a\": 1,}")]
#[case("{a: 1}")]
#[case("'single'")]
#[case("01")]
#[case("1.")]
#[case(".5")]
#[case("1e")]
#[case("-")]
#[case("+1")]
#[case("tru")]
#[case("nul")]
#[case("\"unterminated")]
#[case("\"bad \\x escape\"")]
#[case("\"\\ud800\"")]
#[case("\"\\udc00\"")]
#[case("\"tab\there\"")]
#[case("{} x")]
#[case("1e999")]
#[case("NaN")]
fn refuses_what_serde_json_refuses(#[case] text: &str) {
    assert!(
        serde_json::from_str::<serde_json::Value>(text).is_err(),
        "{text}"
    );
    assert!(parse(text).is_err(), "{text}");
}

#[test]
fn errors_say_where() {
    let e = parse("{\n  \"a\": 1,\n  \"b\" 2\n}").expect_err("invalid");
    assert_eq!(
        e,
        JsonError::NotJson {
            message: "expected `:`",
            line: 3,
            column: 7
        },
        "{e}"
    );
}

#[test]
fn nesting_is_limited() {
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    assert!(matches!(
        parse(&deep).expect_err("too deep"),
        JsonError::NotJson {
            message: "recursion limit exceeded",
            ..
        }
    ));
    // No stack overflow on a hostile body either.
    assert!(parse(&"[".repeat(100_000)).is_err());
}

#[test]
fn accessors() {
    let v = parse(r#"{"s": "x", "n": 2, "b": true, "a": [1], "o": {"k": null}}"#).unwrap();
    assert_eq!(v.get("s").and_then(Value::as_str), Some("x"));
    assert!(v.get("s").is_some_and(Value::is_string));
    assert_eq!(v.get("n").and_then(Value::as_f64), Some(2.0));
    assert_eq!(v.get("b").and_then(Value::as_bool), Some(true));
    assert_eq!(v.get("a").and_then(Value::as_array).map(Vec::len), Some(1));
    assert_eq!(v.get("o").and_then(|o| o.get("k")), Some(&Value::Null));
    assert_eq!(v.get("missing"), None);
    assert_eq!(v.as_object().map(Map::len), Some(5));
    assert_eq!(Value::Null.get("s"), None);
}

#[derive(serde::Serialize)]
#[serde(rename_all = "kebab-case")]
enum Kind {
    Plain,
    WithData(u32),
    Pair(u8, i8),
    Named { inner_value: bool },
}

#[derive(serde::Serialize)]
struct Everything {
    text: &'static str,
    tricky: String,
    none: Option<u64>,
    some: Option<i64>,
    small: i8,
    big: u64,
    flag: bool,
    unit: (),
    list: Vec<Kind>,
    empty: Vec<u8>,
    nested: Vec<Vec<String>>,
    map: std::collections::BTreeMap<String, u16>,
    empty_map: std::collections::BTreeMap<String, u16>,
    c: char,
}

fn everything() -> Everything {
    Everything {
        text: "plain",
        tricky: "\"quotes\" \\ back\u{8}\u{c}\n\r\t \u{1} \u{1f} \u{7f} é ✓ 😀 \u{202e}".into(),
        none: None,
        some: Some(-5),
        small: -128,
        big: u64::MAX,
        flag: false,
        unit: (),
        list: vec![
            Kind::Plain,
            Kind::WithData(7),
            Kind::Pair(1, -1),
            Kind::Named { inner_value: true },
        ],
        empty: vec![],
        nested: vec![vec![], vec!["a".into()]],
        map: [("z".to_string(), 1), ("a".to_string(), 2)].into(),
        empty_map: Default::default(),
        c: '\'',
    }
}

#[test]
fn writes_exactly_what_serde_json_writes() {
    let value = to_value(&everything()).expect("serializes");
    assert_eq!(
        value.to_json(),
        serde_json::to_string(&everything()).unwrap()
    );
    assert_eq!(
        value.to_json_pretty(),
        serde_json::to_string_pretty(&everything()).unwrap()
    );
}

#[test]
fn writes_what_it_reads() {
    let value = to_value(&everything()).expect("serializes");
    assert_eq!(parse(&value.to_json()).unwrap(), value);
    assert_eq!(parse(&value.to_json_pretty()).unwrap(), value);
}

#[test]
fn refuses_floats_and_non_string_keys() {
    assert!(to_value(&1.5f64).is_err());
    assert!(to_value(&vec![0.0f32]).is_err());
    let map: std::collections::BTreeMap<u8, u8> = [(1, 2)].into();
    assert!(to_value(&map).is_err());
}

#[rstest]
#[case(Number::Float(1.0), "1.0")]
#[case(Number::Float(-2.25), "-2.25")]
#[case(Number::Float(0.1), "0.1")]
#[case(Number::Float(f64::NAN), "null")]
#[case(Number::Int(-3), "-3")]
#[case(Number::UInt(3), "3")]
fn writes_read_numbers_without_float_formatting(#[case] n: Number, #[case] want: &str) {
    assert_eq!(Value::Number(n).to_json(), want);
}
