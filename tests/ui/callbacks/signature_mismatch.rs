// `#[signature(..)]` spells out what a callback alias stands for; the compiler
// checks the two agree, so a wrong spelling is a type error, not a trampoline
// with the wrong arguments.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

pub type visit_callback = Option<unsafe extern "C" fn(data: *mut c_void, value: c_int) -> c_int>;

#[foreign]
unsafe extern "C" {
    fn each(
        #[callback(data, on_panic = 0)]
        #[signature(Option<unsafe extern "C" fn(data: *mut c_void, value: i64) -> c_int>)]
        visit: visit_callback,
        data: *mut c_void,
    );
}

fn main() {}
