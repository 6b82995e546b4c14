//! Compile-fail cases: every misuse of `#[foreign]` is a spanned error with a help
//! line (`tests/ui/<feature>/<case>.rs`, the expected output beside it).
#![cfg(not(miri))]

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("ui/*/*.rs");
}
