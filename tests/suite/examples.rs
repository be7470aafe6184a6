//! The bundled examples: each checks clean, builds to outputs equal to the golden files in
//! examples/out/ (byte for byte, and the same when built twice), and its JSON validates
//! against the published schema. Corrupted copies are caught with the right code.

use sopan_check::model::Sop;
use sopan_diagnostics::Code;

use crate::support::{blessing, compile_file, files, golden, relative, rendered, root};

/// Renders a checked SOP into one output format.
type Renderer = fn(&Sop) -> String;

/// The outputs compared for every example, by file extension.
const OUTPUTS: &[(&str, Renderer)] = &[("json", sopan_json::render), ("svg", sopan_svg::render)];

fn examples() -> Vec<std::path::PathBuf> {
    let found = files(&root().join("examples"), "sop");
    assert!(!found.is_empty(), "no example found");
    found
}

#[test]
fn examples_check_clean_and_match_golden_outputs() {
    let mut problems = Vec::new();
    for path in examples() {
        let unit = compile_file(&path);
        assert!(
            unit.diagnostics.is_empty(),
            "{} should be clean:\n{}",
            path.display(),
            rendered(&unit)
        );
        let sop = unit.sop.expect("a clean file has a model");
        let again = compile_file(&path).sop.expect("a clean file has a model");
        let stem = path
            .file_stem()
            .expect("named example")
            .to_string_lossy()
            .into_owned();
        for (ext, render) in OUTPUTS {
            let output = render(&sop);
            assert_eq!(
                output,
                render(&again),
                "{stem}.{ext} differs between two builds"
            );
            let target = root().join("examples/out").join(format!("{stem}.{ext}"));
            problems.extend(golden(&target, &output));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn every_golden_output_has_its_example() {
    let stems: Vec<String> = examples()
        .iter()
        .map(|p| p.file_stem().expect("named").to_string_lossy().into_owned())
        .collect();
    for output in std::fs::read_dir(root().join("examples/out")).expect("examples/out exists") {
        let path = output.expect("readable").path();
        let stem = path
            .file_stem()
            .expect("named")
            .to_string_lossy()
            .into_owned();
        assert!(
            stems.contains(&stem),
            "{} has no example; remove it",
            relative(&path)
        );
    }
}

#[test]
fn example_json_validates_against_the_schema() {
    let schema_text =
        std::fs::read_to_string(root().join("docs/sopan.schema.json")).expect("schema file");
    let schema: serde_json::Value = serde_json::from_str(&schema_text).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema is a valid JSON Schema");
    for path in examples() {
        let sop = compile_file(&path).sop.expect("clean example");
        let value: serde_json::Value =
            serde_json::from_str(&sopan_json::render(&sop)).expect("JSON");
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{}: {}",
            path.display(),
            errors.join("; ")
        );
    }
}

#[test]
fn schema_file_is_current() {
    let path = root().join("docs/sopan.schema.json");
    if let Some(problem) = golden(&path, &sopan_json::schema()) {
        panic!("{problem}");
    }
    if blessing() {
        eprintln!("wrote {}", relative(&path));
    }
}

/// Damages one thing in each example and expects the code that names it.
#[test]
fn corrupted_examples_are_caught_with_the_right_code() {
    let mut checked = 0;
    for path in examples() {
        let text = std::fs::read_to_string(&path).expect("UTF-8 example");
        let procedure = text
            .find("prosedur")
            .expect("every example has a procedure");
        for (mutant, expected) in mutants(&text, procedure) {
            let unit = sopan_cli::compile("mutant.sop", mutant.as_bytes());
            let hit = unit.diagnostics.iter().find(|d| expected.contains(&d.code));
            let hit = hit.unwrap_or_else(|| {
                panic!(
                    "{}: expected {expected:?}, got:\n{}",
                    path.display(),
                    rendered(&unit)
                )
            });
            assert!(!hit.labels.is_empty() && hit.primary_span().end <= mutant.len());
            checked += 1;
        }
    }
    assert!(checked >= 3 * examples().len());
}

fn mutants(text: &str, procedure: usize) -> Vec<(String, Vec<Code>)> {
    let mut out = Vec::new();
    // A deleted quote: the first text of the procedure loses its opening quote.
    let quote = procedure + text[procedure..].find('"').expect("a step text");
    out.push((
        format!("{}{}", &text[..quote], &text[quote + 1..]),
        vec![Code::Syntax, Code::UnterminatedText],
    ));
    // An unknown actor: the first step's actor is renamed.
    let sop = sopan_syntax::parse(&sopan_diagnostics::SourceFile::new("x.sop", text))
        .document
        .expect("parses");
    let first_step = sop.sop.items.iter().find_map(|item| match &item.kind {
        sopan_syntax::ast::ItemKind::Prosedur(steps) => steps.first().cloned(),
        _ => None,
    });
    let first_step = first_step.expect("a first step");
    // A row that lists its symbols names its actors there.
    let actor = first_step
        .actors
        .first()
        .or_else(|| {
            first_step.body.iter().find_map(|item| match &item.kind {
                sopan_syntax::ast::StepItemKind::Symbol(symbol) => symbol.actors.first(),
                _ => None,
            })
        })
        .expect("a first actor");
    out.push((
        splice(text, actor.span.start, actor.span.end, "tidak-dikenal"),
        vec![Code::UnknownActor],
    ));
    // A branch or jump to a missing step: a jump is added to the first process-like step
    // (a decision's `ya` is rewritten when the first step cannot jump).
    let body_end = text.rfind('}').expect("closing brace");
    let procedure_end = text[..body_end].rfind('}').expect("procedure brace");
    let missing = format!(
        "{}\n    mulai-x: mulai {} \"x\" {{ -> tidak-ada }}\n{}",
        &text[..procedure_end],
        actor.name,
        &text[procedure_end..]
    );
    out.push((missing, vec![Code::UnknownTarget]));
    out
}

fn splice(text: &str, start: usize, end: usize, with: &str) -> String {
    format!("{}{with}{}", &text[..start], &text[end..])
}
