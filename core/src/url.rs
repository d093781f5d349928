//! A deliberately strict reader for the http(s) URLs IT puts in the config.
//!
//! These URLs are fetched by the page and written into fix scripts, so anything that
//! could break out of a string literal (quotes, whitespace, `$`, backticks, control
//! characters…) is refused outright rather than escaped.

use crate::text::{Arg, Msg, Text};

/// Why a URL was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    TooLong,
    Scheme,
    UserInfo,
    Host,
    Characters,
}

impl UrlProblem {
    /// What is wrong, in words (for IT, in the config notice).
    pub fn text(self) -> Text {
        match self {
            UrlProblem::TooLong => Msg::UrlTooLong.into(),
            UrlProblem::Scheme => Text::url_bad_scheme(Arg::code("https://"), Arg::code("http://")),
            UrlProblem::UserInfo => Msg::UrlUserinfo.into(),
            UrlProblem::Host => Msg::UrlBadHost.into(),
            UrlProblem::Characters => Text::url_bad_characters(Arg::code("\" $ ` # \\")),
        }
    }
}

/// An absolute `http:` / `https:` URL that passed [`parse`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpUrl {
    /// `"http"` or `"https"`.
    pub scheme: &'static str,
    /// Host as written (lower-cased), IPv6 with its brackets.
    pub host: String,
    /// Explicit port, if any.
    pub port: Option<u16>,
    /// Path and query, starting with `/` (just `/` when the URL had none).
    pub path: String,
}

impl HttpUrl {
    /// `scheme://host[:port]`, the unit of same-origin checks.
    pub fn origin(&self) -> String {
        match self.port {
            Some(p) => format!("{}://{}:{}", self.scheme, self.host, p),
            None => format!("{}://{}", self.scheme, self.host),
        }
    }

    /// `host[:port]` for display.
    pub fn host_port(&self) -> String {
        match self.port {
            Some(p) => format!("{}:{}", self.host, p),
            None => self.host.clone(),
        }
    }

    /// The URL re-assembled in canonical form.
    pub fn as_string(&self) -> String {
        format!("{}{}", self.origin(), self.path)
    }
}

/// Characters allowed in a path or query: unreserved, `%`-escapes and the sub-delimiters
/// that cannot end a quoted string in PowerShell or bash.
fn path_char_ok(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~/?=&%+:@!,;*".contains(c)
}

/// Parses and validates an absolute http(s) URL. Longer than 2,000 characters, userinfo,
/// fragments and any character outside the safe set are refused.
/// The caller turns a refusal into [`crate::CoreError::InvalidUrl`] where it needs the
/// layer's error (`?` does it).
pub fn parse(raw: &str) -> Result<HttpUrl, UrlProblem> {
    if raw.len() > 2000 {
        return Err(UrlProblem::TooLong);
    }
    let (scheme, rest) = if let Some(r) = raw.strip_prefix("https://") {
        ("https", r)
    } else if let Some(r) = raw.strip_prefix("http://") {
        ("http", r)
    } else {
        return Err(UrlProblem::Scheme);
    };
    let split = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(split);
    if authority.contains('@') {
        return Err(UrlProblem::UserInfo);
    }
    let (host, port) = split_host_port(authority).ok_or(UrlProblem::Host)?;
    if !path.chars().all(path_char_ok) {
        return Err(UrlProblem::Characters);
    }
    let path = if path.is_empty() {
        "/".to_string()
    } else if path.starts_with('?') {
        format!("/{path}")
    } else {
        path.to_string()
    };
    Ok(HttpUrl {
        scheme,
        host,
        port,
        path,
    })
}

/// A DNS host name: dot-separated labels of 1–63 letters, digits and inner hyphens, at most
/// 253 characters. Used by [`parse`], which both the config and the script generator rely on,
/// so there is one rule for hosts.
fn is_dns_name(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

fn split_host_port(authority: &str) -> Option<(String, Option<u16>)> {
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let end = v6.find(']')?;
        let (inside, after) = (&v6[..end], &v6[end + 1..]);
        if inside.is_empty()
            || !inside
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        {
            return None;
        }
        let port = match after {
            "" => None,
            p => Some(p.strip_prefix(':')?),
        };
        (format!("[{}]", inside.to_ascii_lowercase()), port)
    } else {
        let (h, p) = match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        };
        if !is_dns_name(h) {
            return None;
        }
        (h.to_ascii_lowercase(), p)
    };
    let port = match port {
        None => None,
        Some(p) if !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()) => {
            Some(p.parse::<u16>().ok().filter(|&n| n > 0)?)
        }
        Some(_) => return None,
    };
    Some((host, port))
}

/// Addresses the project must accept: the one table for [`parse`] and the scripts'
/// `is_safe_url` (`script.rs`).
#[cfg(test)]
pub(crate) const GOOD_URLS: &[&str] = &[
    "https://login.microsoftonline.com/",
    "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
    "https://teams.microsoft.com/",
    "https://teams.microsoft.com",
    "http://127.0.0.1:9001/ok?x=1&y=2",
    "https://[::1]:8443/",
    "http://blocked.invalid:9000/",
    "https://a.example/p%20q;x=1,2*",
];

/// Hostile or broken addresses, refused by [`parse`] and so by the scripts' `is_safe_url`:
/// each could end a string literal, start an expansion or smuggle a second host.
#[cfg(test)]
pub(crate) const HOSTILE_URLS: &[&str] = &[
    "",
    "ftp://example.com/",
    "javascript:alert(1)",
    "//evil.example/",
    "https://evil.example/'; Remove-Item -Recurse ~; '",
    "https://evil.example/'; rm -rf ~; '",
    "https://evil.example/$(rm -rf ~)",
    "https://evil.example/${HOME}",
    "https://evil.example/`whoami`",
    "https://evil.example/a b",
    "https://evil.example/a\nb",
    "https://evil.example/a\rb",
    "https://evil.example/a\0b",
    "https://evil.example/\"x\"",
    "https://evil.example/\u{2019}x",
    "https://evil.example/#frag",
    "https://evil.example/a\\b",
    "https://evil.example/<x>",
    "https://evil.example/{x}",
    "https://evil.example/a|b",
    "https://evil.example/a^b",
    "https://user:pw@evil.example/",
    "https://evil_host.example/",
    "https://-bad.example/",
    "https://example.com:99999/",
    "https://example.com:0/",
    "https://example.com:/",
    "https:///path",
    "https://[::1/",
    "https://[::1]x/",
    "https://exa mple.com/",
    "https://example.com\\evil",
    "https://example.com/\u{202e}",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted() {
        for url in GOOD_URLS {
            assert!(parse(url).is_ok(), "{url}");
        }
    }

    #[test]
    fn refused() {
        for url in HOSTILE_URLS {
            assert!(parse(url).is_err(), "{url:?}");
        }
    }

    #[test]
    fn parts() {
        let u = parse("http://LOCALHOST:8080?q=1").unwrap();
        assert_eq!(u.origin(), "http://localhost:8080");
        assert_eq!(u.path, "/?q=1");
        assert_eq!(u.host_port(), "localhost:8080");
        assert_eq!(u.as_string(), "http://localhost:8080/?q=1");
    }

    #[test]
    fn too_long() {
        let url = format!("https://example.com/{}", "a".repeat(2000));
        assert!(parse(&url).is_err());
    }
}
