//! `sopan pratinjau`, the live preview, over HTTP: the served sheet is the built sheet with
//! one script line added, a folder's index links every sheet, foreign `Host` headers get
//! 403, paths out of the folder 404, a save (by rename, as editors do) sends the page its
//! `reload` event, an error page shows the diagnostics and gives way to the sheet once the
//! file is fixed. And in headless Chromium: the page shows a save's change within a second.
//!
//! Each preview runs in a child process, this test binary again on
//! [`run_pratinjau_as_a_child`], whose standard output goes to a file the test reads; the
//! child is killed when the test ends, and ends itself when its standard input closes, so
//! no server outlives its test. Every wait has a limit.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::cli::{example, faulty, sopan, temp};

const ARGS: &str = "SOPAN_TEST_PRATINJAU_ARGS";
const OUT: &str = "SOPAN_TEST_PRATINJAU_OUT";

/// The longest any one wait may take: far more than a slow machine needs, so only a hang
/// reaches it.
const LIMIT: Duration = Duration::from_mins(1);

/// A running `sopan pratinjau`.
struct Preview {
    child: Child,
    port: u16,
    /// What it printed: the address, then the line about Ctrl-C.
    lines: Vec<String>,
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Preview {
    fn start(args: &[&str]) -> Preview {
        let work = temp();
        let out = work.path().join("stdout");
        std::fs::write(&out, "").unwrap();
        let child = Command::new(std::env::current_exe().expect("test binary"))
            .args([
                "--exact",
                "pratinjau::run_pratinjau_as_a_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(ARGS, args.join("\u{1f}"))
            .env(OUT, &out)
            .env_remove("SOPAN_BAHASA")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("the test binary runs");
        let mut preview = Preview {
            child,
            port: 0,
            lines: Vec::new(),
        };
        let started = Instant::now();
        loop {
            let text = std::fs::read_to_string(&out).unwrap_or_default();
            if text.lines().count() >= 2 && text.ends_with('\n') {
                preview.lines = text.lines().map(str::to_owned).collect();
                break;
            }
            if let Some(status) = preview.child.try_wait().unwrap() {
                panic!("sopan pratinjau stopped ({status}) after printing {text:?}");
            }
            assert!(
                started.elapsed() < LIMIT,
                "no address after {LIMIT:?}: {text:?}"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        let address = &preview.lines[0];
        let port = address
            .strip_prefix("http://127.0.0.1:")
            .and_then(|rest| rest.strip_suffix('/'))
            .and_then(|port| port.parse().ok())
            .unwrap_or_else(|| panic!("the first line is not the address alone: {address:?}"));
        preview.port = port;
        preview
    }

    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    fn get(&self, path: &str) -> Answer {
        self.request("GET", path, &self.host())
    }

    fn request(&self, method: &str, path: &str, host: &str) -> Answer {
        let head = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        self.raw(head.as_bytes())
    }

    /// Sends `bytes` as they are and reads the answer to the end.
    fn raw(&self, bytes: &[u8]) -> Answer {
        let mut stream = self.connect();
        stream.write_all(bytes).unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        Answer::parse(&answer)
    }

    fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream.set_read_timeout(Some(LIMIT)).unwrap();
        stream.set_write_timeout(Some(LIMIT)).unwrap();
        stream
    }

    /// Opens the event stream of the page at `page` as the page's script does, for the
    /// version `page_text` (a served page) carries.
    fn events(&self, page: &str, page_text: &str) -> Events {
        let version = version(page_text);
        let mut stream = self.connect();
        let query = format!("/_sopan/events?halaman={}&versi={version}", encode(page));
        let head = format!("GET {query} HTTP/1.1\r\nHost: {}\r\n\r\n", self.host());
        stream.write_all(head.as_bytes()).unwrap();
        let mut reader = BufReader::new(stream);
        let mut status = String::new();
        reader.read_line(&mut status).unwrap();
        assert!(status.starts_with("HTTP/1.1 200"), "{status}");
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line == "\r\n" {
                break;
            }
            if line.to_ascii_lowercase().starts_with("content-type") {
                assert!(line.contains("text/event-stream"), "{line}");
            }
        }
        Events { reader }
    }
}

/// An event stream, read line by line.
struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    /// Reads until the `reload` event, which must come before the stream ends.
    fn reload(&mut self) {
        let started = Instant::now();
        loop {
            let mut line = String::new();
            let read = self.reader.read_line(&mut line).unwrap();
            assert!(read > 0, "the stream ended without a reload event");
            if line == "event: reload\n" {
                return;
            }
            assert!(started.elapsed() < LIMIT, "no reload event");
        }
    }
}

/// One HTTP answer.
struct Answer {
    status: u16,
    head: String,
    body: String,
}

impl Answer {
    fn parse(bytes: &[u8]) -> Answer {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no status in {head:?}"));
        Answer {
            status,
            head: head.to_ascii_lowercase(),
            body: body.to_owned(),
        }
    }
}

/// The version digest of a served page, from its script.
fn version(page: &str) -> String {
    let at = page
        .find("versi=")
        .expect("a served page has the reload script")
        + 6;
    page[at..at + 16].to_owned()
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// `page` without its reload script: the script's one line, from `<script>` to the line
/// break after `</script>`.
fn without_script(page: &str) -> String {
    let start = page.find("<script>").expect("a script");
    let end = page[start..].find("</script>\n").expect("its end") + start + "</script>\n".len();
    let rest = format!("{}{}", &page[..start], &page[end..]);
    assert!(!rest.contains("<script"), "one script only");
    rest
}

/// Replaces `file` as an editor saving by rename does: a temporary file beside it, then a
/// rename over it.
fn save_by_rename(file: &Path, text: &str) {
    let temporary = file.with_file_name(".simpan.tmp");
    std::fs::write(&temporary, text).unwrap();
    std::fs::rename(&temporary, file).unwrap();
}

fn path_text(path: &Path) -> String {
    path.to_str().expect("UTF-8 temp path").to_owned()
}

/// Not a test of its own: in a normal run it returns at once. Started by [`Preview::start`],
/// it is `sopan pratinjau …` with its standard output in the file the test reads.
#[test]
fn run_pratinjau_as_a_child() {
    let (Some(args), Some(out)) = (std::env::var_os(ARGS), std::env::var_os(OUT)) else {
        return;
    };
    sopan_cli::handle_signals();
    // The test that started this child is gone once standard input closes.
    std::thread::spawn(|| {
        let _ = std::io::copy(&mut std::io::stdin(), &mut std::io::sink());
        std::process::exit(0);
    });
    let args = args.into_string().expect("UTF-8 arguments");
    let arguments = std::iter::once("sopan").chain(args.split('\u{1f}'));
    let mut stdout = std::fs::OpenOptions::new()
        .append(true)
        .open(out)
        .expect("stdout file");
    let mut stderr = std::io::stderr();
    let mut io = sopan_cli::Io {
        stdout: &mut stdout,
        stderr: &mut stderr,
        terminal: false,
    };
    let status = sopan_cli::run_with(arguments.map(std::ffi::OsString::from), None, &mut io);
    std::process::exit(i32::from(status.code()));
}

#[test]
fn the_served_sheet_is_the_built_sheet_and_one_script_line() {
    let work = temp();
    let file = work.path().join("sktm.sop");
    std::fs::write(&file, example()).unwrap();
    let preview = Preview::start(&["pratinjau", &path_text(&file)]);
    assert!(
        preview.lines[1].contains("Ctrl-C") && preview.lines[1].contains("sktm.sop"),
        "{:?}",
        preview.lines
    );
    let page = preview.get("/");
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.head.contains("content-type: text/html; charset=utf-8"));
    assert!(page.head.contains("cache-control: no-store"));
    assert!(page.head.contains("x-content-type-options: nosniff"));
    let out = work.path().join("out");
    let run = sopan(
        work.path(),
        &["build", &path_text(&file), "-o", &path_text(&out)],
    );
    assert_eq!(run.code, 0, "{run}");
    let built = std::fs::read_to_string(out.join("sktm.html")).unwrap();
    assert!(!built.contains("<script"), "a built sheet runs no script");
    assert_eq!(without_script(&page.body), built);
    // The script comes before the sheet's policy, which would refuse it.
    let script = page.body.find("<script>").unwrap();
    assert!(script < page.body.find("Content-Security-Policy").unwrap());
    assert!(page.body[..script].ends_with("<meta charset=\"utf-8\">\n"));
    let head = preview.request("HEAD", "/", &preview.host());
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    // A file served at `/` is the only page.
    assert_eq!(preview.get("/sktm.sop").status, 404);
}

#[test]
fn a_folder_gets_an_index_linking_each_sheet_as_built() {
    let work = temp();
    let site = work.path().join("situs");
    std::fs::create_dir_all(site.join("kel a")).unwrap();
    std::fs::write(site.join("kel a/sktm & co.sop"), example()).unwrap();
    std::fs::write(
        site.join("rusak.sop"),
        faulty().replace("id sktm", "id sktm-rusak"),
    )
    .unwrap();
    std::fs::write(
        site.join("<b>.sop"),
        example().replace("id sktm", "id sktm-b"),
    )
    .unwrap();
    let preview = Preview::start(&["pratinjau", &path_text(&site)]);
    let index = preview.get("/");
    assert_eq!(index.status, 200);
    let body = &index.body;
    assert!(
        body.contains("<a href=\"kel%20a/sktm%20%26%20co.sop\">kel a/sktm &amp; co.sop</a>"),
        "{body}"
    );
    assert!(
        body.contains("<a href=\"%3Cb%3E.sop\">&lt;b&gt;.sop</a>"),
        "{body}"
    );
    assert!(
        body.contains("<a href=\"rusak.sop\">rusak.sop</a>"),
        "{body}"
    );
    assert!(
        body.contains("<td class=\"gagal\">1 kesalahan</td>"),
        "{body}"
    );
    assert!(body.contains("lembar siap"), "{body}");
    assert!(!without_script(body).contains("<script"));
    let out = work.path().join("out");
    let run = sopan(
        work.path(),
        &["build", &path_text(&site), "-o", &path_text(&out)],
    );
    assert_eq!(run.code, 1, "{run}");
    let built = std::fs::read_to_string(out.join("kel a/sktm & co.html")).unwrap();
    let sheet = preview.get("/kel%20a/sktm%20%26%20co.sop");
    assert_eq!(sheet.status, 200);
    assert_eq!(without_script(&sheet.body), built);
    let broken = preview.get("/rusak.sop");
    assert_eq!(broken.status, 200);
    assert!(
        broken.body.contains("belum dapat dibuat"),
        "{}",
        broken.body
    );
    assert!(broken.body.contains("SOP"), "{}", broken.body);
    assert_eq!(preview.get("/tidak-ada.sop").status, 404);
}

#[test]
fn a_foreign_host_is_refused_and_only_get_and_head_are_answered() {
    let work = temp();
    let file = work.path().join("sktm.sop");
    std::fs::write(&file, example()).unwrap();
    let preview = Preview::start(&["pratinjau", &path_text(&file)]);
    let port = preview.port;
    assert_eq!(
        preview
            .request("GET", "/", &format!("localhost:{port}"))
            .status,
        200
    );
    for host in [
        format!("evil.example:{port}"),
        format!("127.0.0.1.evil.example:{port}"),
        format!("127.0.0.1:{}", port.wrapping_add(1)),
        "127.0.0.1".to_owned(),
        String::new(),
    ] {
        let answer = preview.request("GET", "/", &host);
        assert_eq!(answer.status, 403, "Host: {host}");
        assert!(!answer.body.contains("sktm"), "{}", answer.body);
        assert!(answer.body.contains("Ditolak"), "{}", answer.body);
    }
    let events = preview.request("GET", "/_sopan/events?halaman=%2F&versi=0", "evil.example");
    assert_eq!(events.status, 403);
    // No Host at all, and two of them.
    assert_eq!(preview.raw(b"GET / HTTP/1.0\r\n\r\n").status, 403);
    let two = format!(
        "GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
    );
    assert_eq!(preview.raw(two.as_bytes()).status, 403);
    for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
        let answer = preview.request(method, "/", &preview.host());
        assert_eq!(answer.status, 405, "{method}");
        assert!(answer.head.contains("allow: get, head"));
    }
}

#[test]
fn paths_out_of_the_folder_are_not_found_and_bad_requests_break_nothing() {
    let work = temp();
    let site = work.path().join("situs");
    std::fs::create_dir_all(site.join("sub")).unwrap();
    std::fs::write(site.join("sub/sktm.sop"), example()).unwrap();
    std::fs::write(
        work.path().join("rahasia.sop"),
        example().replace("M. IHSAN", "RAHASIA"),
    )
    .unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(work.path().join("rahasia.sop"), site.join("tautan.sop"))
            .unwrap();
        std::os::unix::fs::symlink(work.path(), site.join("atas")).unwrap();
    }
    let preview = Preview::start(&["pratinjau", &path_text(&site)]);
    assert_eq!(preview.get("/sub/sktm.sop").status, 200);
    let secret = path_text(&work.path().join("rahasia.sop"));
    for path in [
        "/../rahasia.sop".to_owned(),
        "/sub/../../rahasia.sop".to_owned(),
        "/%2e%2e/rahasia.sop".to_owned(),
        "/sub/%2E%2E/%2e%2e/rahasia.sop".to_owned(),
        "/sub%2f..%2f..%2frahasia.sop".to_owned(),
        "/..%5crahasia.sop".to_owned(),
        format!("/{secret}"),
        format!("/{}", encode(&secret)),
        format!("//{}", secret.trim_start_matches('/')),
        "/tautan.sop".to_owned(),
        "/atas/rahasia.sop".to_owned(),
        "/sub/".to_owned(),
        "/sub".to_owned(),
        "http://127.0.0.1/../rahasia.sop".to_owned(),
        "/_sopan/events?halaman=%2F..%2Frahasia.sop&versi=0".to_owned(),
    ] {
        let answer = preview.get(&path);
        assert_eq!(answer.status, 404, "{path}");
        assert!(!answer.body.contains("RAHASIA"), "{path}");
    }
    // Garbage, a bare line, a header without end, a huge path: answered or dropped, and
    // the server goes on.
    for bytes in [
        b"\x00\x01\x02 garbage\r\n\r\n".to_vec(),
        b"GET\r\n\r\n".to_vec(),
        format!(
            "GET /{} HTTP/1.1\r\nHost: {}\r\n\r\n",
            "a".repeat(100_000),
            preview.host()
        )
        .into_bytes(),
    ] {
        let mut stream = preview.connect();
        let _ = stream.write_all(&bytes);
        let _ = stream.shutdown(std::net::Shutdown::Write);
        let _ = stream.read_to_end(&mut Vec::new());
    }
    assert_eq!(preview.get("/sub/sktm.sop").status, 200);
}

#[test]
fn a_save_reloads_the_page_shows_its_errors_and_recovers() {
    let work = temp();
    let file = work.path().join("sktm.sop");
    std::fs::write(&file, example()).unwrap();
    let preview = Preview::start(&["pratinjau", &path_text(&file)]);
    let first = preview.get("/");
    assert!(first.body.contains("M. IHSAN"));
    // The page the browser shows is current: its stream waits.
    let mut events = preview.events("/", &first.body);
    save_by_rename(&file, &faulty());
    events.reload();
    let broken = preview.get("/");
    assert_eq!(broken.status, 200);
    let body = &broken.body;
    assert!(body.contains("Lembar &quot;"), "{body}");
    assert!(body.contains("belum dapat dibuat"), "{body}");
    // The diagnostic with the line it points at, as `sopan check` prints it, escaped.
    assert!(body.contains("lurh"), "{body}");
    assert!(body.contains("SOP2"), "{body}");
    assert!(!body.contains('\u{1b}'), "no terminal colours");
    assert!(!body.contains("M. IHSAN, S.STP\">"), "{body}");
    // A stream opened with the old version hears at once that the page changed.
    preview.events("/", &first.body).reload();
    let mut events = preview.events("/", body);
    // A save by writing the file in place, as some editors do.
    std::fs::write(&file, example().replace("M. IHSAN", "M. IHSAN BARU")).unwrap();
    events.reload();
    let fixed = preview.get("/");
    assert!(fixed.body.contains("M. IHSAN BARU"));
    assert!(!fixed.body.contains("belum dapat dibuat"));
}

#[test]
fn the_error_page_speaks_the_language_of_the_run() {
    let work = temp();
    let file = work.path().join("sktm.sop");
    std::fs::write(&file, faulty()).unwrap();
    let preview = Preview::start(&["pratinjau", &path_text(&file), "--bahasa", "en"]);
    assert!(
        preview.lines[1].starts_with("Previewing"),
        "{:?}",
        preview.lines
    );
    let page = preview.get("/");
    assert!(page.body.contains("<html lang=\"en\">"), "{}", page.body);
    assert!(page.body.contains("cannot be built yet"), "{}", page.body);
    assert!(page.body.contains("lurh"), "{}", page.body);
    assert!(!page.body.contains("belum dapat dibuat"), "{}", page.body);
    let refused = preview.request("GET", "/", "evil.example");
    assert!(refused.body.starts_with("Refused:"), "{}", refused.body);
}

#[test]
fn a_missing_path_or_a_busy_port_fails_before_serving() {
    let work = temp();
    let missing = path_text(&work.path().join("tidak-ada.sop"));
    let run = sopan(work.path(), &["pratinjau", &missing]);
    assert_eq!(run.code, 2, "{run}");
    assert!(run.stderr.contains("tidak-ada.sop"), "{run}");
    assert!(run.stdout.is_empty(), "{run}");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let file = work.path().join("sktm.sop");
    std::fs::write(&file, example()).unwrap();
    let run = sopan(
        work.path(),
        &["pratinjau", &path_text(&file), "--port", &port],
    );
    assert_eq!(run.code, 2, "{run}");
    assert!(run.stderr.contains(&format!("port {port}")), "{run}");
    assert!(run.stderr.contains("--port 0"), "{run}");
    let run = sopan(work.path(), &["serve", &path_text(&file), "--port", &port]);
    assert_eq!(run.code, 2, "`serve` is the same command: {run}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_the_preview() {
    let work = temp();
    let file = work.path().join("sktm.sop");
    std::fs::write(&file, example()).unwrap();
    let mut preview = Preview::start(&["pratinjau", &path_text(&file)]);
    assert_eq!(preview.get("/").status, 200);
    let pid = preview.child.id().to_string();
    let sent = Command::new("kill").args(["-INT", &pid]).status().unwrap();
    assert!(sent.success());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = preview.child.try_wait().unwrap() {
            break status;
        }
        assert!(started.elapsed() < LIMIT, "still running after SIGINT");
        std::thread::sleep(Duration::from_millis(10));
    };
    assert_eq!(status.code(), Some(sopan_cli::INTERRUPTED));
    assert!(
        TcpStream::connect(("127.0.0.1", preview.port)).is_err(),
        "the port is closed"
    );
    assert_eq!(
        std::fs::read_dir(work.path()).unwrap().count(),
        1,
        "nothing written"
    );
}

// The browser test: Chromium loads the served page, the file is saved by rename, and the
// page's own text shows the change.

#[test]
fn chromium_shows_a_save_within_a_second() {
    let Some(browser) = crate::browser::required_browser() else {
        return;
    };
    let work = temp();
    let file = work.path().join("sktm.sop");
    std::fs::write(&file, example()).unwrap();
    let preview = Preview::start(&["pratinjau", &path_text(&file)]);
    let mut chromium = Chromium::start(&browser);
    let url = format!("http://127.0.0.1:{}/", preview.port);
    let mut page = chromium.open(&url);
    page.wait_for_text("M. IHSAN, S.STP");
    // The page is loaded; its script has asked for its event stream.
    let mut seen = Vec::new();
    for (text, expected) in [
        (
            example().replace("M. IHSAN, S.STP", "M. IHSAN UBAHAN"),
            "M. IHSAN UBAHAN",
        ),
        (faulty(), "belum dapat dibuat"),
        (example(), "M. IHSAN, S.STP"),
    ] {
        // Let the page settle on its stream before the next save.
        std::thread::sleep(Duration::from_millis(300));
        save_by_rename(&file, &text);
        let saved = Instant::now();
        page.wait_for_text(expected);
        let took = saved.elapsed();
        eprintln!(
            "pratinjau: {expected:?} shown {} ms after the save",
            took.as_millis()
        );
        seen.push((expected, took));
    }
    for (expected, took) in seen {
        assert!(took < Duration::from_secs(1), "{expected:?} took {took:?}");
    }
}

/// Headless Chromium driven over the `DevTools` protocol.
struct Chromium {
    child: Child,
    socket: tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<TcpStream>>,
    next_id: u64,
    _profile: tempfile::TempDir,
}

impl Drop for Chromium {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One tab.
struct Tab<'a> {
    chromium: &'a mut Chromium,
    session: String,
}

impl Chromium {
    fn start(browser: &Path) -> Chromium {
        let profile = tempfile::tempdir().unwrap();
        let mut child = Command::new(browser)
            .args(crate::browser::HEADLESS)
            .args(["--remote-debugging-port=0", "about:blank"])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("chromium starts");
        let stderr = child.stderr.take().unwrap();
        let (found, address) = std::sync::mpsc::channel();
        // Chromium says where its DevTools listen on standard error; the rest is read
        // away so it never blocks on a full pipe.
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(at) = line.find("ws://") {
                    let _ = found.send(line[at..].trim().to_owned());
                }
            }
        });
        let Ok(address) = address.recv_timeout(LIMIT) else {
            let _ = child.kill();
            panic!("chromium printed no DevTools address");
        };
        let (socket, _) = tungstenite::connect(address.as_str()).expect("DevTools connection");
        if let tungstenite::stream::MaybeTlsStream::Plain(stream) = socket.get_ref() {
            stream.set_read_timeout(Some(LIMIT)).unwrap();
        }
        Chromium {
            child,
            socket,
            next_id: 0,
            _profile: profile,
        }
    }

    /// Sends one command and returns its answer, skipping the events in between.
    fn call(
        &mut self,
        session: Option<&str>,
        method: &str,
        params: &serde_json::Value,
    ) -> serde_json::Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message =
            serde_json::json!({ "id": id, "method": method, "params": params.clone() });
        if let Some(session) = session {
            message["sessionId"] = serde_json::Value::from(session);
        }
        self.socket
            .send(tungstenite::Message::text(message.to_string()))
            .unwrap();
        loop {
            let reply = self.socket.read().expect("a DevTools answer");
            let tungstenite::Message::Text(text) = reply else {
                continue;
            };
            let value: serde_json::Value = serde_json::from_str(text.as_str()).unwrap();
            if value["id"] == id {
                return value;
            }
        }
    }

    fn open(&mut self, url: &str) -> Tab<'_> {
        let created = self.call(
            None,
            "Target.createTarget",
            &serde_json::json!({ "url": url }),
        );
        let target = created["result"]["targetId"]
            .as_str()
            .expect("a target")
            .to_owned();
        let attached = self.call(
            None,
            "Target.attachToTarget",
            &serde_json::json!({ "targetId": target, "flatten": true }),
        );
        let session = attached["result"]["sessionId"]
            .as_str()
            .expect("a session")
            .to_owned();
        Tab {
            chromium: self,
            session,
        }
    }
}

impl Tab<'_> {
    /// The page's text now; empty while it is between two documents.
    fn text(&mut self) -> String {
        let answer = self.chromium.call(
            Some(&self.session),
            "Runtime.evaluate",
            &serde_json::json!({
                "expression": "document.body ? document.body.innerText : ''",
                "returnByValue": true,
            }),
        );
        answer["result"]["result"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Reads the page's text until it holds `expected`.
    fn wait_for_text(&mut self, expected: &str) {
        let started = Instant::now();
        loop {
            if self.text().contains(expected) {
                return;
            }
            assert!(
                started.elapsed() < LIMIT,
                "the page never showed {expected:?}"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}
