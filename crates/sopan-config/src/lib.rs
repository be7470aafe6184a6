//! `sopan.yaml`, the repository configuration: identity defaults every SOP below it
//! inherits, the level of each rule, and the layout conventions of the office.
//!
//! This crate parses one file's text ([`parse`]) and merges a chain of them ([`Config::merge`],
//! nearer folder wins, key by key). Finding the files is the CLI's job: libraries do no I/O.
//! Keys are Indonesian, like the `.sop` language; docs/config.md is the reference.

mod layout;
mod validate;

use std::collections::BTreeMap;

use serde::Deserialize;
use sopan_diagnostics::{Bahasa, Code, Diagnostic, Message, Severity, SourceFile, Span};

pub use layout::{
    BagianIdentitas, Daftar, JudulIdentitas, JudulKelompok, JudulKolom, Kertas, KolomMutu, Layout,
    Orientasi, Penanda,
};

pub use validate::nearest as did_you_mean;

/// One parsed `sopan.yaml` (or the merge of several).
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Identity fields an SOP inherits when it does not give them.
    #[serde(default)]
    pub identitas: Identitas,
    /// Rule levels by code: `off`, `warn` or `error`.
    #[serde(default)]
    pub aturan: BTreeMap<String, Level>,
    /// Layout settings of the sheet and the flowchart.
    #[serde(default, rename = "tata-letak")]
    pub tata_letak: Layout,
    /// What the repository promises about itself.
    #[serde(default)]
    pub repositori: Repositori,
    /// Named sheet templates: each takes every key of `tata-letak` and is applied over the
    /// folder's `tata-letak` for the SOPs that name it.
    #[serde(default)]
    pub templat: BTreeMap<String, Layout>,
    /// Globs of files and folders a folder search leaves out, relative to the folder of the
    /// `sopan.yaml` that lists them (the CLI applies each file's own; merging keeps the
    /// nearer file's list only).
    #[serde(default)]
    pub kecualikan: Vec<String>,
    /// The language Sopan speaks for the SOPs below this file: `id` or `en`. The command
    /// line (`--bahasa`) and `SOPAN_BAHASA` win over it.
    #[serde(default, deserialize_with = "bahasa")]
    pub bahasa: Option<Bahasa>,
}

fn bahasa<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Bahasa>, D::Error> {
    let text = Option::<String>::deserialize(deserializer)?;
    text.map(|t| t.parse::<Bahasa>().map_err(serde::de::Error::custom))
        .transpose()
}

/// Facts about the repository the rules may rely on.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Repositori {
    /// The repository holds every SOP that a `keterkaitan` id names, so an id no SOP has is
    /// an error (SOP403). Off unless set: most keterkaitan entries name SOPs kept elsewhere.
    pub periksa_keterkaitan: Option<bool>,
}

/// Identity defaults.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Identitas {
    /// The unit's name, one entry per printed line.
    pub instansi: Option<Vec<String>>,
    /// Path of the logo, relative to the `sopan.yaml` that names it.
    pub logo: Option<String>,
    /// The signer.
    pub disahkan: Option<Disahkan>,
    /// Dasar Hukum entries.
    #[serde(rename = "dasar-hukum")]
    pub dasar_hukum: Option<Vec<String>>,
}

/// The signer, as in the `.sop` `disahkan` block.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Disahkan {
    /// The post.
    pub jabatan: String,
    /// The name.
    pub nama: Option<String>,
    /// Pangkat/golongan.
    pub pangkat: Option<String>,
    /// The NIP.
    pub nip: Option<String>,
}

/// A rule level, in English or in Indonesian.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The rule does not run.
    #[serde(alias = "mati")]
    Off,
    /// Findings are warnings.
    #[serde(alias = "peringatan")]
    Warn,
    /// Findings are errors.
    #[serde(alias = "galat")]
    Error,
}

impl Config {
    /// `self` (a folder's config) over `parent` (an outer folder's): each key this file sets
    /// wins, the rest comes from the parent.
    #[must_use]
    pub fn merge(&self, parent: &Config) -> Config {
        let mine = &self.identitas;
        let theirs = &parent.identitas;
        let mut aturan = parent.aturan.clone();
        aturan.extend(self.aturan.iter().map(|(k, v)| (k.clone(), *v)));
        Config {
            identitas: Identitas {
                instansi: mine.instansi.clone().or_else(|| theirs.instansi.clone()),
                logo: mine.logo.clone().or_else(|| theirs.logo.clone()),
                disahkan: mine.disahkan.clone().or_else(|| theirs.disahkan.clone()),
                dasar_hukum: mine
                    .dasar_hukum
                    .clone()
                    .or_else(|| theirs.dasar_hukum.clone()),
            },
            aturan,
            tata_letak: self.tata_letak.merge(&parent.tata_letak),
            templat: merge_templates(&self.templat, &parent.templat),
            repositori: Repositori {
                periksa_keterkaitan: self
                    .repositori
                    .periksa_keterkaitan
                    .or(parent.repositori.periksa_keterkaitan),
            },
            bahasa: self.bahasa.or(parent.bahasa),
            kecualikan: self.kecualikan.clone(),
        }
    }

    /// The layout of an SOP that uses the template `name`: the template over the folder's
    /// `tata-letak`, key by key; `None` when no `sopan.yaml` that applies defines it.
    #[must_use]
    pub fn with_template(&self, name: &str) -> Option<Layout> {
        self.templat.get(name).map(|t| t.merge(&self.tata_letak))
    }

    /// Applies the rule levels to a file's diagnostics: `off` drops a code, `warn` and
    /// `error` set its severity.
    pub fn apply_levels(&self, diagnostics: &mut Vec<Diagnostic>) {
        if self.aturan.is_empty() {
            return;
        }
        diagnostics.retain_mut(|d| match self.aturan.get(d.code.as_str()) {
            Some(Level::Off) => false,
            Some(Level::Warn) => {
                d.severity = Severity::Warning;
                true
            }
            Some(Level::Error) => {
                d.severity = Severity::Error;
                true
            }
            None => true,
        });
    }
}

/// A nearer folder's templates over an outer folder's: one of the same name is merged with
/// it key by key, as `tata-letak` is.
fn merge_templates(
    mine: &BTreeMap<String, Layout>,
    parent: &BTreeMap<String, Layout>,
) -> BTreeMap<String, Layout> {
    let mut merged = parent.clone();
    for (name, layout) in mine {
        let over = parent
            .get(name)
            .map_or_else(|| layout.clone(), |p| layout.merge(p));
        merged.insert(name.clone(), over);
    }
    merged
}

/// Templates one `sopan.yaml` may define.
pub const MAX_TEMPLATES: usize = 100;

/// The largest `sopan.yaml` Sopan reads. Real ones are a few hundred bytes; the cap keeps a
/// runaway file from costing memory before it is even parsed.
pub const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// Entries in one list of `sopan.yaml` (`instansi` lines, `dasar-hukum` entries), the same
/// bound as actors in a `.sop` file.
pub const MAX_LIST_ENTRIES: usize = sopan_syntax::MAX_ACTORS;

/// Aliases (`*name`) in one `sopan.yaml`. A real file needs a handful at most; the cap,
/// with the one on total text below, keeps aliases from multiplying a small file into
/// megabytes of sheet.
pub const MAX_ALIASES: usize = 100;

/// Characters of text in one `sopan.yaml`, counting every alias at its full size.
pub const MAX_TOTAL_TEXT_BYTES: usize = 1024 * 1024;

/// Parses the text of one `sopan.yaml`. Problems are SOP501 diagnostics pointing into it
/// (SOP106 for a NIP that is not 18 digits), every one the file has, in its order.
///
/// The texts it gives an SOP are held to the limits of a `.sop` file's own texts
/// (docs/limits.md), whatever YAML did to build them.
pub fn parse(file: &SourceFile) -> Result<Config, Vec<Diagnostic>> {
    let text = file.text();
    if text.trim().is_empty() {
        return Ok(Config::default());
    }
    let tree: serde_saphyr::Spanned<validate::Node> =
        serde_saphyr::from_str_with_options(text, options())
            .map_err(|error| vec![yaml_error(file, &error)])?;
    let problems = validate::validate(&tree, text);
    if !problems.is_empty() {
        return Err(problems);
    }
    drop(tree);
    let config: Config = serde_saphyr::from_str_with_options(text, options())
        .map_err(|error| vec![yaml_error(file, &error)])?;
    let problems = limits(&config, text);
    if problems.is_empty() {
        Ok(config)
    } else {
        Err(problems)
    }
}

/// How YAML is read: with a budget, so aliases cannot multiply a small file.
fn options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_aliases = MAX_ALIASES;
    budget.max_total_scalar_bytes = MAX_TOTAL_TEXT_BYTES;
    budget.max_recorded_anchor_bytes = MAX_TOTAL_TEXT_BYTES;
    budget.max_nodes = 100_000;
    budget.max_depth = 32;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options
}

/// Every text and list of `config` that exceeds the limits a `.sop` file is held to.
fn limits(config: &Config, text: &str) -> Vec<Diagnostic> {
    let max = sopan_syntax::MAX_TEXT_CHARS;
    let mut problems = Vec::new();
    let mut list = |key: &str, entries: Option<&Vec<String>>| {
        let Some(entries) = entries else { return };
        if entries.len() > MAX_LIST_ENTRIES {
            problems.push(
                Diagnostic::new(
                    Code::InvalidConfig,
                    Message::new("konfigurasi-daftar-terlalu-panjang")
                        .arg("kunci", key)
                        .arg("jumlah", entries.len())
                        .arg("batas", MAX_LIST_ENTRIES),
                    find_key(text, key),
                    Message::new("konfigurasi-daftar-terlalu-panjang.label"),
                )
                .with_help(Message::new("konfigurasi-batas.help")),
            );
        }
    };
    let identitas = &config.identitas;
    list("instansi", identitas.instansi.as_ref());
    list("dasar-hukum", identitas.dasar_hukum.as_ref());
    let mut texts: Vec<(&str, &str)> = Vec::new();
    for (key, entries) in [
        ("instansi", &identitas.instansi),
        ("dasar-hukum", &identitas.dasar_hukum),
    ] {
        texts.extend(entries.iter().flatten().map(|t| (key, t.as_str())));
    }
    texts.extend(identitas.logo.as_deref().map(|t| ("logo", t)));
    if let Some(d) = &identitas.disahkan {
        texts.push(("jabatan", &d.jabatan));
        texts.extend(d.nama.as_deref().map(|t| ("nama", t)));
        texts.extend(d.pangkat.as_deref().map(|t| ("pangkat", t)));
        texts.extend(d.nip.as_deref().map(|t| ("nip", t)));
    }
    layout_texts(&config.tata_letak, &mut texts);
    for (name, template) in &config.templat {
        texts.push(("templat", name));
        layout_texts(template, &mut texts);
    }
    if config.templat.len() > MAX_TEMPLATES {
        problems.push(
            Diagnostic::new(
                Code::InvalidConfig,
                Message::new("konfigurasi-templat-terlalu-banyak")
                    .arg("jumlah", config.templat.len())
                    .arg("batas", MAX_TEMPLATES),
                find_key(text, "templat"),
                Message::new("konfigurasi-templat-terlalu-banyak.label"),
            )
            .with_help(Message::new("konfigurasi-batas.help")),
        );
    }
    for (key, value) in texts {
        let chars = value.chars().count();
        if chars > max {
            problems.push(
                Diagnostic::new(
                    Code::InvalidConfig,
                    Message::new("konfigurasi-teks-terlalu-panjang")
                        .arg("kunci", key)
                        .arg("jumlah", chars)
                        .arg("batas", max),
                    find_key(text, key),
                    Message::new("konfigurasi-teks-terlalu-panjang.label"),
                )
                .with_help(Message::new("konfigurasi-teks-terlalu-panjang.help")),
            );
        }
    }
    problems
}

/// The texts of one layout (`tata-letak` or a template), with their keys.
fn layout_texts<'a>(layout: &'a Layout, texts: &mut Vec<(&'static str, &'a str)>) {
    if let Some(judul) = &layout.judul_kolom {
        for (key, value) in [
            ("uraian", &judul.uraian),
            ("kelengkapan", &judul.kelengkapan),
            ("waktu", &judul.waktu),
            ("output", &judul.output),
            ("keterangan", &judul.keterangan),
        ] {
            texts.extend(value.as_deref().map(|t| (key, t)));
        }
    }
    if let Some(judul) = &layout.judul_identitas {
        texts.extend(
            judul
                .entries()
                .into_iter()
                .filter_map(|(k, v)| Some((k, v?))),
        );
    }
    if let Some(judul) = &layout.judul_kelompok {
        texts.extend(judul.pelaksana.as_deref().map(|t| ("pelaksana", t)));
        texts.extend(judul.mutu_baku.as_deref().map(|t| ("mutu-baku", t)));
    }
    texts.extend(
        layout
            .judul_prosedur
            .as_deref()
            .map(|t| ("judul-prosedur", t)),
    );
    texts.extend(layout.templat.as_deref().map(|t| ("templat", t)));
}

fn yaml_error(file: &SourceFile, error: &serde_saphyr::Error) -> Diagnostic {
    let span = error
        .location()
        .map(|l| validate::span_of(&l, file.text()))
        .unwrap_or_default();
    // The library's text carries a snippet and the position, which our label shows already:
    // keep the words only. They are the YAML reader's own, in English, inside a sentence of
    // ours.
    let text = error.without_snippet().to_string();
    let first = text.lines().next().unwrap_or_default();
    let words = first
        .rsplit_once(" at line ")
        .map_or(first, |(words, _)| words);
    Diagnostic::new(
        Code::InvalidConfig,
        Message::new("konfigurasi-yaml").arg("alasan", words),
        span,
        Message::new("konfigurasi-yaml.label"),
    )
    .with_help(Message::new("konfigurasi-yaml.help"))
}

/// The span of `key:` in the YAML text, for keys validated after parsing.
fn find_key(text: &str, key: &str) -> Span {
    let needle = format!("{key}:");
    text.find(&needle)
        .map_or(Span::default(), |i| Span::new(i, i + key.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(text: &str) -> Result<Config, Vec<Diagnostic>> {
        parse(&SourceFile::new("sopan.yaml", text))
    }

    #[test]
    fn full_file() {
        let config = parse_text(
            "identitas:\n  instansi: [PEMERINTAH KOTA BONTANG, KELURAHAN BELIMBING]\n  disahkan:\n    jabatan: Lurah\n    nip: '198409122003121002'\naturan:\n  SOP206: off\ntata-letak:\n  kertas: f4\n  penanda: huruf\n  judul-kolom:\n    uraian: Kegiatan\n",
        )
        .expect("valid");
        assert_eq!(
            config.identitas.instansi.as_deref().map(<[String]>::len),
            Some(2)
        );
        assert_eq!(config.aturan.get("SOP206"), Some(&Level::Off));
        assert_eq!(config.tata_letak.kertas, Some(Kertas::F4));
    }

    #[test]
    fn unknown_key_points_into_the_file() {
        let errors = parse_text("identitas:\n  instansii: [A]\n").expect_err("unknown key");
        assert_eq!(errors[0].code, Code::InvalidConfig);
        assert!(
            errors[0]
                .message
                .render(sopan_diagnostics::Bahasa::En)
                .contains("instansii"),
            "{}",
            errors[0].message.render(sopan_diagnostics::Bahasa::En)
        );
        assert_eq!(errors[0].primary_span().start, 13);
    }

    #[test]
    fn every_mistake_of_a_file_is_reported_in_its_order() {
        let text = "identitas:\n  instansii: [A]\n  disahkan:\n    jabatan: Camat\n    nip: 19840912200312100\naturan:\n  SOP207: eror\ntata-letak:\n  kertas: a3\n  nomor-kolom: ya\n";
        let errors = parse_text(text).expect_err("five mistakes");
        let file = SourceFile::new("sopan.yaml", text);
        let lines: Vec<usize> = errors
            .iter()
            .map(|d| file.line_col(d.primary_span().start).line)
            .collect();
        assert_eq!(lines, [2, 5, 7, 9, 10]);
        let codes: Vec<Code> = errors.iter().map(|d| d.code).collect();
        assert_eq!(
            codes,
            [
                Code::InvalidConfig,
                Code::NipLength,
                Code::InvalidConfig,
                Code::InvalidConfig,
                Code::InvalidConfig
            ]
        );
        let help = |n: usize| {
            errors[n]
                .help
                .as_ref()
                .map(|h| h.render(sopan_diagnostics::Bahasa::En))
                .unwrap_or_default()
        };
        assert_eq!(help(0), "did you mean `instansi`?");
        assert_eq!(help(2), "did you mean `error` (or `galat`)?");
        assert_eq!(help(3), "did you mean `a4`?");
        // Indonesian levels are levels.
        let config = parse_text("aturan:\n  SOP206: mati\n  SOP205: galat\n").expect("valid");
        assert_eq!(config.aturan.get("SOP206"), Some(&Level::Off));
        assert_eq!(config.aturan.get("SOP205"), Some(&Level::Error));
    }

    #[test]
    fn wrong_type_and_unknown_code() {
        assert!(parse_text("tata-letak:\n  kertas: a3\n").is_err());
        let errors = parse_text("aturan:\n  SOP999: off\n").expect_err("unknown code");
        assert!(
            errors[0]
                .message
                .render(sopan_diagnostics::Bahasa::En)
                .contains("SOP999")
        );
        let errors = parse_text("aturan:\n  SOP301: warn\n").expect_err("errors stay errors");
        assert!(
            errors[0]
                .message
                .render(sopan_diagnostics::Bahasa::En)
                .contains("cannot be lowered")
        );
    }

    #[test]
    fn nearer_wins_key_by_key() {
        let root =
            parse_text("identitas:\n  instansi: [A]\n  logo: a.png\naturan:\n  SOP206: off\n")
                .expect("valid");
        let sub =
            parse_text("identitas:\n  logo: b.png\naturan:\n  SOP205: error\n").expect("valid");
        let merged = sub.merge(&root);
        assert_eq!(merged.identitas.logo.as_deref(), Some("b.png"));
        assert_eq!(merged.identitas.instansi, Some(vec!["A".to_owned()]));
        assert_eq!(merged.aturan.len(), 2);
    }

    #[test]
    fn texts_and_lists_are_held_to_the_sop_limits() {
        let long = "A".repeat(10_001);
        let errors = parse_text(&format!("identitas:\n  instansi: ['{long}']\n"))
            .expect_err("text too long");
        assert!(
            errors[0]
                .message
                .render(sopan_diagnostics::Bahasa::En)
                .contains("10001 characters"),
            "{}",
            errors[0].message.render(sopan_diagnostics::Bahasa::En)
        );
        let many = vec!["X"; 101].join(", ");
        let errors = parse_text(&format!("identitas:\n  dasar-hukum: [{many}]\n"))
            .expect_err("list too long");
        assert!(
            errors[0]
                .message
                .render(sopan_diagnostics::Bahasa::En)
                .contains("101 entries"),
            "{}",
            errors[0].message.render(sopan_diagnostics::Bahasa::En)
        );
        let within = "A".repeat(10_000);
        assert!(parse_text(&format!("identitas:\n  instansi: ['{within}']\n")).is_ok());
    }

    #[test]
    fn aliases_cannot_multiply_a_small_file() {
        // 9,000 characters written once, repeated 180 times: 1.6 MB of text from 10 KB, each
        // text and each list within its own limit.
        let text = "A".repeat(9_000);
        let aliases = vec!["*t"; 90].join(", ");
        let yaml = format!(
            "identitas:\n  instansi: [&t '{text}', {aliases}]\n  dasar-hukum: [{aliases}]\n"
        );
        assert!(yaml.len() < 12_000);
        let errors = parse_text(&yaml).expect_err("expansion capped");
        assert_eq!(errors[0].code, Code::InvalidConfig);
        assert!(
            errors[0]
                .message
                .render(sopan_diagnostics::Bahasa::En)
                .contains("budget"),
            "{}",
            errors[0].message.render(sopan_diagnostics::Bahasa::En)
        );
        let few = "identitas:\n  instansi: [&t KOTA, *t]\n";
        assert_eq!(
            parse_text(few)
                .expect("a few aliases are fine")
                .identitas
                .instansi,
            Some(vec!["KOTA".to_owned(), "KOTA".to_owned()])
        );
    }

    #[test]
    fn a_template_is_applied_over_the_folders_layout_key_by_key() {
        let root = parse_text(
            "tata-letak:\n  kertas: f4\n  penanda: huruf\n  judul-identitas:\n    revisi: Tanggal Revisi\ntemplat:\n  ringkas:\n    kertas: letter\n    jumlah-waktu: false\n    judul-identitas:\n      nama: Judul SOP\n    tanpa: [peralatan]\n    daftar: butir\n",
        )
        .expect("valid");
        let sub = parse_text("templat:\n  ringkas:\n    judul-prosedur: URAIAN PROSEDUR\n")
            .expect("valid");
        let merged = sub.merge(&root);
        let layout = merged.with_template("ringkas").expect("defined");
        assert_eq!(layout.kertas, Some(Kertas::Letter));
        assert_eq!(layout.penanda, Some(Penanda::Huruf));
        assert_eq!(layout.jumlah_waktu, Some(false));
        assert_eq!(layout.judul_prosedur.as_deref(), Some("URAIAN PROSEDUR"));
        assert_eq!(layout.daftar, Some(Daftar::Butir));
        assert_eq!(layout.tanpa, Some(vec![BagianIdentitas::Peralatan]));
        let labels = layout.judul_identitas.expect("labels");
        assert_eq!(labels.nama.as_deref(), Some("Judul SOP"));
        assert_eq!(labels.revisi.as_deref(), Some("Tanggal Revisi"));
        assert!(merged.with_template("rinkas").is_none());
        // The folder's own layout is untouched by the templates it defines.
        assert_eq!(merged.tata_letak.kertas, Some(Kertas::F4));
        assert_eq!(merged.tata_letak.jumlah_waktu, None);
    }

    #[test]
    fn template_keys_are_checked_like_tata_letak() {
        let errors =
            parse_text("templat:\n  ringkas:\n    jumlah-wakt: false\n").expect_err("unknown key");
        assert!(
            errors[0]
                .message
                .render(sopan_diagnostics::Bahasa::En)
                .contains("jumlah-wakt"),
            "{}",
            errors[0].message.render(sopan_diagnostics::Bahasa::En)
        );
        let errors = parse_text("templat:\n  a:\n    templat: b\n  b:\n    kertas: a4\n")
            .expect_err("a template naming a template");
        assert!(
            errors[0]
                .message
                .render(sopan_diagnostics::Bahasa::En)
                .contains("names another template"),
            "{}",
            errors[0].message.render(sopan_diagnostics::Bahasa::En)
        );
        let errors = parse_text("tata-letak:\n  daftar: angka\n").expect_err("unknown list style");
        assert_eq!(errors[0].code, Code::InvalidConfig);
        let long = "A".repeat(10_001);
        let errors = parse_text(&format!("templat:\n  a:\n    judul-prosedur: '{long}'\n"))
            .expect_err("text too long");
        assert!(
            errors[0]
                .message
                .render(sopan_diagnostics::Bahasa::En)
                .contains("judul-prosedur"),
            "{}",
            errors[0].message.render(sopan_diagnostics::Bahasa::En)
        );
    }
}
