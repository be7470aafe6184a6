//! `--format junit`: `JUnit` XML, which CI systems (GitLab, Jenkins, Azure, GitHub actions
//! that read test reports) show as tests: one test case per file, failed when the file has
//! an error, its diagnostics as the failure's text; warnings go to the case's output.
//!
//! Written with quick-xml's writer, which escapes every text and attribute. XML 1.0 cannot
//! carry most control characters even escaped, so every text first goes through the same
//! function as the terminal's, which shows them as visible pictures.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use sopan_diagnostics::{Bahasa, Message, Severity, terminal_text};

use super::{FileReport, concise};

/// The whole report, with a final newline.
pub(crate) fn junit(reports: &[FileReport<'_>], bahasa: Bahasa) -> String {
    write(reports, bahasa).unwrap_or_default()
}

fn write(reports: &[FileReport<'_>], bahasa: Bahasa) -> Result<String, String> {
    let failed = |r: &FileReport<'_>| r.diagnostics.iter().any(|d| d.severity == Severity::Error);
    let tests = reports.len().to_string();
    let failures = reports.iter().filter(|r| failed(r)).count().to_string();
    let mut xml = Writer::new_with_indent(Vec::new(), b' ', 2);
    let event = |xml: &mut Writer<Vec<u8>>, event: Event<'_>| {
        xml.write_event(event).map_err(|e| e.to_string())
    };
    event(
        &mut xml,
        Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)),
    )?;
    let counts = [
        ("tests", tests.as_str()),
        ("failures", failures.as_str()),
        ("errors", "0"),
        ("skipped", "0"),
    ];
    event(
        &mut xml,
        Event::Start(BytesStart::new("testsuites").with_attributes(
            std::iter::once(("name", "sopan")).chain(counts.iter().take(3).copied()),
        )),
    )?;
    event(
        &mut xml,
        Event::Start(
            BytesStart::new("testsuite")
                .with_attributes(std::iter::once(("name", "sopan check")).chain(counts)),
        ),
    )?;
    for report in reports {
        let name = terminal_text(report.file.name());
        let case = BytesStart::new("testcase")
            .with_attributes([("name", name.as_ref()), ("classname", "sopan")]);
        if report.diagnostics.is_empty() {
            event(&mut xml, Event::Empty(case))?;
            continue;
        }
        event(&mut xml, Event::Start(case))?;
        let lines = terminal_text(&concise(std::slice::from_ref(report), bahasa)).into_owned();
        if failed(report) {
            let errors = report.diagnostics.iter().filter(|d| d.is_error()).count();
            let summary = Message::new("ci-junit-gagal")
                .arg("jumlah", errors)
                .render(bahasa);
            let first = report
                .diagnostics
                .iter()
                .find(|d| d.is_error())
                .map_or("", |d| d.code.as_str());
            event(
                &mut xml,
                Event::Start(
                    BytesStart::new("failure")
                        .with_attributes([("message", summary.as_str()), ("type", first)]),
                ),
            )?;
            event(&mut xml, Event::Text(BytesText::new(&lines)))?;
            event(&mut xml, Event::End(BytesEnd::new("failure")))?;
        } else {
            event(&mut xml, Event::Start(BytesStart::new("system-out")))?;
            event(&mut xml, Event::Text(BytesText::new(&lines)))?;
            event(&mut xml, Event::End(BytesEnd::new("system-out")))?;
        }
        event(&mut xml, Event::End(BytesEnd::new("testcase")))?;
    }
    event(&mut xml, Event::End(BytesEnd::new("testsuite")))?;
    event(&mut xml, Event::End(BytesEnd::new("testsuites")))?;
    let mut text = String::from_utf8(xml.into_inner()).map_err(|e| e.to_string())?;
    text.push('\n');
    Ok(text)
}
