// Class 2: a struct C reads through `&mut` may hold a pointer C follows
// (`z_stream`'s `next_in`): safe code could point it anywhere.
use ffi_runtime::foreign;
use std::ffi::c_int;

#[repr(C)]
pub struct Stream {
    pub next_in: *const u8,
    pub avail_in: u32,
}

#[foreign(zero)]
unsafe extern "C" {
    fn inflate(stream: &mut Stream, flush: c_int) -> c_int;
}

fn main() {}
