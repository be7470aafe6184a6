//! `--help` in the reader's language.
//!
//! clap's derive attributes hold English written once, at compile time; here every
//! command's and argument's help is set again at run time from the catalogue (`cli.ftl`),
//! walking the command tree by id, so the derive structs stay as they are. The ids follow
//! the tree, so a command or argument added later without entries is found by
//! [`missing_help`]:
//!
//! - `cli-perintah-<command>` is a command's about, with `.sesudah` for the text after its
//!   options (the root command is `sopan`);
//! - `cli-arg-<command>-<argument>` is an argument's help (a global argument is the root's);
//! - `cli-nilai-<command>-<argument>-<value>` is the help of one value an argument takes.

use std::fmt::Write as _;

use clap::{Arg, ArgAction, Command, CommandFactory as _};
use sopan_diagnostics::{Bahasa, Message};

use crate::args::Cli;

/// The command line, every help text in `bahasa`.
pub(crate) fn localised(bahasa: Bahasa) -> Command {
    let root = Cli::command()
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        );
    let mut root = command(root, "sopan", bahasa);
    root.build();
    usages(&mut root, bahasa);
    root
}

/// clap writes `[OPTIONS]` in every usage line and has no setting for that word, so the
/// usage line of each help screen, as clap makes it once the tree is built, is written
/// into the screen's template in the reader's words. A refused command line keeps clap's
/// usage for what was refused (only the arguments still missing), through [`usage_line`].
fn usages(cmd: &mut Command, bahasa: Bahasa) {
    let line = usage_line(&cmd.render_usage().to_string(), bahasa);
    let heading = Message::new("cli-judul-pemakaian").render(bahasa);
    *cmd = std::mem::take(cmd).help_template(format!(
        "{{about-with-newline}}\n{heading} {line}\n\n{{all-args}}{{after-help}}"
    ));
    for sub in cmd.get_subcommands_mut() {
        usages(sub, bahasa);
    }
}

/// A usage line of clap's (`Usage: sopan check [OPTIONS] <PATH>...`) without its English
/// heading and with the reader's word for the options.
pub(crate) fn usage_line(usage: &str, bahasa: Bahasa) -> String {
    let options = Message::new("cli-judul-pilihan-satu").render(bahasa);
    usage
        .trim()
        .strip_prefix("Usage:")
        .unwrap_or(usage.trim())
        .trim()
        .replace("[OPTIONS]", &format!("[{options}]"))
}

fn command(mut cmd: Command, name: &str, bahasa: Bahasa) -> Command {
    let text = |id: &str| sopan_bahasa::text(bahasa, id).unwrap_or_else(|| id.to_owned());
    let word = |id: &'static str| Message::new(id).render(bahasa);
    let own = format!("cli-perintah-{name}");
    cmd = cmd
        .about(text(&own))
        .long_about(None)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help),
        )
        .subcommand_help_heading(word("cli-judul-perintah"))
        .subcommand_value_name(word("cli-judul-perintah-satu"));
    if let Some(after) = sopan_bahasa::text(bahasa, &format!("{own}.sesudah")) {
        cmd = cmd.after_help(after.clone()).after_long_help(after);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_owned())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |arg| argument(arg, name, bahasa));
    }
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for sub in subcommands {
        cmd = cmd.mut_subcommand(&sub, |c| command(c, &sub, bahasa));
    }
    cmd
}

fn argument(arg: Arg, command: &str, bahasa: Bahasa) -> Arg {
    let text = |id: &str| sopan_bahasa::text(bahasa, id).unwrap_or_else(|| id.to_owned());
    let word = |id: &'static str| Message::new(id).render(bahasa);
    let owner = if arg.is_global_set() {
        "sopan"
    } else {
        command
    };
    let id = arg.get_id().as_str().to_owned();
    let mut help = match id.as_str() {
        "help" | "version" => text(&format!("cli-arg-{id}")),
        _ => text(&format!("cli-arg-{owner}-{id}")),
    };
    let takes_values = arg.get_action().takes_values();
    // Values and defaults are listed by these words, not clap's English ones; a flag's
    // `true`/`false` are not values anyone types.
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| takes_values && !v.is_hide_set())
        .map(|v| {
            let name = v.get_name();
            let said = text(&format!("cli-nilai-{owner}-{id}-{name}"));
            format!("  {name}: {said}")
        })
        .collect();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let heading = if arg.is_positional() {
        word("cli-judul-argumen")
    } else {
        word("cli-judul-pilihan")
    };
    if takes_values && !defaults.is_empty() {
        let _ = write!(
            help,
            " [{}: {}]",
            word("cli-judul-bawaan"),
            defaults.join(",")
        );
    }
    let mut long = help.clone();
    if !values.is_empty() {
        let _ = write!(
            long,
            "\n\n{}:\n{}",
            word("cli-judul-nilai"),
            values.join("\n")
        );
    }
    let arg = arg.help(help).long_help(long).help_heading(heading);
    if takes_values {
        arg.hide_possible_values(true).hide_default_value(true)
    } else {
        arg
    }
}

/// The catalogue ids the command line's help needs that `bahasa`'s catalogue lacks: every
/// command, argument and value of the tree, as [`localised`] looks them up. Empty when the
/// whole `--help` speaks the language.
#[must_use]
pub fn missing_help(bahasa: Bahasa) -> Vec<String> {
    let mut wanted = Vec::new();
    let root = Cli::command();
    walk(&root, "sopan", &mut wanted);
    wanted.extend(["cli-arg-help".to_owned(), "cli-arg-version".to_owned()]);
    wanted.sort();
    wanted.dedup();
    wanted
        .into_iter()
        .filter(|id| sopan_bahasa::text(bahasa, id).is_none())
        .collect()
}

fn walk(cmd: &Command, name: &str, wanted: &mut Vec<String>) {
    wanted.push(format!("cli-perintah-{name}"));
    for arg in cmd.get_arguments() {
        let owner = if arg.is_global_set() { "sopan" } else { name };
        let id = arg.get_id().as_str();
        if id == "help" || id == "version" {
            continue;
        }
        wanted.push(format!("cli-arg-{owner}-{id}"));
        let takes_values = arg.get_action().takes_values();
        for value in arg.get_possible_values() {
            if takes_values && !value.is_hide_set() {
                wanted.push(format!("cli-nilai-{owner}-{id}-{}", value.get_name()));
            }
        }
    }
    for sub in cmd.get_subcommands() {
        walk(sub, sub.get_name(), wanted);
    }
}
