// Red team 2: a closure that writes a pointer through `&mut` hands C an address
// it then follows.
use ffi_runtime::foreign;
use std::ffi::{c_char, c_int, c_void};

#[foreign(zero)]
unsafe extern "C" {
    fn fetch_name(
        #[callback(data, on_panic = 0)] get_name: extern "C" fn(data: *mut c_void, out: &mut *const c_char) -> c_int,
        data: *mut c_void,
    ) -> c_int;
}

fn main() {}
