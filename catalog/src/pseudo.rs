//! The pseudo-language `en-XA`: English with every letter accented, each message in
//! brackets and about 40 % longer. Text that did not come from a catalog shows up as plain
//! ASCII, glued fragments show their brackets, and layouts meet translation-sized text.

use crate::ftl::{Element, Message, Pattern, Resource, Select, Variant};

/// The pseudo-language version of an English resource.
pub fn resource(english: &Resource) -> Resource {
    Resource {
        messages: english.messages.iter().map(message).collect(),
    }
}

fn message(m: &Message) -> Message {
    let mut pattern = accent(&m.pattern);
    let letters: usize = letters(&m.pattern);
    // About 40 % longer: padding after the text, as Android's en-XA does.
    let pad = (letters * 2).div_ceil(5);
    pattern.insert(0, Element::Text("[".into()));
    let filler: String = "·ẋ".repeat(pad.div_ceil(2)).chars().take(pad).collect();
    pattern.push(Element::Text(format!(" {filler}]")));
    Message {
        key: m.key.clone(),
        pattern: merge(pattern),
        comment: m.comment.clone(),
        line: m.line,
    }
}

fn letters(pattern: &Pattern) -> usize {
    pattern
        .iter()
        .map(|e| match e {
            Element::Text(t) => t.chars().filter(|c| c.is_alphabetic()).count(),
            Element::Var(_) => 0,
            Element::Select(s) => letters(&s.default_variant().pattern),
        })
        .sum()
}

fn accent(pattern: &Pattern) -> Pattern {
    pattern
        .iter()
        .map(|e| match e {
            Element::Text(t) => Element::Text(t.chars().map(accented).collect()),
            Element::Var(v) => Element::Var(v.clone()),
            Element::Select(s) => Element::Select(Select {
                var: s.var.clone(),
                variants: s
                    .variants
                    .iter()
                    .map(|v| Variant {
                        key: v.key,
                        default: v.default,
                        pattern: accent(&v.pattern),
                    })
                    .collect(),
            }),
        })
        .collect()
}

fn merge(pattern: Pattern) -> Pattern {
    let mut out: Pattern = Vec::new();
    for e in pattern {
        match (out.last_mut(), e) {
            (Some(Element::Text(a)), Element::Text(b)) => a.push_str(&b),
            (_, e) => out.push(e),
        }
    }
    out
}

/// One letter with an accent (the same letter when it has none of ours).
pub fn accented(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "àƀçđéƒĝĥîĵķļɱñöƥʠŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤɊŔŠŢÛṼŴẊÝŽ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ftl::{display, parse};

    #[test]
    fn accents_brackets_and_length() {
        let en = parse(
            "a = Check again\nb = { $n } of { $total ->\n [one] address\n *[other] addresses\n}\n",
        )
        .expect("parses");
        let xa = resource(&en);
        let a = display(&xa.messages[0].pattern);
        assert!(a.starts_with("[Çĥéçķ àĝàîñ ") && a.ends_with(']'), "{a}");
        let en_len = "Check again".chars().count();
        let xa_len = a.chars().count();
        assert!(xa_len * 10 >= en_len * 14, "{a}: {xa_len} vs {en_len}");
        // Variables and plural variants survive.
        assert_eq!(xa.messages[1].variables(), vec!["n", "total"]);
        assert!(display(&xa.messages[1].pattern).contains("{ $n } öƒ àđđŕéšš"));
    }
}
