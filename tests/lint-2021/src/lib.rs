//! Every form of `#[foreign]`, expanded in an edition 2021 crate under strict lints.
#![deny(
    warnings,
    missing_docs,
    unsafe_op_in_unsafe_fn,
    clippy::pedantic,
    rust_2018_idioms
)]

include!("../../lint_cases.rs");
