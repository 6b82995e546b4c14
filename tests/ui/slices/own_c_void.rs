// Review: `void *` slices are taken as bytes because of the name `c_void`; a
// user's own `c_void` (here with a pointer inside, 8 bytes) would make C read
// 8 × len bytes from a len-byte slice. The element must be a byte.
#![allow(non_camel_case_types)]
use ffi_runtime::foreign;
use std::ffi::c_int;

#[repr(C)]
pub struct c_void {
    p: *mut u8,
}

#[foreign(zero)]
unsafe extern "C" {
    fn hash(#[slice(count)] p: *const c_void, count: usize) -> c_int;
}

fn main() {}
