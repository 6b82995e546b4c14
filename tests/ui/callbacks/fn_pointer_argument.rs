// Red team 2: C hands the closure its `free`; safe code could call it with any
// address unless the pointer is declared `unsafe extern "C" fn`.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign(zero)]
unsafe extern "C" {
    fn with_allocator(
        #[callback(data, on_panic = 0)] visit: extern "C" fn(
            data: *mut c_void,
            release: extern "C" fn(pointer: *mut c_void),
        ) -> c_int,
        data: *mut c_void,
    ) -> c_int;
}

fn main() {}
