// Red team: C passes its own integers to a callback; a Rust enum argument would
// hold a value with no variant (bindgen's `--rustified-enum` shape).
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[repr(C)]
#[derive(Clone, Copy)]
pub enum Level {
    Low,
    High,
}

#[foreign(zero)]
unsafe extern "C" {
    fn on_level(
        #[callback(data)] visit: extern "C" fn(data: *mut c_void, level: Level),
        data: *mut c_void,
    ) -> c_int;
}

fn main() {}
