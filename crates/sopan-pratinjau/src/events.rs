//! A page's event stream (`text/event-stream`, the server-sent events format): one
//! `reload` event as soon as the page's version is not the one the browser shows, then the
//! end of the stream.
//!
//! The page names itself and its version in the query (`halaman`, `versi`); the stream
//! compares on connecting too, so a save between the page's load and its stream's start is
//! not missed. A page that is gone (its file deleted) sends nothing: an editor that saves by
//! deleting and writing again brings it back, and the page then reloads with the new text.
//!
//! `tiny_http` sends a body in chunks of 8 KiB, which would hold events back; the stream
//! writes its response itself, on the connection `tiny_http` hands over, flushing each event.

use std::io::Write as _;
use std::time::Duration;

use tiny_http::{Method, Request, Response};

use crate::route::route;
use crate::server::{Site, with};
use crate::watch::Waited;
use crate::{Pages, Refusal};

/// How often a quiet stream sends a comment: a browser that went away is noticed when the
/// write fails, and its thread ends.
const KEEPALIVE: Duration = Duration::from_secs(15);

const HEAD: &[u8] = b"HTTP/1.1 200 OK\r\n\
Content-Type: text/event-stream\r\n\
Cache-Control: no-store\r\n\
X-Content-Type-Options: nosniff\r\n\
Connection: close\r\n\r\n";

pub(crate) fn stream<P: Pages>(site: &Site<P>, request: Request) {
    let query = request.url().split_once('?').map_or("", |(_, q)| q);
    let mut page = None;
    let mut version = None;
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        match &*key {
            "halaman" => page = route(&site.scope, &value),
            "versi" => version = u64::from_str_radix(&value, 16).ok(),
            _ => {}
        }
    }
    let (Some(page), Some(version)) = (page, version) else {
        site.refuse(request, Refusal::NotFound);
        return;
    };
    if *request.method() == Method::Head {
        let response = with(Response::empty(200), "Content-Type", "text/event-stream");
        let _ = request.respond(response);
        return;
    }
    let mut out = request.into_writer();
    if out.write_all(HEAD).and_then(|()| out.flush()).is_err() {
        return;
    }
    loop {
        let (generation, now) = site.page(&page);
        if now.is_some_and(|now| now.version != version) {
            let _ = out
                .write_all(b"event: reload\ndata: \n\n")
                .and_then(|()| out.flush());
            return;
        }
        loop {
            match site.changes.wait(generation, KEEPALIVE) {
                Waited::Changed => break,
                Waited::Stopping => return,
                Waited::Quiet => {
                    if out.write_all(b": \n\n").and_then(|()| out.flush()).is_err() {
                        return;
                    }
                }
            }
        }
    }
}
