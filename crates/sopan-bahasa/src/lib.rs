//! Every sentence Sopan says to a person, in Bahasa Indonesia and in English.
//!
//! This crate owns the two message catalogues (`locales/id/*.ftl`, `locales/en/*.ftl`,
//! Project Fluent's format, compiled into the binary) and [`Message`]: the id of a sentence
//! with its arguments, which the stages that find a problem build and the renderers turn
//! into text in the reader's [`Bahasa`] at the very end. Nothing here knows what the
//! sentences are about; the catalogues hold all the words.
//!
//! A message id is either a Fluent message (`unknown-actor`) or one of its attributes
//! (`unknown-actor.help`), so the message, label and help of one diagnostic sit together
//! in the catalogue.

mod catalogue;
mod message;

pub use catalogue::{Bahasa, ParseBahasaError, catalogue_errors, ids, missing_arguments, text};
pub use message::{Arg, Message};
