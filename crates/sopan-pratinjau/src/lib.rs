//! The live preview's web server: the pages of one file or of a folder, served on
//! 127.0.0.1 only, each page reloaded in the browser when a save changes it.
//!
//! The crate knows nothing of SOPs. The caller hands [`Server::serve`] its [`Pages`]: what
//! page a file (or the folder's index) is, as HTML bytes, and the words of a refusal. This
//! crate owns what is the same for any such site:
//!
//! - `route.rs`: which requests are answered (the `Host` check against DNS rebinding) and
//!   which file a path names (nothing outside the folder, whatever the spelling or links);
//! - `watch.rs`: the folder watched, a save's burst of events counted as one change;
//! - `server.rs`: the requests (GET and HEAD only), each page rendered once per change;
//! - `events.rs`: each page's event stream, which tells it to reload when its version
//!   changed;
//! - `inject.rs`: the reload script, added to served pages only; what the caller renders
//!   is served with that one line added and nothing else changed.

mod events;
mod inject;
mod route;
mod server;
mod watch;

pub use route::{Scope, Target};
pub use server::{Server, Stop};

/// What a site shows: the caller's half of the server.
pub trait Pages: Send + Sync + 'static {
    /// The page at `target`, as a whole HTML document; `None` when that file is no page
    /// (the server answers 404). An error is a page too: the document that explains it, so
    /// the browser shows it and reloads when it is fixed.
    fn page(&self, target: Target<'_>) -> Option<Vec<u8>>;

    /// The one sentence a refused request gets as its body, in the reader's language.
    fn refusal(&self, refusal: Refusal) -> String;
}

/// Why a request got no page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// 403: its `Host` is not this machine on this port (`127.0.0.1:PORT`, `localhost:PORT`).
    ForeignHost,
    /// 404: its path names no page of the site.
    NotFound,
    /// 405: a method other than GET and HEAD.
    Method,
    /// 503: too many requests at once.
    Busy,
}
