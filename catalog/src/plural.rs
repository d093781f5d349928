//! CLDR plural categories for whole numbers, hand-written per shipped language.
//!
//! The page counts things (addresses, lines, steps, seconds): integers only, so only the
//! integer part of each CLDR rule is needed. Written out here instead of linking a plural
//! library (`intl_pluralrules` costs about 6.8 KB gzip of wasm, these rules a few hundred
//! bytes); a native test compares them with `intl_pluralrules` for 0…1000 and a browser test
//! with the browser's own `Intl.PluralRules`. A language without a rule here cannot be
//! shipped: [`crate::languages`] names the rule of each.

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    /// Every category, in CLDR's order.
    pub const ALL: [Category; 6] = [
        Category::Zero,
        Category::One,
        Category::Two,
        Category::Few,
        Category::Many,
        Category::Other,
    ];

    /// The CLDR keyword (`one`, `few`, …), as written in `.ftl` variant keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }

    /// The category for a CLDR keyword.
    pub fn parse(word: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == word)
    }
}

/// A number as plural rules see it: its whole part, and whether a fraction is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operand {
    pub int: i64,
    /// The number is shown with decimals (`2.0` counts as a fraction: CLDR's `v` > 0).
    pub fraction: bool,
}

impl Operand {
    /// A whole number.
    pub fn whole(n: i64) -> Operand {
        Operand {
            int: n,
            fraction: false,
        }
    }
}

/// A family of languages sharing one CLDR integer rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// No plural forms (Japanese, Korean, Chinese).
    OtherOnly,
    /// `one` for exactly 1 (English, German, Dutch).
    OneIsOne,
    /// `one` for 1, `many` for whole millions (Spanish, Italian).
    OneIsOneMillionMany,
    /// `one` for 0 and 1, `many` for whole millions (French, Portuguese).
    ZeroOneMillionMany,
    /// Polish: `one`, `few` (2-4 but not 12-14), `many`.
    Polish,
    /// Arabic: `zero`, `one`, `two`, `few` (3-10), `many` (11-99), `other`.
    Arabic,
}

impl Rule {
    /// The category of the whole number `n` (negative numbers count by their size).
    pub fn category(self, n: i64) -> Category {
        let n = n.unsigned_abs();
        let million = n != 0 && n.is_multiple_of(1_000_000);
        match self {
            Rule::OtherOnly => Category::Other,
            Rule::OneIsOne => {
                if n == 1 {
                    Category::One
                } else {
                    Category::Other
                }
            }
            Rule::OneIsOneMillionMany => match n {
                1 => Category::One,
                _ if million => Category::Many,
                _ => Category::Other,
            },
            Rule::ZeroOneMillionMany => match n {
                0 | 1 => Category::One,
                _ if million => Category::Many,
                _ => Category::Other,
            },
            Rule::Polish => {
                let (m10, m100) = (n % 10, n % 100);
                if n == 1 {
                    Category::One
                } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
                    Category::Few
                } else {
                    Category::Many
                }
            }
            Rule::Arabic => {
                let m100 = n % 100;
                match n {
                    0 => Category::Zero,
                    1 => Category::One,
                    2 => Category::Two,
                    _ if (3..=10).contains(&m100) => Category::Few,
                    _ if (11..=99).contains(&m100) => Category::Many,
                    _ => Category::Other,
                }
            }
        }
    }

    /// The category of a decimal number with a visible fraction (`1.5`, `0.4`): its whole
    /// part is `int`. CLDR's rules for such numbers: French and Portuguese count 0.x and 1.x
    /// as `one`; every other shipped language says `other`.
    pub fn category_of_fraction(self, int: i64) -> Category {
        match self {
            Rule::ZeroOneMillionMany if int.unsigned_abs() <= 1 => Category::One,
            _ => Category::Other,
        }
    }

    /// The category of a number given as an [`Operand`].
    pub fn select(self, n: Operand) -> Category {
        if n.fraction {
            self.category_of_fraction(n.int)
        } else {
            self.category(n.int)
        }
    }

    /// The categories a whole number can take under this rule (what a select may name;
    /// `other` is always allowed as the default).
    pub fn categories(self) -> &'static [Category] {
        use Category::*;
        match self {
            Rule::OtherOnly => &[Other],
            Rule::OneIsOne => &[One, Other],
            Rule::OneIsOneMillionMany | Rule::ZeroOneMillionMany => &[One, Many, Other],
            Rule::Polish => &[One, Few, Many, Other],
            Rule::Arabic => &[Zero, One, Two, Few, Many, Other],
        }
    }

    /// Stable token for the compiled catalog (`"pl"`, `"ar"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::OtherOnly => "other",
            Rule::OneIsOne => "one",
            Rule::OneIsOneMillionMany => "one-many",
            Rule::ZeroOneMillionMany => "zero-one-many",
            Rule::Polish => "pl",
            Rule::Arabic => "ar",
        }
    }

    /// The rule for a token written by [`Rule::as_str`].
    pub fn parse(token: &str) -> Option<Rule> {
        [
            Rule::OtherOnly,
            Rule::OneIsOne,
            Rule::OneIsOneMillionMany,
            Rule::ZeroOneMillionMany,
            Rule::Polish,
            Rule::Arabic,
        ]
        .into_iter()
        .find(|r| r.as_str() == token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case(Rule::OneIsOne, &[(0, "other"), (1, "one"), (2, "other"), (21, "other")])]
    #[case(Rule::ZeroOneMillionMany, &[(0, "one"), (1, "one"), (2, "other"), (1_000_000, "many")])]
    #[case(Rule::OneIsOneMillionMany, &[(0, "other"), (1, "one"), (2_000_000, "many")])]
    #[case(Rule::Polish, &[(1, "one"), (2, "few"), (4, "few"), (5, "many"), (12, "many"), (22, "few"), (25, "many"), (0, "many"), (112, "many"), (104, "few")])]
    #[case(Rule::Arabic, &[(0, "zero"), (1, "one"), (2, "two"), (3, "few"), (10, "few"), (11, "many"), (99, "many"), (100, "other"), (102, "other"), (103, "few"), (111, "many")])]
    #[case(Rule::OtherOnly, &[(0, "other"), (1, "other"), (7, "other")])]
    fn categories_by_hand(#[case] rule: Rule, #[case] cases: &[(i64, &str)]) {
        for (n, want) in cases {
            assert_eq!(rule.category(*n).as_str(), *want, "{rule:?} {n}");
            assert!(rule.categories().contains(&rule.category(*n)));
        }
        assert_eq!(Rule::parse(rule.as_str()), Some(rule));
    }

    /// CLDR's own rules, as Node.js's `Intl.PluralRules` applies them (ICU; Node 20 here
    /// carries CLDR 48), for every shipped language and every count 0…1000 and a few
    /// millions. Not the `intl_pluralrules` crate: its Arabic rule answers `other` for 103,
    /// where CLDR says `few`.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn agrees_with_cldr_for_every_shipped_language() {
        let tags: Vec<&str> = crate::LANGUAGES.iter().map(|l| l.tag).collect();
        let script = format!(
            "const ns=[...Array(1001).keys(),1000000,2000000,1000001],ds=[0.4,1.5,2.5,12.3,101.2];\
             for (const t of {tags:?}) {{const r=new Intl.PluralRules(t,{{minimumFractionDigits:1}});\
             console.log(t+' '+ns.map(n=>new Intl.PluralRules(t).select(n)).join(',')+' '+ds.map(d=>r.select(d)).join(','));}}"
        );
        let out = std::process::Command::new("node")
            .args(["-e", &script])
            .output()
            .expect(
                "node not found: install Node.js (apt-get install -y nodejs), or run `make test`",
            );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let numbers: Vec<i64> = (0..=1000)
            .chain([1_000_000, 2_000_000, 1_000_001])
            .collect();
        let decimals: [f64; 5] = [0.4, 1.5, 2.5, 12.3, 101.2];
        let text = String::from_utf8(out.stdout).expect("utf-8");
        assert_eq!(text.lines().count(), tags.len());
        for line in text.lines() {
            let mut parts = line.split(' ');
            let (tag, cats, decs) = (
                parts.next().expect("tag"),
                parts.next().expect("integers"),
                parts.next().expect("decimals"),
            );
            let lang = crate::languages::by_tag(tag).expect("shipped");
            for (n, want) in numbers.iter().zip(cats.split(',')) {
                assert_eq!(lang.plural.category(*n).as_str(), want, "{tag} {n}");
            }
            for (d, want) in decimals.iter().zip(decs.split(',')) {
                let got = lang.plural.category_of_fraction(d.trunc() as i64);
                assert_eq!(got.as_str(), want, "{tag} {d}");
            }
        }
    }
}
