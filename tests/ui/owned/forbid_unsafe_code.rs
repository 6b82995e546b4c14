//! `drop = f` claims that `f` frees the pointer, once: nothing checks it, so a
//! crate that forbids unsafe code must not be able to make it.
#![forbid(unsafe_code)]

use ffi_runtime::Owned;
use std::ffi::c_void;
use std::ptr::NonNull;

#[derive(Owned)]
#[owned(drop = libc::free)]
#[repr(transparent)]
pub struct Memory(NonNull<c_void>);

fn main() {}
