//! The tree-sitter grammar of Sopan's `.sop` files.
//!
//! [`LANGUAGE`] is the parser generated from `grammar.js` (committed under `src/`), for a
//! [`tree_sitter::Parser`]; the queries an editor uses ship beside it as text.
//!
//! ```
//! let mut parser = tree_sitter::Parser::new();
//! parser
//!     .set_language(&tree_sitter_sopan::LANGUAGE.into())
//!     .expect("the parser's ABI is one the tree-sitter crate reads");
//! let tree = parser.parse(r#"sop "Surat" { }"#, None).expect("a tree");
//! assert_eq!(tree.root_node().kind(), "source_file");
//! ```
//!
//! [`tree_sitter::Parser`]: https://docs.rs/tree-sitter/latest/tree_sitter/struct.Parser.html

use tree_sitter_language::LanguageFn;

#[expect(
    unsafe_code,
    reason = "the generated parser is C: its one entry point is declared here"
)]
unsafe extern "C" {
    fn tree_sitter_sopan() -> *const ();
}

/// The tree-sitter language of `.sop` files.
#[expect(
    unsafe_code,
    reason = "`tree_sitter_sopan` returns the static `TSLanguage` of the generated parser"
)]
pub const LANGUAGE: LanguageFn = unsafe { LanguageFn::from_raw(tree_sitter_sopan) };

/// The node types of the grammar (`src/node-types.json`).
pub const NODE_TYPES: &str = include_str!("../../src/node-types.json");

/// The highlight query, with nvim-treesitter's capture names.
pub const HIGHLIGHTS_QUERY: &str = include_str!("../../queries/highlights.scm");

/// The highlight query with Helix's capture names.
pub const HELIX_HIGHLIGHTS_QUERY: &str = include_str!("../../queries/helix/highlights.scm");

/// The locals query: step labels and actors as definitions, their uses as references.
pub const LOCALS_QUERY: &str = include_str!("../../queries/locals.scm");

/// The fold query: the blocks that fold.
pub const FOLDS_QUERY: &str = include_str!("../../queries/folds.scm");

#[cfg(test)]
mod tests {
    #[test]
    fn the_language_loads() {
        let mut parser = tree_sitter::Parser::new();
        parser
            .set_language(&super::LANGUAGE.into())
            .expect("the parser's ABI is one the tree-sitter crate reads");
    }
}
