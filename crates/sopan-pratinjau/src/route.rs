//! From a request to what it may see: the `Host` check and the page a path names.
//!
//! Both are refusals first. A page of another site can make the browser send requests here
//! (a link, an image, a script address); if an attacker's name resolves to 127.0.0.1 (DNS
//! rebinding), such a page can even read the answers, but its requests then carry the
//! attacker's name in `Host`, so only the two names of this machine, with this port, are
//! served. A path is decoded segment by segment and every segment that could step out of
//! the folder is refused before the filesystem is asked anything; then the file is resolved
//! with its links followed, and must still lie inside the folder.

use std::path::{Path, PathBuf};

use percent_encoding::percent_decode_str;

/// What a server serves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// One file, at `/`; its folder is watched.
    File(PathBuf),
    /// A folder: `/` is its index, each file at its path below the folder; the folder and
    /// its sub-folders are watched.
    Folder(PathBuf),
}

impl Scope {
    /// The folder a change in which may change a page.
    pub(crate) fn folder(&self) -> &Path {
        match self {
            Scope::File(file) => file.parent().unwrap_or(Path::new("/")),
            Scope::Folder(folder) => folder,
        }
    }
}

/// A page asked for, once the request was found safe.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target<'a> {
    /// `/` of a folder: the list of its pages.
    Index,
    /// A file inside the folder (its path with links resolved), or the one file of a
    /// [`Scope::File`].
    File(&'a Path),
}

/// An owned [`Target`], for the page cache and the event streams.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Route {
    Index,
    File(PathBuf),
}

impl Route {
    pub(crate) fn target(&self) -> Target<'_> {
        match self {
            Route::Index => Target::Index,
            Route::File(path) => Target::File(path),
        }
    }
}

/// Whether `host` (the `Host` header) names this machine on `port`: `127.0.0.1:PORT` or
/// `localhost:PORT`, the names the server prints and a browser sends for them.
pub(crate) fn host_allowed(host: &str, port: u16) -> bool {
    let Some((name, given)) = host.rsplit_once(':') else {
        return false;
    };
    given == port.to_string() && (name == "127.0.0.1" || name.eq_ignore_ascii_case("localhost"))
}

/// The page `url` (a request target as the client sent it, query included) names inside
/// `scope` (whose folder has its links resolved), or `None` for a path that names none.
pub(crate) fn route(scope: &Scope, url: &str) -> Option<Route> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    // Only origin-form targets: `http://other/...` and `*` name no page of this site.
    let rest = path.strip_prefix('/')?;
    if rest.is_empty() {
        return Some(match scope {
            Scope::File(file) => Route::File(file.clone()),
            Scope::Folder(_) => Route::Index,
        });
    }
    let Scope::Folder(root) = scope else {
        return None;
    };
    let mut candidate = root.clone();
    for segment in rest.split('/') {
        candidate.push(segment_name(segment)?);
    }
    // Links followed: a link inside the folder to a file outside it shows nothing.
    let resolved = std::fs::canonicalize(&candidate).ok()?;
    (resolved.starts_with(root) && resolved.is_file()).then_some(Route::File(resolved))
}

/// One path segment, percent-decoded, if it can only name an entry of its folder: not
/// empty, not `.` or `..`, no separator of any system (`/`, `\`), no drive or stream colon,
/// no NUL, valid UTF-8 (the decoding of `%2e%2e`, `%2f` or `%5c` is refused like the
/// characters themselves).
fn segment_name(segment: &str) -> Option<String> {
    let name = percent_decode_str(segment).decode_utf8().ok()?;
    let refused =
        name.is_empty() || name == "." || name == ".." || name.contains(['/', '\\', ':', '\0']);
    (!refused).then(|| name.into_owned())
}

#[cfg(test)]
mod tests {
    use super::{Route, Scope, host_allowed, route};

    #[test]
    fn only_this_machine_on_this_port_is_served() {
        assert!(host_allowed("127.0.0.1:8080", 8080));
        assert!(host_allowed("localhost:8080", 8080));
        assert!(host_allowed("LocalHost:8080", 8080));
        assert!(!host_allowed("127.0.0.1:8081", 8080));
        assert!(!host_allowed("127.0.0.1", 8080));
        assert!(!host_allowed("evil.example:8080", 8080));
        assert!(!host_allowed("localhost.evil.example:8080", 8080));
        assert!(!host_allowed("127.0.0.2:8080", 8080));
        assert!(!host_allowed("", 8080));
        assert!(!host_allowed("[::1]:8080", 8080));
    }

    #[test]
    fn paths_that_leave_the_folder_name_nothing() {
        let outer = tempfile::tempdir().unwrap();
        let root = outer.path().join("situs");
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::write(root.join("a.sop"), "x").unwrap();
        std::fs::write(root.join("sub/b c.sop"), "x").unwrap();
        std::fs::write(outer.path().join("rahasia.sop"), "x").unwrap();
        let root = std::fs::canonicalize(&root).unwrap();
        let scope = Scope::Folder(root.clone());
        assert_eq!(route(&scope, "/"), Some(Route::Index));
        assert_eq!(route(&scope, "/?x=1"), Some(Route::Index));
        assert_eq!(
            route(&scope, "/a.sop"),
            Some(Route::File(root.join("a.sop")))
        );
        assert_eq!(
            route(&scope, "/sub/b%20c.sop"),
            Some(Route::File(root.join("sub/b c.sop")))
        );
        for refused in [
            "/../rahasia.sop",
            "/sub/../../rahasia.sop",
            "/%2e%2e/rahasia.sop",
            "/%2E%2E/rahasia.sop",
            "/sub%2f..%2f..%2frahasia.sop",
            "/..%5crahasia.sop",
            "//etc/passwd",
            "/sub/",
            "/sub",
            "/./a.sop",
            "/a.sop%00",
            "/%ff.sop",
            "http://127.0.0.1/a.sop",
            "*",
            "",
            "/tidak-ada.sop",
        ] {
            assert_eq!(route(&scope, refused), None, "{refused}");
        }
        let absolute = format!("/{}", outer.path().join("rahasia.sop").display());
        assert_eq!(route(&scope, &absolute), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_folder_names_nothing() {
        let outer = tempfile::tempdir().unwrap();
        let root = outer.path().join("situs");
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(outer.path().join("rahasia.sop"), "x").unwrap();
        std::fs::write(root.join("a.sop"), "x").unwrap();
        std::os::unix::fs::symlink(outer.path().join("rahasia.sop"), root.join("b.sop")).unwrap();
        std::os::unix::fs::symlink(outer.path(), root.join("atas")).unwrap();
        std::os::unix::fs::symlink(root.join("a.sop"), root.join("c.sop")).unwrap();
        let root = std::fs::canonicalize(&root).unwrap();
        let scope = Scope::Folder(root.clone());
        assert_eq!(route(&scope, "/b.sop"), None);
        assert_eq!(route(&scope, "/atas/rahasia.sop"), None);
        assert_eq!(
            route(&scope, "/c.sop"),
            Some(Route::File(root.join("a.sop")))
        );
    }

    #[test]
    fn a_file_scope_serves_only_its_file() {
        let scope = Scope::File("/x/a.sop".into());
        assert_eq!(route(&scope, "/"), Some(Route::File("/x/a.sop".into())));
        assert_eq!(route(&scope, "/a.sop"), None);
        assert_eq!(route(&scope, "/b.sop"), None);
    }
}
