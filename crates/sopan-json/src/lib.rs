//! The JSON backend: the checked model, wrapped with a format version, and its JSON Schema.
//!
//! Key order follows the model's field order and every collection is a list, so the same
//! SOP always gives the same bytes. The schema is generated from the same types, written to
//! `docs/sopan.schema.json`, and a test fails when that file is stale.

use schemars::JsonSchema;
use serde::Serialize;
use sopan_check::model::Sop;

/// The version of the JSON format. It changes when a field is removed or changes meaning;
/// added fields keep it. docs/json.md lists what each version changed.
pub const FORMAT_VERSION: u32 = 2;

/// The top-level JSON object.
#[derive(Serialize, JsonSchema)]
#[schemars(
    title = "Sopan SOP",
    description = "One checked SOP, as written by `sopan build --format json`."
)]
struct Output<'a> {
    /// The format version; see `FORMAT_VERSION`.
    versi: u32,
    /// The SOP.
    sop: &'a Sop,
    /// How the SOP's sheet prints, as `sopan build` laid it out.
    #[serde(skip_serializing_if = "Option::is_none")]
    lembar: Option<&'a Lembar>,
}

/// How a sheet prints: the paper it was laid out for and its number of pages, known before
/// any browser or printer sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Lembar {
    /// `a4`, `f4`, `letter` or `legal`, as `tata-letak.kertas` names it.
    pub kertas: &'static str,
    /// `lanskap` or `potret`.
    pub orientasi: &'static str,
    /// Printed pages: the identity page, its continuation pages, the procedure pages.
    pub halaman: usize,
}

/// The SOP as pretty-printed JSON, ending in a newline.
#[must_use]
pub fn render(sop: &Sop) -> String {
    render_with(sop, None)
}

/// The SOP and how its sheet prints, as pretty-printed JSON, ending in a newline.
#[must_use]
pub fn render_with(sop: &Sop, lembar: Option<&Lembar>) -> String {
    let output = Output {
        versi: FORMAT_VERSION,
        sop,
        lembar,
    };
    // Serialising plain structs of strings, numbers and lists cannot fail.
    let mut text = serde_json::to_string_pretty(&output).unwrap_or_default();
    text.push('\n');
    text
}

/// The JSON Schema of [`render`]'s output, pretty-printed, ending in a newline.
#[must_use]
pub fn schema() -> String {
    let mut schema = schemars::schema_for!(Output<'static>);
    schema.insert(
        "$id".to_owned(),
        format!("https://sopan.dev/schema/v{FORMAT_VERSION}/sopan.schema.json").into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
