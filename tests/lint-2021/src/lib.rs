//! Every form of `#[foreign]`, expanded in an edition 2021 crate under strict lints.
#![deny(
    warnings,
    missing_docs,
    unsafe_op_in_unsafe_fn,
    clippy::pedantic,
    rust_2018_idioms,
    single_use_lifetimes
)]

include!("../../lint_cases.rs");

/// A plain `extern "C"` block, as edition 2021 code writes it: the raw module
/// re-emits it as `unsafe extern` (accepted in every edition), so it compiles.
pub mod plain_extern_block {
    use std::ffi::c_int;

    #[ffi_runtime::foreign(errno)]
    extern "C" {
        /// Closes a file descriptor.
        pub fn close(fd: c_int) -> c_int;
        /// The absolute value of a `long`.
        #[ffi(unchecked)]
        pub fn labs(x: std::ffi::c_long) -> std::ffi::c_long;
    }

    /// Calls both, so that nothing is dead code.
    #[must_use]
    pub fn both() -> bool {
        close(-1).is_err() && labs(-2) == 2
    }
}
