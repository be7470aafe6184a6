//! The server: bound to 127.0.0.1, each request on its own thread, pages rendered once per
//! change of the folder.

use std::collections::BTreeMap;
use std::hash::{Hash as _, Hasher as _};
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tiny_http::{Header, Method, Request, Response, StatusCode};

use crate::route::{Route, Scope, host_allowed, route};
use crate::watch::{self, Changes, Watch};
use crate::{Pages, Refusal, events, inject};

/// Requests handled at once, event streams included; past it a request gets 503, so a
/// flood of connections cannot start threads without end.
const MOST_AT_ONCE: usize = 64;

/// How often the request loop looks whether the server was stopped.
const POLL: Duration = Duration::from_millis(200);

/// A bound server, watching its folder, not yet answering.
pub struct Server {
    http: tiny_http::Server,
    scope: Scope,
    port: u16,
    changes: Arc<Changes>,
    _watch: Watch,
}

/// Stops a running server from another thread: [`Server::serve`] returns within a fraction
/// of a second and every event stream ends.
#[derive(Clone)]
pub struct Stop {
    changes: Arc<Changes>,
}

impl Stop {
    /// Asks the server to stop.
    pub fn stop(&self) {
        self.changes.stop();
    }
}

impl Server {
    /// Binds 127.0.0.1:`port` (0: a free port the system picks) and starts watching the
    /// folder of `scope`. The address is then reachable and every save is seen, so a caller
    /// may print it at once.
    pub fn bind(scope: Scope, port: u16) -> io::Result<Server> {
        // Links resolved once, so a resolved request path can be compared with the folder.
        let scope = match scope {
            Scope::File(file) => Scope::File(std::fs::canonicalize(file)?),
            Scope::Folder(folder) => Scope::Folder(std::fs::canonicalize(folder)?),
        };
        let http = tiny_http::Server::http(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
            .map_err(io::Error::other)?;
        let port = http.server_addr().to_ip().map_or(port, |a| a.port());
        let changes = Arc::new(Changes::default());
        let recursive = matches!(scope, Scope::Folder(_));
        let watch = watch::start(scope.folder(), recursive, Arc::clone(&changes))
            .map_err(io::Error::other)?;
        Ok(Server {
            http,
            scope,
            port,
            changes,
            _watch: watch,
        })
    }

    /// The port it listens on.
    #[must_use]
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The address of its first page: `http://127.0.0.1:PORT/`.
    #[must_use]
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    /// What stops it.
    #[must_use]
    pub fn stopper(&self) -> Stop {
        Stop {
            changes: Arc::clone(&self.changes),
        }
    }

    /// Answers requests with `pages` until stopped.
    pub fn serve(self, pages: impl Pages) {
        let site = Arc::new(Site {
            pages,
            scope: self.scope,
            port: self.port,
            changes: self.changes,
            cache: Mutex::new(Cache::default()),
            running: AtomicUsize::new(0),
        });
        while !site.changes.stopping() {
            match self.http.recv_timeout(POLL) {
                Ok(Some(request)) => dispatch(&site, request),
                Ok(None) => {}
                // A connection that could not be accepted (too many open files): the
                // others go on, after a pause rather than in a busy loop.
                Err(_) => std::thread::sleep(POLL),
            }
        }
    }
}

/// Everything a request handler shares.
pub(crate) struct Site<P> {
    pub(crate) pages: P,
    pub(crate) scope: Scope,
    port: u16,
    pub(crate) changes: Arc<Changes>,
    cache: Mutex<Cache>,
    running: AtomicUsize,
}

/// The pages rendered since the last change: a page and its event stream ask for the same
/// version, and every stream of a page after a save shares one rendering.
#[derive(Default)]
struct Cache {
    generation: u64,
    pages: BTreeMap<Route, Option<Arc<Rendered>>>,
}

/// One version of a page, as the caller rendered it.
pub(crate) struct Rendered {
    pub(crate) body: Vec<u8>,
    /// Its digest: the version its event stream compares against.
    pub(crate) version: u64,
}

impl<P: Pages> Site<P> {
    /// The page at `route` now, and the generation it belongs to (a change after it may
    /// have changed it). Rendering holds the cache, so two requests never build one page
    /// twice and the machine is not asked for more builds than it has cores for.
    pub(crate) fn page(&self, route: &Route) -> (u64, Option<Arc<Rendered>>) {
        let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        let generation = self.changes.generation();
        if cache.generation != generation {
            cache.pages.clear();
            cache.generation = generation;
        }
        if let Some(found) = cache.pages.get(route) {
            return (generation, found.clone());
        }
        let rendered = self.pages.page(route.target()).map(|body| {
            Arc::new(Rendered {
                version: digest(&body),
                body,
            })
        });
        cache.pages.insert(route.clone(), rendered.clone());
        (generation, rendered)
    }

    /// A refusal's response: its status and its sentence.
    pub(crate) fn refuse(&self, request: Request, refusal: Refusal) {
        let status = match refusal {
            Refusal::ForeignHost => 403,
            Refusal::NotFound => 404,
            Refusal::Method => 405,
            Refusal::Busy => 503,
        };
        let mut text = self.pages.refusal(refusal);
        text.push('\n');
        let mut response = with(
            Response::from_string(text).with_status_code(StatusCode(status)),
            "Content-Type",
            "text/plain; charset=utf-8",
        );
        if refusal == Refusal::Method {
            response = with(response, "Allow", "GET, HEAD");
        }
        respond(request, response);
    }
}

/// Hands `request` to a thread of its own, or refuses it when too many are running.
fn dispatch<P: Pages>(site: &Arc<Site<P>>, request: Request) {
    if site.running.fetch_add(1, Ordering::SeqCst) >= MOST_AT_ONCE {
        site.running.fetch_sub(1, Ordering::SeqCst);
        site.refuse(request, Refusal::Busy);
        return;
    }
    let guard = Running(Arc::clone(site));
    // Without a thread the closure is dropped: tiny_http answers the request with 500,
    // and the guard stops counting it.
    let _ = std::thread::Builder::new()
        .name("pratinjau-request".to_owned())
        .spawn(move || {
            handle(&guard.0, request);
            drop(guard);
        });
}

/// Counts a running handler for as long as it lives, panics included.
struct Running<P: Pages>(Arc<Site<P>>);

impl<P: Pages> Drop for Running<P> {
    fn drop(&mut self) {
        self.0.running.fetch_sub(1, Ordering::SeqCst);
    }
}

fn handle<P: Pages>(site: &Site<P>, request: Request) {
    let mut hosts = request
        .headers()
        .iter()
        .filter(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str());
    let host_ok = match (hosts.next(), hosts.next()) {
        (Some(host), None) => host_allowed(host, site.port),
        _ => false,
    };
    if !host_ok {
        site.refuse(request, Refusal::ForeignHost);
        return;
    }
    if !matches!(request.method(), Method::Get | Method::Head) {
        site.refuse(request, Refusal::Method);
        return;
    }
    let path = request.url().split(['?', '#']).next().unwrap_or("");
    if path == inject::EVENTS {
        events::stream(site, request);
        return;
    }
    let page = route(&site.scope, request.url()).and_then(|r| site.page(&r).1);
    let Some(page) = page else {
        site.refuse(request, Refusal::NotFound);
        return;
    };
    let body = inject::with_reload_script(&page.body, page.version);
    // Sent with its length, not in chunks: the page is whole before it is sent.
    let response = Response::from_data(body).with_chunked_threshold(usize::MAX);
    let response = with(
        with(response, "Content-Type", "text/html; charset=utf-8"),
        "Cache-Control",
        "no-store",
    );
    respond(request, response);
}

/// Sends `response` with the headers every answer carries: nothing is sniffed, no address
/// leaks to another site, and no other site may embed what this one answers.
fn respond<R: io::Read>(request: Request, response: Response<R>) {
    let response = with(response, "X-Content-Type-Options", "nosniff");
    let response = with(response, "Referrer-Policy", "no-referrer");
    let response = with(response, "Cross-Origin-Resource-Policy", "same-origin");
    // A client that went away is no failure of the server.
    let _ = request.respond(response);
}

/// `response` with the header `name: value`. The names and values are this crate's own,
/// all of them valid ASCII, so none is ever left out.
pub(crate) fn with<R: io::Read>(response: Response<R>, name: &str, value: &str) -> Response<R> {
    match Header::from_bytes(name, value) {
        Ok(header) => response.with_header(header),
        Err(()) => response,
    }
}

/// A page's digest: equal pages, equal digests, within one process.
fn digest(body: &[u8]) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    body.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use std::io::{Read as _, Write as _};
    use std::net::TcpStream;
    use std::sync::mpsc;
    use std::time::Duration;

    use super::{MOST_AT_ONCE, Server};
    use crate::{Pages, Refusal, Scope, Target};

    /// A site whose page is the text of its file, and whose refusals name themselves.
    struct Echo;

    impl Pages for Echo {
        fn page(&self, target: Target<'_>) -> Option<Vec<u8>> {
            let Target::File(path) = target else {
                return None;
            };
            let text = std::fs::read_to_string(path).ok()?;
            Some(
                format!("<html><head><meta charset=\"utf-8\"></head><body>{text}</body></html>")
                    .into_bytes(),
            )
        }

        fn refusal(&self, refusal: Refusal) -> String {
            format!("{refusal:?}")
        }
    }

    fn get(port: u16, path: &str) -> String {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let head =
            format!("GET {path} HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n");
        stream.write_all(head.as_bytes()).unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer
    }

    #[test]
    fn it_serves_refuses_when_full_and_stops_when_told() {
        let folder = tempfile::tempdir().unwrap();
        let file = folder.path().join("a.sop");
        std::fs::write(&file, "halo").unwrap();
        let server = Server::bind(Scope::File(file), 0).unwrap();
        let port = server.port();
        assert_eq!(server.url(), format!("http://127.0.0.1:{port}/"));
        let stop = server.stopper();
        let (done, finished) = mpsc::channel();
        std::thread::spawn(move || {
            server.serve(Echo);
            let _ = done.send(());
        });
        let page = get(port, "/");
        assert!(page.starts_with("HTTP/1.1 200"), "{page}");
        assert!(page.contains("<meta charset=\"utf-8\"><script>"), "{page}");
        assert!(page.ends_with("<body>halo</body></html>"), "{page}");
        let version = &page[page.find("versi=").unwrap() + 6..][..16];
        // Every place taken by a page's event stream: the next request is turned away.
        let streams: Vec<TcpStream> = (0..MOST_AT_ONCE)
            .map(|_| {
                let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
                let head = format!(
                    "GET /_sopan/events?halaman=%2F&versi={version} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
                );
                stream.write_all(head.as_bytes()).unwrap();
                stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
                let mut first = [0u8; 15];
                stream.read_exact(&mut first).unwrap();
                assert_eq!(&first, b"HTTP/1.1 200 OK");
                stream
            })
            .collect();
        let busy = get(port, "/");
        assert!(busy.starts_with("HTTP/1.1 503"), "{busy}");
        assert!(busy.ends_with("Busy\n"), "{busy}");
        stop.stop();
        assert!(
            finished.recv_timeout(Duration::from_secs(30)).is_ok(),
            "serve returned"
        );
        drop(streams);
    }
}
