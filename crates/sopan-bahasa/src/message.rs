//! A sentence to be said: a catalogue id and its arguments, resolved only when printed.

use std::borrow::Cow;
use std::fmt;

use crate::Bahasa;

/// One argument of a message: author text, a name, or a count.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    /// Text, inserted as it is (the renderer of each output escapes it).
    Text(String),
    /// A whole number; Fluent picks plural forms by it.
    Number(i64),
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(value: Cow<'_, str>) -> Self {
        Arg::Text(value.into_owned())
    }
}

impl From<char> for Arg {
    fn from(value: char) -> Self {
        Arg::Text(value.to_string())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Number(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64);

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Text(text) => f.write_str(text),
            Arg::Number(n) => write!(f, "{n}"),
        }
    }
}

/// A sentence for a person: an id in the catalogues and its named arguments.
///
/// Built where a problem is found, printed where the reader is known. Two messages are
/// equal when they say the same thing: same id, same arguments in the same order.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message(
    // Boxed: a diagnostic holds several messages and travels in `Result`s, so each stays
    // one pointer wide; the allocation is nothing beside the rendering.
    Box<Inner>,
);

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Inner {
    kind: Kind,
    args: Vec<(&'static str, Arg)>,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Kind {
    /// A catalogue id, `message` or `message.attribute`.
    Id(&'static str),
    /// Text said as it is, in whatever language it was written: only for text that comes
    /// from outside Sopan and has no translation (an operating system's error, say), and
    /// never as a diagnostic's own sentence (a test walks every fixture for these).
    Verbatim(String),
}

impl Message {
    /// The message of catalogue id `id` (`name` or `name.attribute`).
    #[must_use]
    pub fn new(id: &'static str) -> Self {
        Message(Box::new(Inner {
            kind: Kind::Id(id),
            args: Vec::new(),
        }))
    }

    /// Text with no entry in the catalogues, printed as it is in every language: only for
    /// words from outside Sopan. Better still, pass such words as an argument of a catalogue
    /// sentence that says what Sopan was doing (`cli-tidak-terbaca` with `$alasan`).
    ///
    /// There is no conversion from a string to a message, so a sentence written in the code
    /// cannot become one by accident: the compiler asks for `Message::new` or this.
    #[must_use]
    pub fn verbatim(text: impl Into<String>) -> Self {
        Message(Box::new(Inner {
            kind: Kind::Verbatim(text.into()),
            args: Vec::new(),
        }))
    }

    /// The same message with argument `$name` set to `value`.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.0.args.push((name, value.into()));
        self
    }

    /// The catalogue id, or `None` for verbatim text.
    #[must_use]
    pub fn id(&self) -> Option<&'static str> {
        match self.0.kind {
            Kind::Id(id) => Some(id),
            Kind::Verbatim(_) => None,
        }
    }

    /// The arguments, in the order they were set.
    #[must_use]
    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.0.args
    }

    /// Whether this says nothing (an empty verbatim text: a label with no words).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        matches!(&self.0.kind, Kind::Verbatim(text) if text.is_empty())
    }

    /// The sentence in `bahasa`. An id missing from that catalogue falls back to English,
    /// then to the id itself, so a gap shows as a readable key and never aborts (a test
    /// keeps both catalogues complete).
    #[must_use]
    pub fn render(&self, bahasa: Bahasa) -> String {
        match &self.0.kind {
            Kind::Verbatim(text) => text.clone(),
            Kind::Id(id) => bahasa.format(id, &self.0.args),
        }
    }
}

/// A label or note with no words of its own.
impl Default for Message {
    fn default() -> Self {
        Message::verbatim(String::new())
    }
}
