// Red team 2: `on_panic` is a constant for callbacks returning nothing too: a
// run-time expression would run in C's frame, before the guard.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

fn log_and_answer() {}

#[foreign]
unsafe extern "C" {
    fn each(
        #[callback(data, on_panic = log_and_answer())] visit: extern "C" fn(data: *mut c_void, n: c_int),
        data: *mut c_void,
    );
}

fn main() {}
