use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign(zero)]
unsafe extern "C" {
    fn set_handler(
        #[callback(data, destroy = destroy)] handler: extern "C" fn(data: *mut c_void, event: c_int),
        data: *mut c_void,
        destroy: extern "C" fn(data: *mut c_void),
    ) -> c_int;
}

fn main() {
    let mut events = Vec::new();
    // C keeps the closure after the call: borrowing a local is refused.
    let _ = set_handler(|event| events.push(event));
}
