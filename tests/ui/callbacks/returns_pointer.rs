// Red team 2: C follows the pointer a closure returns (`strlen` on it): a
// dangling `CString::as_ptr()` from safe code would be read.
use ffi_runtime::foreign;
use std::ffi::{c_char, c_int, c_void};

#[foreign(zero)]
unsafe extern "C" {
    fn print_name(
        #[callback(data, on_panic = std::ptr::null())] get_name: extern "C" fn(data: *mut c_void) -> *const c_char,
        data: *mut c_void,
    ) -> c_int;
}

fn main() {}
