//! The organization's `config.json`: read leniently, validated strictly.
//!
//! IT edits this file by hand on a live server, so a typo must never take the page down:
//! every key is optional, every bad value falls back to its default, and each problem is
//! reported in words that name the key (and never echo an unvalidated value at length).

use crate::json::{self, Map, Value};
use serde::Serialize;

use crate::clock::{Thresholds, DEFAULT_FAIL_SECONDS, DEFAULT_WARN_SECONDS};
use crate::network::{
    default_endpoints, preset_endpoints, Endpoint, Expect, Preset, Role, SELF_ID,
};
use crate::text::{Arg, Msg, Text};
use crate::url;

/// The file's name, as notices name it.
const FILE: &str = "config.json";

/// Default probe timeout: long enough for a slow VPN, short enough for a waiting user.
pub const DEFAULT_TIMEOUT_MS: u32 = 5000;

/// The configuration in effect.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Config {
    /// Shown in the header and the report; `None` → "your IT helpdesk".
    pub organization: Option<String>,
    /// The root page's language when the reader's browser asks for none the page has
    /// (`language`, a shipped tag; English when absent). Applied by the build.
    pub language: Option<&'static str>,
    /// The helpdesk report's language (`report_language`; English when absent), so one
    /// helpdesk reads reports from every country in one language. Applied by the build.
    pub report_language: Option<&'static str>,
    pub helpdesk: Helpdesk,
    pub clock: ClockConfig,
    pub network: NetworkConfig,
}

/// How to reach the helpdesk; each part optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Helpdesk {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
}

impl Helpdesk {
    /// One line for scripts and reports: "help@contoso.example, +1 555 0100, https://…".
    pub fn contact_line(&self) -> String {
        [&self.email, &self.phone, &self.url]
            .into_iter()
            .flatten()
            .cloned()
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Where the clock is read and how strictly it is judged.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClockConfig {
    /// Same-origin URL or absolute path whose `Date` header is the reference.
    pub source: String,
    pub warn_seconds: u32,
    pub fail_seconds: u32,
}

impl Default for ClockConfig {
    /// The page's own origin as the reference, judged by the default thresholds.
    fn default() -> Self {
        ClockConfig {
            source: "/".into(),
            warn_seconds: DEFAULT_WARN_SECONDS,
            fail_seconds: DEFAULT_FAIL_SECONDS,
        }
    }
}

impl ClockConfig {
    pub fn thresholds(&self) -> Thresholds {
        Thresholds {
            warn_ms: u64::from(self.warn_seconds) * 1000,
            fail_ms: u64::from(self.fail_seconds) * 1000,
        }
    }
}

/// What the reachability check probes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NetworkConfig {
    pub timeout_ms: u32,
    /// The Microsoft cloud whose hosts are probed when `endpoints` is not given.
    pub preset: Preset,
    /// Microsoft endpoints (role `Microsoft`).
    pub endpoints: Vec<Endpoint>,
    /// Controls from the config (role `Control`); the page's own origin is added at run time.
    pub controls: Vec<Endpoint>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            organization: None,
            language: None,
            report_language: None,
            helpdesk: Helpdesk::default(),
            clock: ClockConfig::default(),
            network: NetworkConfig {
                timeout_ms: DEFAULT_TIMEOUT_MS,
                preset: Preset::Commercial,
                endpoints: default_endpoints(),
                controls: Vec::new(),
            },
        }
    }
}

/// One thing wrong with the file, named by its key.
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigProblem {
    /// Key path, e.g. `clock.warn_seconds` or `network.endpoints[2]`.
    pub key: String,
    /// What is wrong, in words.
    pub text: Text,
}

impl ConfigProblem {
    /// The problem as one line in a catalog's language: `key: what is wrong`.
    pub fn line(&self, cat: &crate::text::Catalog) -> String {
        let what = cat.plain(&self.text);
        if self.key.is_empty() {
            what
        } else {
            format!("{}: {what}", self.key)
        }
    }
}

impl std::fmt::Display for ConfigProblem {
    /// In English (the command-line tools' warnings).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.line(crate::text::native::english()))
    }
}

/// Reads `config.json`. `origin` is the page's own origin (`http://127.0.0.1:8080`), used
/// for the same-origin rule of `clock.source` and for what `http:` probes can reach.
pub fn parse(text: &str, origin: &str) -> (Config, Vec<ConfigProblem>) {
    let mut p = Parser {
        origin,
        problems: Vec::new(),
    };
    let value: Value = match json::parse(text) {
        Ok(v) => v,
        Err(e) => {
            let (line, column) = match e {
                json::JsonError::NotJson { line, column, .. } => (line, column),
                _ => (0, 0),
            };
            p.problem("", Text::config_not_json(Arg::code(FILE), line, column));
            return (Config::default(), p.problems);
        }
    };
    let Some(root) = value.as_object() else {
        p.problem("", Text::config_not_object(Arg::code(FILE)));
        return (Config::default(), p.problems);
    };
    let config = p.config(root);
    (config, p.problems)
}

/// The notice for a config file that could not be fetched at all (`reason` in words).
pub fn unavailable(reason: Text) -> (Config, Vec<ConfigProblem>) {
    (
        Config::default(),
        vec![ConfigProblem {
            key: String::new(),
            text: Text::config_unavailable(Arg::code(FILE), reason),
        }],
    )
}

struct Parser<'a> {
    origin: &'a str,
    problems: Vec<ConfigProblem>,
}

impl Parser<'_> {
    fn problem(&mut self, key: &str, text: impl Into<Text>) {
        self.problems.push(ConfigProblem {
            key: key.to_string(),
            text: text.into(),
        });
    }

    fn config(&mut self, root: &Map<String, Value>) -> Config {
        let d = Config::default();
        let empty = Map::new();
        let helpdesk = self.object(root, "helpdesk").unwrap_or(&empty);
        let clock = self.object(root, "clock").unwrap_or(&empty);
        let network = self.object(root, "network").unwrap_or(&empty);
        let (warn, fail) = self.thresholds(clock, &d.clock);
        let timeout = self.number(network, "network.timeout_ms", "timeout_ms", 500.0, 60_000.0);
        let preset = self.preset(network);
        Config {
            organization: self.text(root, "organization", "organization", 100),
            language: self.language(root, "language"),
            report_language: self.language(root, "report_language"),
            helpdesk: Helpdesk {
                email: self.checked(
                    helpdesk,
                    "helpdesk.email",
                    "email",
                    valid_email,
                    Msg::ConfigNotEmail,
                ),
                phone: self.checked(
                    helpdesk,
                    "helpdesk.phone",
                    "phone",
                    valid_phone,
                    Msg::ConfigNotPhone,
                ),
                url: self.checked(
                    helpdesk,
                    "helpdesk.url",
                    "url",
                    |s| url::parse(s).is_ok(),
                    Text::config_not_https(Arg::code("https://")),
                ),
            },
            clock: ClockConfig {
                source: self.clock_source(clock).unwrap_or(d.clock.source),
                warn_seconds: warn,
                fail_seconds: fail,
            },
            network: NetworkConfig {
                timeout_ms: timeout.map_or(d.network.timeout_ms, |t| t as u32),
                preset,
                endpoints: self.endpoints(network, preset),
                controls: Vec::new(),
            },
        }
        .with_controls(self.controls(network))
    }

    fn object<'v>(
        &mut self,
        parent: &'v Map<String, Value>,
        key: &str,
    ) -> Option<&'v Map<String, Value>> {
        match parent.get(key)? {
            Value::Object(m) => Some(m),
            _ => {
                self.problem(key, Msg::ConfigMustBeObject);
                None
            }
        }
    }

    /// A short single-line string; anything else is reported and dropped.
    fn text(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
        max: usize,
    ) -> Option<String> {
        match obj.get(key)? {
            Value::Null => None,
            Value::String(s) => {
                let s = s.trim();
                if s.is_empty() {
                    None
                } else if s.chars().count() > max {
                    self.problem(path, Text::config_too_long(max));
                    None
                } else if s.chars().any(char::is_control) {
                    self.problem(path, Msg::ConfigControlCharacters);
                    None
                } else {
                    Some(s.to_string())
                }
            }
            _ => {
                self.problem(path, Msg::ConfigNotText);
                None
            }
        }
    }

    fn checked(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
        ok: impl Fn(&str) -> bool,
        why: impl Into<Text>,
    ) -> Option<String> {
        let s = self.text(obj, path, key, 200)?;
        if ok(&s) {
            Some(s)
        } else {
            self.problem(path, why);
            None
        }
    }

    /// A shipped language's tag (`de`, `pt-BR`; regional forms and aliases accepted).
    fn language(&mut self, obj: &Map<String, Value>, key: &str) -> Option<&'static str> {
        let s = self.text(obj, key, key, 35)?;
        let found = signin_catalog::languages::lookup(&s).map(|l| l.tag);
        if found.is_none() {
            let tags: Vec<&str> = signin_catalog::LANGUAGES.iter().map(|l| l.tag).collect();
            self.problem(
                key,
                Text::config_unknown_language(Arg::code(tags.join(", "))),
            );
        }
        found
    }

    fn number(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
        min: f64,
        max: f64,
    ) -> Option<f64> {
        let v = obj.get(key)?;
        match v.as_f64() {
            Some(n) if n.is_finite() && (min..=max).contains(&n) => Some(n.round()),
            Some(_) => {
                // Whole bounds, printed as integers: float formatting costs ~7 KB of wasm.
                self.problem(path, Text::config_out_of_range(min as u64, max as u64));
                None
            }
            None => {
                self.problem(path, Msg::ConfigNotNumber);
                None
            }
        }
    }

    fn thresholds(&mut self, clock: &Map<String, Value>, d: &ClockConfig) -> (u32, u32) {
        const YEAR_S: f64 = 365.0 * 86_400.0;
        let warn = self.number(clock, "clock.warn_seconds", "warn_seconds", 1.0, YEAR_S);
        let fail = self.number(clock, "clock.fail_seconds", "fail_seconds", 1.0, YEAR_S);
        let warn = warn.map_or(d.warn_seconds, |w| w as u32);
        let fail = fail.map_or(d.fail_seconds, |f| f as u32);
        if warn >= fail {
            self.problem(
                "clock",
                Text::config_thresholds_order(
                    Arg::code("warn_seconds"),
                    warn,
                    Arg::code("fail_seconds"),
                    fail,
                    DEFAULT_WARN_SECONDS,
                    DEFAULT_FAIL_SECONDS,
                ),
            );
            (d.warn_seconds, d.fail_seconds)
        } else {
            (warn, fail)
        }
    }

    /// `clock.source` must be this page's own server: browsers hide other servers' `Date`.
    fn clock_source(&mut self, clock: &Map<String, Value>) -> Option<String> {
        let s = self.text(clock, "clock.source", "source", 500)?;
        let same_origin_path = s.starts_with('/')
            && !s.starts_with("//")
            && url::parse(&format!("http://x{s}")).is_ok();
        let same_origin_url =
            url::parse(&s).is_ok_and(|u| u.origin() == self.origin.trim_end_matches('/'));
        if same_origin_path || same_origin_url {
            Some(s)
        } else {
            self.problem("clock.source", Text::config_clock_source(Arg::code("/")));
            None
        }
    }

    /// `network.preset`: which cloud's built-in hosts to probe (explicit endpoints still win).
    fn preset(&mut self, network: &Map<String, Value>) -> Preset {
        let Some(v) = network.get("preset") else {
            return Preset::Commercial;
        };
        match v.as_str().and_then(Preset::parse) {
            Some(p) => p,
            None => {
                let all: Vec<&str> = Preset::ALL.iter().map(|p| p.as_str()).collect();
                self.problem(
                    "network.preset",
                    Text::config_unknown_preset(
                        Arg::code(all.join(", ")),
                        Arg::code(Preset::Commercial.as_str()),
                    ),
                );
                Preset::Commercial
            }
        }
    }

    fn endpoints(&mut self, network: &Map<String, Value>, preset: Preset) -> Vec<Endpoint> {
        let Some(v) = network.get("endpoints") else {
            return preset_endpoints(preset);
        };
        let mut list = self.endpoint_list(v, "network.endpoints", Role::Microsoft, &[]);
        // A built-in endpoint listed with its built-in label (as the shipped config.json
        // does) keeps its words in every language; a label IT changed is shown as written.
        let builtin = preset_endpoints(preset);
        for e in &mut list {
            e.label_msg = builtin
                .iter()
                .find(|b| b.id == e.id && b.label == e.label)
                .and_then(|b| b.label_msg);
        }
        if list.is_empty() {
            self.problem("network.endpoints", Msg::ConfigNoUsableEndpoint);
            preset_endpoints(preset)
        } else {
            list
        }
    }

    fn controls(&mut self, network: &Map<String, Value>) -> Vec<Endpoint> {
        let Some(v) = network.get("controls") else {
            return Vec::new();
        };
        // Ids must be unique across both lists: the page addresses rows by id.
        let taken: Vec<String> = match network.get("endpoints") {
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(|e| e.get("id").and_then(Value::as_str).map(str::to_string))
                .collect(),
            _ => preset_endpoints(self.preset_quiet(network))
                .into_iter()
                .map(|e| e.id)
                .collect(),
        };
        self.endpoint_list(v, "network.controls", Role::Control, &taken)
    }

    /// The preset again, without reporting a bad value twice.
    fn preset_quiet(&self, network: &Map<String, Value>) -> Preset {
        network
            .get("preset")
            .and_then(Value::as_str)
            .and_then(Preset::parse)
            .unwrap_or_default()
    }

    fn endpoint_list(
        &mut self,
        v: &Value,
        path: &str,
        role: Role,
        taken: &[String],
    ) -> Vec<Endpoint> {
        let Some(items) = v.as_array() else {
            self.problem(path, Msg::ConfigNotList);
            return Vec::new();
        };
        let mut out: Vec<Endpoint> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let here = format!("{path}[{i}]");
            match self.endpoint(item, role) {
                Ok(e) if out.iter().any(|o| o.id == e.id) || taken.contains(&e.id) => {
                    self.problem(&here, Text::config_repeated_id(Arg::code(e.id)));
                }
                Ok(e) => out.push(e),
                Err(why) => self.problem(&here, why),
            }
        }
        out
    }

    fn endpoint(&self, item: &Value, role: Role) -> Result<Endpoint, Text> {
        let obj = item.as_object().ok_or(Msg::ConfigEntryNotObject)?;
        let id = match obj.get("id").and_then(Value::as_str) {
            Some(id) if valid_id(id) => id.to_string(),
            Some(_) => return Err(Msg::ConfigBadId.into()),
            None => return Err(Msg::ConfigNoId.into()),
        };
        if id == SELF_ID {
            return Err(Text::config_reserved_id(Arg::code(SELF_ID)));
        }
        let raw_url = obj
            .get("url")
            .and_then(Value::as_str)
            .ok_or_else(|| Text::config_no_url(Arg::code(id.clone())))?;
        let parsed = url::parse(raw_url)
            .map_err(|e| Text::config_bad_url(Arg::code(id.clone()), e.text()))?;
        if parsed.scheme == "http" && !self.origin.starts_with("http://") {
            return Err(Text::config_http_on_https(
                Arg::code(id.clone()),
                Arg::code("http://"),
                Arg::code("https://"),
            ));
        }
        let expect = match obj.get("expect") {
            None | Some(Value::Null) => Expect::Any,
            Some(Value::String(s)) => Expect::parse(s).ok_or_else(|| {
                Text::config_unknown_expect(
                    Arg::code(id.clone()),
                    Arg::code("any, openid-configuration"),
                )
            })?,
            Some(_) => return Err(Text::config_expect_not_text(Arg::code(id.clone()))),
        };
        let label = match obj.get("label").and_then(Value::as_str).map(str::trim) {
            Some(l)
                if !l.is_empty() && l.chars().count() <= 80 && !l.chars().any(char::is_control) =>
            {
                l.to_string()
            }
            _ => parsed.host_port(),
        };
        Ok(Endpoint {
            id,
            label,
            label_msg: None,
            url: parsed.as_string(),
            host: parsed.host_port(),
            expect,
            role,
        })
    }
}

impl Config {
    fn with_controls(mut self, controls: Vec<Endpoint>) -> Config {
        self.network.controls = controls;
        self
    }
}

fn valid_id(id: &str) -> bool {
    (1..=32).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn valid_email(s: &str) -> bool {
    let mut parts = s.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let atom = |c: char| c.is_ascii_alphanumeric() || "._+-".contains(c);
    !local.is_empty()
        && local.chars().all(atom)
        && domain.contains('.')
        && url::parse(&format!("https://{domain}/")).is_ok()
}

fn valid_phone(s: &str) -> bool {
    s.len() <= 40
        && s.chars().any(|c| c.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_digit() || " +-().x/".contains(c))
}

#[cfg(test)]
mod tests;
