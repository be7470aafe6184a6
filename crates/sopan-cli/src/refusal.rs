//! clap's refusals of a command line, said in the reader's language.
//!
//! clap writes its errors in English. What it refused is in the error's context (the
//! argument, the value, the valid values, its did-you-mean), so each kind is said again here
//! from `cli.ftl`, with clap's usage line under it, as clap prints it. `--help` and
//! `--version` are not refusals and stay clap's.

use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use sopan_diagnostics::{Bahasa, Message};

/// The text of clap's refusal `error`, in `bahasa`: a `kesalahan:` line, a `saran:` line when
/// there is a fix, the usage line, and where to read more. `None` for what is no refusal
/// (help, version), which clap prints itself.
pub(crate) fn text(error: &clap::Error, command: &clap::Command, bahasa: Bahasa) -> Option<String> {
    let commands: Vec<&str> = command
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(clap::Command::get_name)
        .collect();
    let (message, help) = said(error, &commands.join(", "))?;
    let mut out = format!(
        "{}: {}\n",
        Message::new("cli-kesalahan").render(bahasa),
        message.render(bahasa)
    );
    if let Some(help) = help {
        let _ = writeln!(
            out,
            "{}: {}",
            Message::new("saran").render(bahasa),
            help.render(bahasa)
        );
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let line = crate::help::usage_line(&usage.to_string(), bahasa);
        let _ = writeln!(
            out,
            "\n{} {line}",
            Message::new("cli-judul-pemakaian").render(bahasa)
        );
    }
    let _ = writeln!(
        out,
        "\n{}",
        Message::new("cli-tolak-bantuan").render(bahasa)
    );
    Some(out)
}

fn string(error: &clap::Error, kind: ContextKind) -> Option<&str> {
    match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text),
        _ => None,
    }
}

fn strings(error: &clap::Error, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::Strings(list)) => list.clone(),
        Some(ContextValue::String(text)) => vec![text.clone()],
        _ => Vec::new(),
    }
}

/// The refusal's sentence and its help.
fn said(error: &clap::Error, commands: &str) -> Option<(Message, Option<Message>)> {
    let arg = string(error, ContextKind::InvalidArg).unwrap_or_default();
    let value = string(error, ContextKind::InvalidValue).unwrap_or_default();
    let said = match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::UnknownArgument => unknown_argument(error, arg),
        ErrorKind::InvalidValue if value.is_empty() => (
            Message::new("cli-tolak-tanpa-nilai").arg("argumen", arg),
            valid_values(error),
        ),
        ErrorKind::InvalidValue => {
            let help = match string(error, ContextKind::SuggestedValue) {
                Some(near) => Some(Message::new("cli-tolak-nilai.help-mirip").arg("saran", near)),
                None => valid_values(error),
            };
            (
                Message::new("cli-tolak-nilai")
                    .arg("nilai", value)
                    .arg("argumen", arg),
                help,
            )
        }
        ErrorKind::ValueValidation => {
            // The reason is the parser's own words (a path or a number that does not read).
            let reason = std::error::Error::source(error)
                .map(ToString::to_string)
                .unwrap_or_default();
            (
                Message::new("cli-tolak-nilai-sebab")
                    .arg("nilai", value)
                    .arg("argumen", arg)
                    .arg("sebab", reason),
                None,
            )
        }
        ErrorKind::MissingRequiredArgument => (
            Message::new("cli-tolak-wajib")
                .arg("daftar", strings(error, ContextKind::InvalidArg).join(", ")),
            None,
        ),
        ErrorKind::InvalidSubcommand => {
            let command = string(error, ContextKind::InvalidSubcommand).unwrap_or_default();
            let help = match strings(error, ContextKind::SuggestedSubcommand).first() {
                Some(near) => {
                    Message::new("cli-tolak-perintah.help-mirip").arg("saran", near.as_str())
                }
                None => Message::new("cli-tolak-perintah.help").arg("daftar", commands),
            };
            (
                Message::new("cli-tolak-perintah").arg("perintah", command),
                Some(help),
            )
        }
        ErrorKind::MissingSubcommand => (
            Message::new("cli-tolak-tanpa-perintah").arg(
                "perintah",
                string(error, ContextKind::InvalidSubcommand).unwrap_or("sopan"),
            ),
            Some(Message::new("cli-tolak-perintah.help").arg("daftar", commands)),
        ),
        ErrorKind::ArgumentConflict => {
            let prior = strings(error, ContextKind::PriorArg);
            if prior.is_empty() || prior.iter().any(|p| p == arg) {
                (Message::new("cli-tolak-dua-kali").arg("argumen", arg), None)
            } else {
                (
                    Message::new("cli-tolak-bentrok")
                        .arg("argumen", arg)
                        .arg("lain", prior.join(", ")),
                    None,
                )
            }
        }
        ErrorKind::TooManyValues => (
            Message::new("cli-tolak-nilai-lebih")
                .arg("nilai", value)
                .arg("argumen", arg),
            None,
        ),
        ErrorKind::NoEquals => (
            Message::new("cli-tolak-sama-dengan").arg("argumen", arg),
            None,
        ),
        ErrorKind::InvalidUtf8 => (Message::new("cli-tolak-utf8"), None),
        // The rest do not arise from Sopan's arguments; clap's words are kept inside a
        // sentence that says what was refused.
        _ => {
            let words = error.kind().as_str().unwrap_or_default();
            (Message::new("cli-tolak-lain").arg("sebab", words), None)
        }
    };
    Some(said)
}

/// An argument no command has: clap's did-you-mean (on this command or another), or how to
/// pass a file whose name starts with `-`.
fn unknown_argument(error: &clap::Error, arg: &str) -> (Message, Option<Message>) {
    let near_arg = string(error, ContextKind::SuggestedArg);
    let near_command = strings(error, ContextKind::SuggestedSubcommand);
    // clap's tip for a file name that starts with `-`: `-- -name`.
    let trailing = match error.get(ContextKind::Suggested) {
        Some(ContextValue::StyledStrs(tips)) => tips
            .iter()
            .any(|tip| tip.to_string().contains(&format!("-- {arg}"))),
        _ => false,
    };
    let help = match (near_command.first(), near_arg) {
        // The flag exists, but on another command: `sopan build --out`.
        (Some(command), Some(flag)) => Some(
            Message::new("cli-tolak-argumen.help-mirip").arg("saran", format!("{command} {flag}")),
        ),
        (None, Some(flag)) => Some(Message::new("cli-tolak-argumen.help-mirip").arg("saran", flag)),
        (Some(command), None) => {
            Some(Message::new("cli-tolak-argumen.help-perintah").arg("saran", command.as_str()))
        }
        (None, None) if trailing => {
            Some(Message::new("cli-tolak-argumen.help-nilai").arg("argumen", arg))
        }
        // The last line already points at --help.
        (None, None) => None,
    };
    (Message::new("cli-tolak-argumen").arg("argumen", arg), help)
}

/// "The values are: …" for an argument that takes one of a list.
fn valid_values(error: &clap::Error) -> Option<Message> {
    let values = strings(error, ContextKind::ValidValue);
    (!values.is_empty())
        .then(|| Message::new("cli-tolak-nilai.help-daftar").arg("daftar", values.join(", ")))
}
