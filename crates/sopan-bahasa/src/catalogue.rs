//! The two catalogues, parsed once per process, and the lookup of one message in them.

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::Arg;

/// The language a person reads Sopan's messages in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Bahasa {
    /// Bahasa Indonesia, the language of the sheets and of their authors: the default.
    #[default]
    Id,
    /// English.
    En,
}

impl Bahasa {
    /// Both, Indonesian first.
    pub const ALL: [Bahasa; 2] = [Bahasa::Id, Bahasa::En];

    /// The BCP 47 tag: `id` or `en`.
    #[must_use]
    pub fn tag(self) -> &'static str {
        match self {
            Bahasa::Id => "id",
            Bahasa::En => "en",
        }
    }

    fn bundle(self) -> &'static Bundle {
        match self {
            Bahasa::Id => &CATALOGUES.id,
            Bahasa::En => &CATALOGUES.en,
        }
    }

    /// Message `id` (`name` or `name.attribute`) with `args`, in this language, falling
    /// back to English and then to the id.
    pub(crate) fn format(self, id: &str, args: &[(&'static str, Arg)]) -> String {
        self.bundle()
            .format(id, args)
            .or_else(|| Bahasa::En.bundle().format(id, args))
            .unwrap_or_else(|| id.to_owned())
    }
}

impl fmt::Display for Bahasa {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A language tag Sopan has no catalogue for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseBahasaError(pub String);

impl fmt::Display for ParseBahasaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\" (use \"id\" or \"en\")", self.0)
    }
}

impl std::error::Error for ParseBahasaError {}

impl FromStr for Bahasa {
    type Err = ParseBahasaError;

    /// `id`/`en`, any case, also with a region (`id-ID`, `en_GB`) or as a name
    /// (`indonesia`, `english`), so a `LANG`-style value works too.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let lower = text.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_', '.']).next().unwrap_or("");
        match primary {
            "id" | "in" | "indonesia" | "indonesian" | "bahasa" => Ok(Bahasa::Id),
            "en" | "english" | "inggris" => Ok(Bahasa::En),
            _ => Err(ParseBahasaError(text.to_owned())),
        }
    }
}

/// One language's catalogue: every file of its folder, in one bundle.
struct Bundle {
    bundle: FluentBundle<FluentResource>,
    /// Every id it holds, messages and their attributes (`name.attribute`), sorted.
    ids: Vec<String>,
}

struct Catalogues {
    id: Bundle,
    en: Bundle,
}

/// Each language's files, compiled in. A new area of messages is one file per language,
/// added here to both lists.
const INDONESIAN: &[(&str, &str)] = &[
    ("id/umum.ftl", include_str!("../locales/id/umum.ftl")),
    ("id/sintaks.ftl", include_str!("../locales/id/sintaks.ftl")),
    ("id/periksa.ftl", include_str!("../locales/id/periksa.ftl")),
    (
        "id/konfigurasi.ftl",
        include_str!("../locales/id/konfigurasi.ftl"),
    ),
    ("id/cli.ftl", include_str!("../locales/id/cli.ftl")),
    ("id/ci.ftl", include_str!("../locales/id/ci.ftl")),
    (
        "id/pratinjau.ftl",
        include_str!("../locales/id/pratinjau.ftl"),
    ),
    ("id/pdf.ftl", include_str!("../locales/id/pdf.ftl")),
    ("id/lsp.ftl", include_str!("../locales/id/lsp.ftl")),
];
const ENGLISH: &[(&str, &str)] = &[
    ("en/umum.ftl", include_str!("../locales/en/umum.ftl")),
    ("en/sintaks.ftl", include_str!("../locales/en/sintaks.ftl")),
    ("en/periksa.ftl", include_str!("../locales/en/periksa.ftl")),
    (
        "en/konfigurasi.ftl",
        include_str!("../locales/en/konfigurasi.ftl"),
    ),
    ("en/cli.ftl", include_str!("../locales/en/cli.ftl")),
    ("en/ci.ftl", include_str!("../locales/en/ci.ftl")),
    (
        "en/pratinjau.ftl",
        include_str!("../locales/en/pratinjau.ftl"),
    ),
    ("en/pdf.ftl", include_str!("../locales/en/pdf.ftl")),
    ("en/lsp.ftl", include_str!("../locales/en/lsp.ftl")),
];

static CATALOGUES: LazyLock<Catalogues> = LazyLock::new(|| Catalogues {
    id: Bundle::load("id", INDONESIAN),
    en: Bundle::load("en", ENGLISH),
});

impl Bundle {
    fn load(tag: &str, files: &[(&str, &str)]) -> Bundle {
        let lang: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        // Unicode isolation marks around arguments would reach terminals, JSON and CI
        // annotations as invisible characters; the catalogues' sentences do not need them.
        bundle.set_use_isolating(false);
        let mut ids = Vec::new();
        for (_, text) in files {
            // A catalogue with a syntax error keeps the entries that parsed; the catalogue
            // test reports the error, so it never ships.
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    let name = message.id.name;
                    if message.value.is_some() {
                        ids.push(name.to_owned());
                    }
                    for attribute in &message.attributes {
                        ids.push(format!("{name}.{}", attribute.id.name));
                    }
                }
            }
            // A duplicate id is an error the catalogue test reports; the first one stays.
            let _ = bundle.add_resource(resource);
        }
        ids.sort();
        Bundle { bundle, ids }
    }

    fn format(&self, id: &str, args: &[(&'static str, Arg)]) -> Option<String> {
        let (name, attribute) = match id.split_once('.') {
            Some((name, attribute)) => (name, Some(attribute)),
            None => (id, None),
        };
        let message = self.bundle.get_message(name)?;
        let pattern = match attribute {
            Some(attribute) => message.get_attribute(attribute)?.value(),
            None => message.value()?,
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (key, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*key, value);
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }
}

/// The text of message `id` in `bahasa`'s own catalogue, without arguments and without
/// falling back to another language: `None` when that catalogue lacks it. For texts looked
/// up by an id built at run time (the command line's help, by command and argument).
#[must_use]
pub fn text(bahasa: Bahasa, id: &str) -> Option<String> {
    bahasa.bundle().format(id, &[])
}

/// Every id of `bahasa`'s catalogue, messages and attributes (`name.attribute`), sorted.
#[must_use]
pub fn ids(bahasa: Bahasa) -> &'static [String] {
    &bahasa.bundle().ids
}

/// The arguments message `id` refers to in `bahasa` that `args` does not give, and the
/// catalogue's parse errors, as readable lines; empty when the message formats cleanly.
/// For tests, which format every message of every fixture in both languages.
#[must_use]
pub fn missing_arguments(bahasa: Bahasa, id: &str, args: &[(&'static str, Arg)]) -> Vec<String> {
    let bundle = &bahasa.bundle().bundle;
    let (name, attribute) = match id.split_once('.') {
        Some((name, attribute)) => (name, Some(attribute)),
        None => (id, None),
    };
    let Some(message) = bundle.get_message(name) else {
        return vec![format!("{bahasa}: no message \"{id}\"")];
    };
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute).map(|a| a.value()),
        None => message.value(),
    };
    let Some(pattern) = pattern else {
        return vec![format!("{bahasa}: no message \"{id}\"")];
    };
    let mut fluent_args = FluentArgs::new();
    for (key, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*key, FluentValue::from(text.as_str())),
            Arg::Number(n) => fluent_args.set(*key, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let _ = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    errors
        .iter()
        .map(|e| format!("{bahasa}: \"{id}\": {e}"))
        .collect()
}

/// The parse errors of every catalogue file, as readable lines (for the catalogue test).
#[must_use]
pub fn catalogue_errors() -> Vec<String> {
    let mut out = Vec::new();
    for (path, text) in INDONESIAN.iter().chain(ENGLISH) {
        if let Err((_, errors)) = FluentResource::try_new((*text).to_owned()) {
            out.extend(errors.iter().map(|e| format!("{path}: {e:?}")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Message;

    #[test]
    fn catalogues_parse_and_hold_the_same_ids() {
        assert_eq!(catalogue_errors(), Vec::<String>::new());
        let id = ids(Bahasa::Id);
        let en = ids(Bahasa::En);
        let only_id: Vec<_> = id.iter().filter(|k| !en.contains(k)).collect();
        let only_en: Vec<_> = en.iter().filter(|k| !id.contains(k)).collect();
        assert!(
            only_id.is_empty() && only_en.is_empty(),
            "missing in English: {only_id:?}; missing in Indonesian: {only_en:?}"
        );
        assert!(!id.is_empty());
    }

    #[test]
    fn a_message_speaks_the_language_asked_for() {
        let message = Message::new("bahasa-tidak-dikenal").arg("nilai", "fr");
        assert_eq!(message.render(Bahasa::Id), "bahasa \"fr\" tidak dikenal");
        assert_eq!(message.render(Bahasa::En), "unknown language \"fr\"");
        let help = Message::new("bahasa-tidak-dikenal.help");
        assert_eq!(
            help.render(Bahasa::En),
            "use \"id\" (Bahasa Indonesia) or \"en\" (English)"
        );
        let count = |n: i64| Message::new("berkas-diperiksa").arg("jumlah", n);
        assert_eq!(count(2).render(Bahasa::Id), "2 berkas diperiksa");
        assert_eq!(count(2).render(Bahasa::En), "2 files checked");
        assert_eq!(count(1).render(Bahasa::En), "1 file checked");
        assert_eq!(count(1).render(Bahasa::Id), "1 berkas diperiksa");
    }

    #[test]
    fn a_missing_argument_is_reported() {
        let id = "bahasa-tidak-dikenal";
        assert_eq!(missing_arguments(Bahasa::Id, id, &[]).len(), 1);
        assert_eq!(
            missing_arguments(Bahasa::Id, id, &[("nilai", Arg::from("x"))]),
            Vec::<String>::new()
        );
        assert_eq!(missing_arguments(Bahasa::En, "tidak-ada", &[]).len(), 1);
    }

    #[test]
    fn a_gap_shows_the_id_and_verbatim_text_stays() {
        assert_eq!(Message::new("tidak-ada").render(Bahasa::Id), "tidak-ada");
        assert_eq!(
            Message::verbatim("Disk full").render(Bahasa::Id),
            "Disk full"
        );
    }

    #[test]
    fn language_tags_are_read_loosely() {
        for (text, bahasa) in [
            ("id", Bahasa::Id),
            ("ID", Bahasa::Id),
            ("id_ID.UTF-8", Bahasa::Id),
            ("en", Bahasa::En),
            ("en-GB", Bahasa::En),
            ("english", Bahasa::En),
        ] {
            assert_eq!(text.parse::<Bahasa>(), Ok(bahasa), "{text}");
        }
        assert!("fr".parse::<Bahasa>().is_err());
    }
}
