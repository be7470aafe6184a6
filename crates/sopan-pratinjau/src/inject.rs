//! The reload script, added to a served page and to no file.
//!
//! Pages keep their Content-Security-Policy (the sheet's forbids every script and every
//! connection), so the script goes before that `<meta>`, right after `<meta charset>`: a
//! policy given in a `<meta>` applies only to what follows it. The script also starts its
//! request while it runs, before the policy arrives. That is why it reads the event stream
//! with `fetch` and not with `EventSource`: Chromium opens an `EventSource` in a later task,
//! when the page's policy already refuses the connection; `fetch` asks at once. A stream
//! that ends (the server stopped) cannot be opened again under the policy, so the page then
//! reloads itself a second later, which asks the server again.
//!
//! The script carries nothing from the request or the page but the version's digest, hex
//! digits, so nothing an author or a visitor writes reaches it.

/// Where a page's event stream is served.
pub(crate) const EVENTS: &str = "/_sopan/events";

/// `page` with the reload script for the version whose digest is `version`.
pub(crate) fn with_reload_script(page: &[u8], version: u64) -> Vec<u8> {
    let script = script(version);
    let at = insertion_point(page);
    let mut out = Vec::with_capacity(page.len() + script.len());
    out.extend_from_slice(&page[..at]);
    out.extend_from_slice(script.as_bytes());
    out.extend_from_slice(&page[at..]);
    out
}

/// The script, one line with its own line break, so taking it out gives the page back.
pub(crate) fn script(version: u64) -> String {
    format!(
        "<script>(function () {{ var again = function () {{ setTimeout(function () {{ location.reload(); }}, 1000); }}; \
         fetch(\"{EVENTS}?halaman=\" + encodeURIComponent(location.pathname) + \"&versi={version:016x}\", {{ cache: \"no-store\" }}).then(function (response) {{ \
         if (!response.ok || !response.body) {{ return again(); }} \
         var reader = response.body.getReader(), decoder = new TextDecoder(), text = \"\"; \
         var next = function () {{ return reader.read().then(function (part) {{ \
         if (part.done) {{ return again(); }} \
         text = (text + decoder.decode(part.value, {{ stream: true }})).slice(-256); \
         if (/^event: reload$/m.test(text)) {{ location.reload(); return; }} \
         return next(); }}); }}; \
         return next(); }}).catch(again); }})();</script>\n"
    )
}

/// Right after the first `<meta charset…>` tag, else right after `<head>`, else the start.
fn insertion_point(page: &[u8]) -> usize {
    // A page's head is where its charset and policy are; the search stops there.
    let head = &page[..page.len().min(4096)];
    let lower = head.to_ascii_lowercase();
    let after = |tag: &[u8]| {
        let start = find(&lower, tag)?;
        let end = start + find(&lower[start..], b">")? + 1;
        Some(if lower.get(end) == Some(&b'\n') {
            end + 1
        } else {
            end
        })
    };
    after(b"<meta charset")
        .or_else(|| after(b"<head"))
        .unwrap_or(0)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::{script, with_reload_script};

    const SHEET: &str = "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n\
        <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">\n<title>x</title>";

    #[test]
    fn the_script_goes_before_the_policy_and_comes_out_whole() {
        let served = String::from_utf8(with_reload_script(SHEET.as_bytes(), 0xabc)).unwrap();
        let script = script(0xabc);
        let at = served.find(&script).unwrap();
        assert!(at < served.find("Content-Security-Policy").unwrap());
        assert!(at > served.find("<meta charset").unwrap());
        assert_eq!(served.replacen(&script, "", 1), SHEET);
        assert!(script.contains("versi=0000000000000abc"));
        assert_eq!(script.matches('\n').count(), 1);
    }

    #[test]
    fn a_page_without_a_charset_gets_it_after_head_or_first() {
        let page = b"<html><HEAD><title>t</title>";
        let served = with_reload_script(page, 1);
        assert!(served.starts_with(b"<html><HEAD><script>"));
        assert_eq!(with_reload_script(b"plain", 1)[..8], *b"<script>");
    }
}
