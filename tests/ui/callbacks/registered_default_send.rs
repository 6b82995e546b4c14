// Class 18: a registered callback may be called from another thread unless the
// declaration says `same_thread`: a closure that is not `Send` is refused.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};
use std::rc::Rc;

#[foreign(zero)]
unsafe extern "C" {
    fn set_handler(
        #[callback(data, destroy = destroy)] handler: extern "C" fn(data: *mut c_void, event: c_int),
        data: *mut c_void,
        destroy: extern "C" fn(data: *mut c_void),
    ) -> c_int;
}

fn main() {
    let shared = Rc::new(0);
    let _ = set_handler(move |_| {
        let _ = &shared;
    });
}
