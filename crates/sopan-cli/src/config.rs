//! Finding the `sopan.yaml` files that apply to an SOP and merging them.
//!
//! Every folder from the SOP's own up to the repository root (the nearest folder holding
//! `.git`, else the filesystem root) may hold a `sopan.yaml`; nearer folders win key by key.
//!
//! A `sopan.yaml` that is there but cannot be used (unreadable, not a file, not UTF-8, too
//! large: SOP502; invalid: SOP501) is never skipped quietly: the SOPs below it are still
//! checked, but not built, because building them without the settings their office wrote
//! would publish a sheet with the wrong paper, signer or rule levels.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use sopan_config::{Config, MAX_CONFIG_BYTES};
use sopan_diagnostics::{Code, Diagnostic, Message, SourceFile, Span};

/// The nearest `sopan.yaml` above a folder that has problems: how it is shown, and its code.
#[derive(Clone, Debug)]
pub(crate) struct Broken {
    pub(crate) shown: String,
    pub(crate) code: Code,
}

/// Configuration files read so far, and the problems found in them.
#[derive(Default)]
pub(crate) struct Configs {
    /// Per folder: the merged config that applies there, and the broken file, if any.
    merged: BTreeMap<PathBuf, (Config, Option<Broken>)>,
    /// Invalid `sopan.yaml` files with their diagnostics, in the order they were met.
    pub(crate) problems: Vec<(SourceFile, Vec<Diagnostic>)>,
}

impl Configs {
    /// The merged configuration for an SOP at `path` (absolute), and the `sopan.yaml` among
    /// those that apply to it that has problems.
    pub(crate) fn for_file(&mut self, path: &Path) -> (Config, Option<Broken>) {
        let dir = path.parent().unwrap_or(Path::new("/"));
        self.for_dir(dir)
    }

    fn for_dir(&mut self, dir: &Path) -> (Config, Option<Broken>) {
        if let Some(found) = self.merged.get(dir) {
            return found.clone();
        }
        let (parent, parent_broken) = match dir.parent() {
            Some(parent) if !dir.join(".git").exists() => self.for_dir(parent),
            _ => (Config::default(), None),
        };
        let found = match self.read(dir) {
            Ok(Some(own)) => (own.merge(&parent), parent_broken),
            Ok(None) => (parent, parent_broken),
            Err(broken) => (parent, Some(broken)),
        };
        self.merged.insert(dir.to_path_buf(), found.clone());
        found
    }

    /// The folder's own `sopan.yaml`, with its logo path made absolute; `None` when there is
    /// none, the problem when there is one that cannot be used.
    fn read(&mut self, dir: &Path) -> Result<Option<Config>, Broken> {
        let path = dir.join("sopan.yaml");
        // Shown relative to the working folder when it lies below it, like the .sop files
        // the user named; otherwise in full.
        let shown = std::env::current_dir()
            .ok()
            .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
            .unwrap_or_else(|| path.clone());
        let shown = crate::files::display(&shown);
        let text = match read_text(&path) {
            Ok(Some(text)) => text,
            Ok(None) => return Ok(None),
            Err(why) => {
                let diagnostic = Diagnostic::new(
                    Code::ConfigUnreadable,
                    why.arg("berkas", shown.as_str()),
                    Span::default(),
                    Message::new("cli-konfigurasi-tidak-terbaca.label"),
                )
                .with_help(Message::new("cli-konfigurasi-tidak-terbaca.help"));
                self.problems.push((
                    SourceFile::new(shown.clone(), String::new()),
                    vec![diagnostic],
                ));
                return Err(Broken {
                    shown,
                    code: Code::ConfigUnreadable,
                });
            }
        };
        let file = SourceFile::new(shown.clone(), text);
        match sopan_config::parse(&file) {
            Ok(mut config) => {
                if let Some(logo) = &config.identitas.logo {
                    config.identitas.logo = Some(dir.join(logo).to_string_lossy().into_owned());
                }
                Ok(Some(config))
            }
            Err(problems) => {
                self.problems.push((file, problems));
                Err(Broken {
                    shown,
                    code: Code::InvalidConfig,
                })
            }
        }
    }
}

/// The text of the `sopan.yaml` at `path`: `None` when there is none, else why it cannot be
/// used, in words for the author.
fn read_text(path: &Path) -> Result<Option<String>, Message> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        // A link whose target is gone is a file someone meant to be read.
        Err(e)
            if e.kind() == std::io::ErrorKind::NotFound
                && std::fs::symlink_metadata(path).is_ok() =>
        {
            return Err(Message::new("cli-konfigurasi-tautan-putus"));
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(os_error(&e)),
    };
    // A folder, a device or a pipe named sopan.yaml is refused before it is opened: reading
    // a pipe would wait for ever, a device would never end.
    if meta.is_dir() {
        return Err(Message::new("cli-konfigurasi-folder"));
    }
    if !meta.is_file() {
        return Err(Message::new("cli-konfigurasi-bukan-berkas"));
    }
    let too_large =
        || Message::new("cli-konfigurasi-terlalu-besar").arg("batas", MAX_CONFIG_BYTES / 1024);
    if meta.len() > MAX_CONFIG_BYTES {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_CONFIG_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| os_error(&e))?;
    if bytes.len() as u64 > MAX_CONFIG_BYTES {
        return Err(too_large());
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Message::new("cli-konfigurasi-utf16"));
    }
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(&bytes)
        .to_vec();
    String::from_utf8(bytes).map(Some).map_err(|e| {
        Message::new("cli-konfigurasi-bukan-utf8").arg("bita", e.utf8_error().valid_up_to())
    })
}

/// A reason the system gave, in its own words inside a sentence of ours.
fn os_error(error: &std::io::Error) -> Message {
    Message::new("cli-konfigurasi-alasan-sistem").arg("alasan", error.to_string())
}

/// The diagnostic an SOP gets when a `sopan.yaml` that applies to it has problems.
pub(crate) fn not_built(broken: &Broken, span: Span) -> Diagnostic {
    Diagnostic::new(
        broken.code,
        Message::new("cli-konfigurasi-tidak-dipakai").arg("berkas", broken.shown.as_str()),
        span,
        Message::new("cli-konfigurasi-tidak-dipakai.label"),
    )
    .with_help(
        Message::new("cli-konfigurasi-tidak-dipakai.help").arg("berkas", broken.shown.as_str()),
    )
}

/// The logo path of `config` relative to the folder of the SOP at `sop_path` (absolute).
pub(crate) fn relative_logo(config: &mut Config, sop_path: &Path) {
    let Some(logo) = &config.identitas.logo else {
        return;
    };
    let dir = sop_path.parent().unwrap_or(Path::new("/"));
    if let Some(relative) = pathdiff::diff_paths(logo, dir) {
        config.identitas.logo = Some(relative.to_string_lossy().replace('\\', "/"));
    }
}

/// Applies the sheet template an SOP uses to its configuration: the one its file names
/// (`named`, with where it is written), else the folder's `tata-letak: templat`. A name no
/// `sopan.yaml` that applies defines is SOP503, pointing at the name in the file, or at
/// `file` (where the SOP is named) when the name came from `tata-letak`.
pub(crate) fn apply_template(
    config: &mut Config,
    named: Option<(&str, Span)>,
    file: Span,
) -> Option<Diagnostic> {
    let (name, span, from_folder) = match named {
        Some((name, span)) => (name.to_owned(), span, false),
        None => (config.tata_letak.templat.clone()?, file, true),
    };
    if let Some(layout) = config.with_template(&name) {
        config.tata_letak = layout;
        return None;
    }
    let defined: Vec<&str> = config.templat.keys().map(String::as_str).collect();
    let help = match sopan_config::did_you_mean(&name, &defined) {
        Some(near) => Message::new("cli-templat-tidak-ada.help-mirip").arg("saran", near),
        None if defined.is_empty() => Message::new("cli-templat-tidak-ada.help-tentukan"),
        None => Message::new("cli-templat-tidak-ada.help-daftar").arg("daftar", defined.join(", ")),
    };
    let (message, label) = if from_folder {
        (
            Message::new("cli-templat-folder-tidak-ada").arg("nama", name.as_str()),
            Message::new("cli-templat-folder-tidak-ada.label"),
        )
    } else {
        (
            Message::new("cli-templat-tidak-ada").arg("nama", name.as_str()),
            Message::new("cli-templat-tidak-ada.label"),
        )
    };
    Some(Diagnostic::new(Code::UnknownTemplate, message, span, label).with_help(help))
}

#[cfg(test)]
mod tests {
    use sopan_diagnostics::{Code, SourceFile, Span};

    use super::apply_template;

    fn config(yaml: &str) -> sopan_config::Config {
        sopan_config::parse(&SourceFile::new("sopan.yaml", yaml)).expect("valid")
    }

    #[test]
    fn the_template_the_file_names_wins_over_the_folders() {
        let mut c = config(
            "tata-letak:\n  templat: lengkap\n  kertas: f4\ntemplat:\n  lengkap:\n    judul-prosedur: URAIAN\n  ringkas:\n    jumlah-waktu: false\n",
        );
        let named = Span::new(10, 19);
        assert!(apply_template(&mut c, Some(("ringkas", named)), Span::default()).is_none());
        assert_eq!(c.tata_letak.jumlah_waktu, Some(false));
        assert_eq!(
            c.tata_letak.judul_prosedur, None,
            "the folder's template is not applied"
        );
        assert_eq!(c.tata_letak.kertas, Some(sopan_config::Kertas::F4));
    }

    #[test]
    fn an_unknown_name_points_at_where_the_file_wrote_it() {
        let mut c = config("templat:\n  ringkas:\n    jumlah-waktu: false\n");
        let named = Span::new(10, 19);
        let d = apply_template(&mut c, Some(("ringks", named)), Span::new(0, 3)).expect("SOP503");
        assert_eq!(d.code, Code::UnknownTemplate);
        assert_eq!(d.primary_span(), named);
        assert_eq!(
            d.help
                .as_ref()
                .map(|h| h.render(sopan_diagnostics::Bahasa::En))
                .as_deref(),
            Some("did you mean `ringkas`?")
        );
        let mut none = config("");
        let d =
            apply_template(&mut none, Some(("ringkas", named)), Span::new(0, 3)).expect("SOP503");
        assert!(d.help.is_some_and(|h| {
            h.render(sopan_diagnostics::Bahasa::En)
                .contains("define it under `templat:`")
        }));
        // Without a template named anywhere, nothing changes.
        let mut plain = config("tata-letak:\n  kertas: legal\n");
        assert!(apply_template(&mut plain, None, Span::default()).is_none());
        assert_eq!(plain.tata_letak.kertas, Some(sopan_config::Kertas::Legal));
    }
}
