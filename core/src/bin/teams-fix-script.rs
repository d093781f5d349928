//! `teams-fix-script`: writes the default fix script for one system, byte for byte what the
//! page offers for download with the same `config.json` and choices (same generator code:
//! [`script::request_for`], [`script::generate`], [`script::GeneratedScript::bytes`]).
//!
//! IT uses it to regenerate the static scripts after editing `config.json`, and to produce a
//! stable file to sign and distribute (Intune, Jamf). The build writes `dist/` with it.
//!
//! ```text
//! cargo run -p signin-core --bin teams-fix-script -- --os windows|macos|linux \
//!     [--client new|classic|both] [--config PATH] [--out FILE] [--unattended]
//! ```
//!
//! Exit codes: 0 written; 1 the output could not be written; 2 wrong usage or an unreadable
//! config file. Problems inside a readable config are printed to stderr and the built-in
//! default is used for that key, exactly as the page does.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use signin_core::config;
use signin_core::platform::{Client, Os};
use signin_core::script::{self, ScriptOptions};

const USAGE: &str = "\
Usage: teams-fix-script --os windows|macos|linux [--client new|classic|both]
                        [--config PATH] [--out FILE] [--unattended]

Writes the fix script for Microsoft Teams sign-in error CAA20002 that the self-check page
offers for that system, with the page's default choices, byte for byte (the .ps1 with its
UTF-8 BOM and CRLF line ends).

Options:
  --os OS          windows, macos or linux (required)
  --client CLIENT  new, classic or both (default: both, as the page)
  --config PATH    the page's config.json (default: none, the page's built-in defaults)
  --out FILE       write the script to FILE (default: standard output)
  --unattended     the variant for Intune or Jamf: asks nothing, writes its log to a fixed
                   file and tells the result by its exit code (see the script's help); the
                   macOS script run as root acts for the user signed in at the screen
  --help           show this help

Problems in config.json are printed to standard error; the script is still written, with the
built-in default for each key that has a problem (as the page does).
Exit codes: 0 written, 1 the output could not be written, 2 wrong usage or unreadable config.
";

/// The page origin the config is read for. The scripts are served from the same https site as
/// the page, so endpoints are judged as an https page judges them (`http://` ones are refused).
const ORIGIN: &str = "https://localhost";

/// A valid command line.
#[derive(Debug, PartialEq, Eq)]
struct Args {
    os: Os,
    client: Client,
    config: Option<PathBuf>,
    out: Option<PathBuf>,
    unattended: bool,
}

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    Write(Args),
    Help,
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut os = None;
    let mut client = None;
    let mut config = None;
    let mut out = None;
    let mut unattended = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--help" || arg == "-h" {
            return Ok(Command::Help);
        }
        if arg == "--unattended" {
            if unattended {
                return Err("--unattended is given twice".into());
            }
            unattended = true;
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                (flag.to_string(), Some(value.to_string()))
            }
            _ => (arg.clone(), None),
        };
        if !matches!(flag.as_str(), "--os" | "--client" | "--config" | "--out") {
            return Err(format!("unknown option {arg:?}"));
        }
        let value = match inline {
            Some(v) => v,
            None => args.next().ok_or_else(|| format!("{flag} needs a value"))?,
        };
        if value.is_empty() {
            return Err(format!("{flag} needs a value"));
        }
        let duplicate = || format!("{flag} is given twice");
        match flag.as_str() {
            "--os" => {
                let parsed = Os::parse(&value).ok_or_else(|| {
                    format!("--os must be windows, macos or linux, not {value:?}")
                })?;
                if os.replace(parsed).is_some() {
                    return Err(duplicate());
                }
            }
            "--client" => {
                let parsed = Client::parse(&value).ok_or_else(|| {
                    format!("--client must be new, classic or both, not {value:?}")
                })?;
                if client.replace(parsed).is_some() {
                    return Err(duplicate());
                }
            }
            "--config" => {
                if config.replace(PathBuf::from(value)).is_some() {
                    return Err(duplicate());
                }
            }
            _ => {
                if out.replace(PathBuf::from(value)).is_some() {
                    return Err(duplicate());
                }
            }
        }
    }
    Ok(Command::Write(Args {
        os: os.ok_or("--os is required (windows, macos or linux)")?,
        client: client.unwrap_or(Client::Both),
        config,
        out,
        unattended,
    }))
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Command::Help) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Write(args)) => args,
        Err(message) => {
            eprintln!("teams-fix-script: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let config = match &args.config {
        None => None,
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => {
                let (config, problems) = config::parse(&text, ORIGIN);
                for problem in problems {
                    eprintln!("teams-fix-script: {}: {problem}", path.display());
                }
                Some(config)
            }
            Err(e) => {
                eprintln!(
                    "teams-fix-script: cannot read the config file {}: {e}",
                    path.display()
                );
                return ExitCode::from(2);
            }
        },
    };
    let options = ScriptOptions {
        unattended: args.unattended,
        ..ScriptOptions::default()
    };
    let request = script::request_for(config.as_ref(), args.os, args.client, &options);
    let bytes = script::generate(&request).bytes();
    let written = match &args.out {
        Some(path) => std::fs::write(path, &bytes).map_err(|e| (path.display().to_string(), e)),
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(&bytes)
                .and_then(|()| stdout.flush())
                .map_err(|e| ("standard output".to_string(), e))
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err((target, e)) => {
            eprintln!("teams-fix-script: cannot write {target}: {e}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn parse(args: &[&str]) -> Result<Command, String> {
        parse_args(args.iter().map(|s| s.to_string()))
    }

    #[rstest]
    #[case(&["--os", "windows"], Os::Windows, Client::Both, None, None, false)]
    #[case(&["--os=macos", "--client=new"], Os::Macos, Client::New, None, None, false)]
    #[case(&["--client", "classic", "--os", "LINUX", "--config", "c.json", "--out", "x.sh"],
        Os::Linux, Client::Classic, Some("c.json"), Some("x.sh"), false)]
    #[case(&["--unattended", "--os", "macos"], Os::Macos, Client::Both, None, None, true)]
    fn good_usage(
        #[case] args: &[&str],
        #[case] os: Os,
        #[case] client: Client,
        #[case] config: Option<&str>,
        #[case] out: Option<&str>,
        #[case] unattended: bool,
    ) {
        assert_eq!(
            parse(args),
            Ok(Command::Write(Args {
                os,
                client,
                config: config.map(PathBuf::from),
                out: out.map(PathBuf::from),
                unattended,
            }))
        );
    }

    #[rstest]
    #[case(&[], "--os is required")]
    #[case(&["--os"], "--os needs a value")]
    #[case(&["--os="], "--os needs a value")]
    #[case(&["--os", "beos"], "--os must be windows, macos or linux")]
    #[case(&["--os", "linux", "--client", "old"], "--client must be new, classic or both")]
    #[case(&["--os", "linux", "--os", "macos"], "--os is given twice")]
    #[case(&["--os", "linux", "--verbose"], "unknown option \"--verbose\"")]
    #[case(&["--os", "linux", "extra"], "unknown option \"extra\"")]
    #[case(&["--os", "linux", "--unattended", "--unattended"], "--unattended is given twice")]
    #[case(&["--os", "linux", "--unattended=yes"], "unknown option \"--unattended=yes\"")]
    fn bad_usage(#[case] args: &[&str], #[case] message: &str) {
        let err = parse(args).unwrap_err();
        assert!(err.contains(message), "{err}");
    }

    #[test]
    fn help_is_a_command_once_the_earlier_arguments_are_valid() {
        assert_eq!(
            parse(&["--os", "nope", "--help"]),
            Err("--os must be windows, macos or linux, not \"nope\"".into())
        );
        assert_eq!(parse(&["--help"]), Ok(Command::Help));
        assert_eq!(parse(&["-h", "--os", "x"]), Ok(Command::Help));
    }
}
