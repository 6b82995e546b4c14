// Review: repeated or contradictory `#[callback]` keys were silently resolved
// (`destroy = h, leak` turned the hook into a parameter the caller supplies; a
// second `on_panic` won). Each is refused.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign(zero)]
unsafe extern "C" {
    fn set_handler(
        #[callback(data, destroy = release, leak)] handler: extern "C" fn(data: *mut c_void, n: c_int),
        data: *mut c_void,
        release: extern "C" fn(data: *mut c_void),
    ) -> c_int;
    fn visit(
        #[callback(data, on_panic = 0, on_panic = 1, same_thread, same_thread)] visit: extern "C" fn(data: *mut c_void) -> c_int,
        data: *mut c_void,
    ) -> c_int;
    fn set_other(
        #[callback(data, destroy = release, destroy = release)] handler: extern "C" fn(data: *mut c_void, n: c_int),
        data: *mut c_void,
        release: extern "C" fn(data: *mut c_void),
    ) -> c_int;
}

fn main() {}
