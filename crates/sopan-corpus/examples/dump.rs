//! Prints generated files (development aid).

// Test, bench and example code stops at the first broken expectation; the workspace bans
// `expect`, `unwrap` and `panic!` only in the code users run.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]
#![expect(clippy::print_stdout, reason = "a development aid that prints")]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let seed: u64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let text = if args.get(2).is_some_and(|a| a == "everything") {
        sopan_corpus::generate(seed, &sopan_corpus::Shape::everything())
    } else {
        sopan_corpus::corpus(seed, 1).remove(0).1
    };
    println!("{text}");
}
