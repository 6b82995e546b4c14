//! Every form of `#[foreign]`, expanded in this edition 2024 crate under strict lints
//! (`cargo clippy` checks the pedantic ones), then called.
#![deny(
    warnings,
    missing_docs,
    unsafe_op_in_unsafe_fn,
    clippy::pedantic,
    rust_2018_idioms,
    single_use_lifetimes
)]

include!("../lint_cases.rs");

#[cfg(not(miri))]
#[test]
fn expansions_under_strict_lints_run() {
    assert!((math::cbrt(8.0) - 2.0).abs() < 1e-12);
    assert_eq!(math::abs(-3), 3);
    assert!(conventions::close(-1).is_err());
    assert!(conventions::getrlimit(0).is_ok());
    assert!(conventions::pid().unwrap() > 0);
    assert_eq!(conventions::parse_int(c"12"), Ok(12));
    assert_eq!(conventions::parse_int(c"-12"), Err(-12));
    assert_eq!(conventions::labs_neg(-4).unwrap(), 4);
    let error = conventions::abs_status(2).unwrap_err();
    assert_eq!(error.code(), Some(2));
    assert!(error.message().is_some());
    assert!(conventions::getenv(c"FFI_RUNTIME_SURELY_UNSET").is_err());
    let memory = conventions::posix_memalign(16, 16).unwrap();
    // SAFETY: allocated just above, freed once.
    unsafe { conventions::free(memory) };
    assert!(custom_error::dup(-1).is_err());
    assert_eq!(soundness_forms::strnlen("abc").unwrap(), 3);
    assert_eq!(soundness_forms::strncmp(c"ab", c"ac", 1), 0);
    assert!(soundness_forms::gettimeofday().unwrap().tv_sec > 0);
    let mut items: [core::ffi::c_int; 4] = [3, 1, 4, 2];
    let mut comparisons = 0;
    // SAFETY: base, count and size describe `items`.
    unsafe {
        callbacks::qsort_r(items.as_mut_ptr().cast(), 4, 4, |a, b| {
            comparisons += 1;
            a - b
        });
    }
    assert_eq!(items, [1, 2, 3, 4]);
    assert!(comparisons >= 3);
    // SAFETY: as above.
    unsafe { callbacks::qsort_r_shared(items.as_mut_ptr().cast(), 4, 4, |a, b| b - a) };
    assert_eq!(items, [4, 3, 2, 1]);
    callbacks::on_exit(|_status| {}).unwrap();
}
