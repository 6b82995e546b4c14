//! `any_value` claims that C accepts every value: a crate that forbids unsafe
//! code must not be able to make that claim.
#![forbid(unsafe_code)]

use ffi_runtime::Value;

#[derive(Value, Clone, Copy)]
#[value(any_value)]
#[repr(transparent)]
pub struct Priority(i32);

fn main() {}
