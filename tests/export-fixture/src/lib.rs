//! A library exported to C for the tests of `#[export]`: every parameter and
//! result form, errors with codes, panics, handles. `c/test.c` uses it through
//! `include/fixture.h`, linked against the cdylib and the staticlib; the
//! `tests` crate includes `api.rs` directly to call the shims under Miri.

// The fixture's own functions are small on purpose; the generated code is
// checked against every lint (no allow reaches into it but these).
#![allow(
    clippy::must_use_candidate,
    clippy::missing_errors_doc,
    clippy::missing_panics_doc,
    clippy::new_without_default
)]

pub mod api;
