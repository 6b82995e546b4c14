// Class 11: `on_panic` is evaluated by the compiler, not in C's frame, where a
// panic could escape the guard: a value that needs a run-time call is refused.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

fn neutral() -> c_int {
    0
}

#[foreign]
unsafe extern "C" {
    fn each(
        #[callback(data, on_panic = neutral())] visit: extern "C" fn(data: *mut c_void, n: c_int) -> c_int,
        data: *mut c_void,
    );
}

fn main() {}
