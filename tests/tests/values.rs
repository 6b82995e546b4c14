//! `#[derive(Value)]`: newtypes over plain C values. Compiled under the strict
//! lints the expansion promises to pass.
#![deny(
    warnings,
    missing_docs,
    unsafe_op_in_unsafe_fn,
    clippy::pedantic,
    rust_2018_idioms
)]

use ffi_runtime::Value;
use std::ffi::c_int;

/// A clock of `clock_gettime`.
#[derive(Value, Clone, Copy, PartialEq, Eq)]
#[value(constants(REALTIME = libc::CLOCK_REALTIME, MONOTONIC = libc::CLOCK_MONOTONIC))]
#[repr(transparent)]
pub struct ClockId(libc::clockid_t);

/// A value every integer is fine for.
#[derive(Value, Clone, Copy)]
#[value(any_value)]
#[repr(transparent)]
pub struct Priority(c_int);

#[test]
fn constants_and_raw_values() {
    assert_eq!(ClockId::REALTIME.as_raw(), libc::CLOCK_REALTIME);
    assert_eq!(ClockId::MONOTONIC.as_raw(), libc::CLOCK_MONOTONIC);
    // SAFETY: CLOCK_BOOTTIME is a clock the C API accepts.
    let boot = unsafe { ClockId::from_raw(libc::CLOCK_BOOTTIME) };
    assert_eq!(boot.as_raw(), libc::CLOCK_BOOTTIME);
    assert!(boot != ClockId::REALTIME);
}

#[test]
fn any_value_makes_from_raw_safe() {
    const LOW: Priority = Priority::from_raw(19);
    assert_eq!(LOW.as_raw(), 19);
    assert_eq!(format!("{LOW:?}"), "Priority(19)");
}

#[test]
fn same_layout_as_the_c_type() {
    assert_eq!(size_of::<ClockId>(), size_of::<libc::clockid_t>());
    assert_eq!(align_of::<ClockId>(), align_of::<libc::clockid_t>());
}

/// A value newtype passes to C by value (`PointerFree`); C may write one only
/// with `any_value` (`AnyBitPattern`). `tests/plain.rs` checks the negative cases.
#[test]
fn values_pass_to_c_and_any_values_come_back() {
    fn passed_to_c<T: ?Sized + ffi_runtime::PointerFree>(value: &T) -> &T {
        value
    }
    fn written_by_c<T: ffi_runtime::AnyBitPattern>(value: T) -> T {
        value
    }
    assert!(*passed_to_c(&ClockId::MONOTONIC) == ClockId::MONOTONIC);
    assert_eq!(passed_to_c(&Priority::from_raw(4)).as_raw(), 4);
    assert_eq!(written_by_c(Priority::from_raw(-5)).as_raw(), -5);
}
