//! The one table of diagnostic codes.
//!
//! Codes are numbered in blocks and never reused: 001–099 syntax, 1xx identity page,
//! 2xx actors and steps, 3xx flow graph, 4xx references to other SOPs, 5xx sopan.yaml,
//! 6xx outputs, 9xx internal.
//! A retired code stays in the table, marked removed in `docs/diagnostics.md`.

use serde::Serialize;
use sopan_bahasa::Message;

/// Where the reference of every code is published: docs/diagnostics.md in the project's
/// repository. Each code's address is this with its heading's anchor. The repository's
/// address is written once, in the workspace's `Cargo.toml`.
pub const DOCS_URL: &str = concat!(
    env!("CARGO_PKG_REPOSITORY"),
    "/blob/main/docs/diagnostics.md"
);

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The SOP is wrong: no output is built and `sopan check` exits 1.
    Error,
    /// The SOP builds, but something should be looked at.
    Warning,
}

impl Severity {
    /// The lowercase name used in machine output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($($(#[$doc:meta])* $name:ident = $text:literal, $severity:ident, $title:literal;)*) => {
        /// A stable diagnostic code such as `SOP301`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum Code {
            $($(#[$doc])* $name,)*
        }

        impl Code {
            /// Every code, in numeric order.
            pub const ALL: &'static [Code] = &[$(Code::$name,)*];

            /// The code as written in output and docs, e.g. `"SOP301"`.
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$name => $text,)* }
            }

            /// The severity a code has unless configuration says otherwise.
            #[must_use]
            pub fn default_severity(self) -> Severity {
                match self { $(Code::$name => Severity::$severity,)* }
            }

            /// A short title for tables and rule listings, in English: the heading of the
            /// code's section in docs/diagnostics.md, which its address is made from.
            #[must_use]
            pub fn title(self) -> &'static str {
                match self { $(Code::$name => $title,)* }
            }

            /// The title in the reader's language: catalogue entry `kode-SOPnnn`.
            #[must_use]
            pub fn title_message(self) -> Message {
                Message::new(match self { $(Code::$name => concat!("kode-", $text),)* })
            }
        }
    };
}

codes! {
    /// The file is not valid UTF-8 text.
    InvalidUtf8 = "SOP001", Error, "file is not UTF-8 text";
    /// The text does not follow the grammar.
    Syntax = "SOP002", Error, "syntax error";
    /// A quoted text has no closing quote on its line.
    UnterminatedText = "SOP003", Error, "text without closing quote";
    /// The file holds no `sop` block at all.
    EmptyFile = "SOP004", Error, "file has no SOP";
    /// The file is larger than Sopan reads.
    FileTooLarge = "SOP005", Error, "file too large";
    /// A backslash escape in a text that Sopan does not know.
    InvalidEscape = "SOP006", Error, "unknown escape in text";
    /// A second `sop` block in one file.
    SecondSop = "SOP007", Error, "more than one SOP in a file";
    /// More steps, actors or text than Sopan reads.
    LimitExceeded = "SOP008", Error, "file exceeds a limit";
    /// A `// sopan: abaikan` comment that names no code or a code that does not exist.
    BadSuppression = "SOP010", Error, "suppression comment names no known code";
    /// A `// sopan: abaikan` comment that suppressed nothing.
    UnusedSuppression = "SOP011", Warning, "suppression comment suppresses nothing";
    /// A quoted text holds a bidi control, a zero-width character or a control character.
    InvisibleCharacter = "SOP012", Warning, "invisible or direction-changing character in text";
    /// A date written with slashes or dots, or day first, instead of year-month-day.
    DateOrder = "SOP013", Error, "date not written year-month-day";

    /// A required identity field is missing or empty.
    MissingField = "SOP101", Error, "required identity field missing";
    /// A date that does not exist in the calendar.
    InvalidDate = "SOP102", Error, "date does not exist";
    /// The effective date is before the creation date.
    EffectiveBeforeCreated = "SOP103", Error, "effective date before creation date";
    /// The revision date is before the creation date.
    RevisedBeforeCreated = "SOP104", Error, "revision date before creation date";
    /// An identity field given more than once.
    DuplicateField = "SOP105", Error, "field given twice";
    /// A NIP that is not 18 digits.
    NipLength = "SOP106", Error, "NIP is not 18 digits";
    /// A NIP whose birth date, appointment date or sex digit is impossible.
    NipImpossible = "SOP107", Error, "NIP holds an impossible date or sex digit";
    /// Two SOPs of one repository with the same nomor.
    DuplicateNomor = "SOP108", Error, "nomor used by another SOP";
    /// Two SOPs of one repository with the same id.
    DuplicateId = "SOP109", Error, "id used by another SOP";
    /// The logo file is missing, unreadable, or not an image a browser shows.
    LogoUnusable = "SOP110", Error, "logo cannot be used";
    /// The logo path leads out of the repository the SOP belongs to.
    LogoOutside = "SOP111", Error, "logo outside the repository";
    /// Two keterkaitan entries share one id.
    DuplicateRelated = "SOP112", Error, "keterkaitan id used twice";
    /// A keterkaitan entry names the SOP it is in.
    RelatedToItself = "SOP113", Warning, "keterkaitan names this SOP itself";

    /// A step names an actor that `pelaksana` does not declare.
    UnknownActor = "SOP201", Error, "unknown actor";
    /// Two actors with the same id.
    DuplicateActor = "SOP202", Error, "actor declared twice";
    /// Two steps with the same label.
    DuplicateLabel = "SOP203", Error, "step label used twice";
    /// A duration unit that is not one of detik, menit, jam, hari, hari kerja, minggu, bulan.
    UnknownUnit = "SOP204", Error, "unknown duration unit";
    /// An actor column no step uses.
    UnusedActor = "SOP205", Warning, "actor has no step";
    /// A step whose Waktu or Output cell was left out.
    MissingMutuBaku = "SOP206", Warning, "step without waktu or output";
    /// A duration that is zero or would read better in a larger unit.
    ImplausibleDuration = "SOP207", Warning, "implausible duration";
    /// The first row is not a start terminator.
    FirstNotStart = "SOP208", Error, "first step is not a start";
    /// The last row is not an end terminator.
    LastNotEnd = "SOP209", Warning, "last step is not an end";
    /// A field that a step of this kind cannot have.
    FieldNotAllowed = "SOP211", Error, "field not allowed on this step";
    /// A duration range whose end is before its start.
    ReversedRange = "SOP213", Error, "duration range runs backwards";
    /// The procedure has no steps, or no actors are declared.
    EmptyProcedure = "SOP214", Error, "procedure has no steps";
    /// A step whose row on the sheet is taller than a page, so it would print cut.
    StepTooTall = "SOP215", Error, "step too tall for one page";
    /// Two rows print the same number in the No column.
    DuplicateRowNumber = "SOP216", Error, "row number printed twice";
    /// A quoted waktu that reads as a duration, which the totals cannot count.
    QuotedDuration = "SOP217", Warning, "quoted waktu reads as a duration";
    /// A row that names its actor before the Uraian and also lists symbols in its braces.
    MixedRow = "SOP218", Error, "row has both a head symbol and listed symbols";
    /// A row with neither an actor before the Uraian nor symbols in its braces.
    RowWithoutSymbol = "SOP219", Error, "row has no symbol";

    /// A branch or jump names a step label that does not exist.
    UnknownTarget = "SOP301", Error, "unknown step label";
    /// A decision without its Ya or its Tidak exit.
    MissingBranch = "SOP302", Error, "decision without both branches";
    /// Both exits of a decision go to the same step.
    SameBranches = "SOP303", Error, "both branches go to the same step";
    /// A step no arrow from a start leads to.
    Unreachable = "SOP304", Error, "step cannot be reached";
    /// A step that is not an end and has no next step.
    DeadEnd = "SOP305", Error, "step leads nowhere";
    /// Steps the flow enters and cannot leave.
    ClosedLoop = "SOP306", Error, "loop with no exit";
    /// More than one start, not declared as alternatives.
    SeveralStarts = "SOP307", Error, "several starts not declared as alternatives";

    /// A keterangan names a keterkaitan entry that does not exist.
    UnknownReference = "SOP401", Error, "unknown keterkaitan entry";
    /// A keterangan names an SOP in free text that `keterkaitan` does not list.
    UnlistedSop = "SOP402", Warning, "SOP named in keterangan but not in keterkaitan";
    /// A keterkaitan id that no SOP of the repository has.
    UnknownSopId = "SOP403", Error, "keterkaitan names an SOP id the repository lacks";

    /// `sopan.yaml` is not valid: bad YAML, an unknown key or a wrong type.
    InvalidConfig = "SOP501", Error, "invalid sopan.yaml";
    /// A `sopan.yaml` that is there but cannot be read: a folder, unreadable, not UTF-8, too large.
    ConfigUnreadable = "SOP502", Error, "sopan.yaml cannot be read";
    /// An SOP uses a sheet template that no `sopan.yaml` above it defines.
    UnknownTemplate = "SOP503", Error, "template not defined in sopan.yaml";

    /// Two inputs would write the same output file.
    OutputCollision = "SOP601", Error, "two inputs write one output";

    /// Sopan met a tree its grammar should have ruled out.
    Internal = "SOP900", Error, "internal error";
}

impl Code {
    /// The address of the code's section in the published reference, e.g.
    /// `…/docs/diagnostics.md#sop201-unknown-actor`: the anchor a Markdown renderer gives
    /// the heading `## SOP201: unknown actor`.
    #[must_use]
    pub fn docs_url(self) -> String {
        let heading = format!("{} {}", self.as_str(), self.title()).to_lowercase();
        let anchor: String = heading
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
            .map(|c| if c == ' ' { '-' } else { c })
            .collect();
        format!("{DOCS_URL}#{anchor}")
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Code {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.as_str().eq_ignore_ascii_case(s))
            .ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_sorted_and_well_formed() {
        let texts: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        let mut sorted = texts.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(
            texts, sorted,
            "codes must be unique and listed in numeric order"
        );
        for text in texts {
            assert!(text.len() == 6 && text.starts_with("SOP"), "{text}");
            assert!(text[3..].bytes().all(|b| b.is_ascii_digit()), "{text}");
        }
    }

    #[test]
    fn parses_back() {
        for code in Code::ALL {
            assert_eq!(code.as_str().parse::<Code>(), Ok(*code));
        }
        assert!("SOP999".parse::<Code>().is_err());
    }

    #[test]
    fn addresses_are_the_anchors_of_the_headings() {
        assert_eq!(
            Code::UnknownActor.docs_url(),
            format!("{DOCS_URL}#sop201-unknown-actor")
        );
        assert_eq!(
            Code::InvalidUtf8.docs_url(),
            format!("{DOCS_URL}#sop001-file-is-not-utf-8-text")
        );
    }
}
