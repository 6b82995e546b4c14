// Red team 2: a trampoline keeps the callback's ABI; "C-unwind" would let what
// runs outside its guard unwind into C.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign]
unsafe extern "C" {
    fn each(
        #[callback(data)] visit: extern "C-unwind" fn(data: *mut c_void, n: c_int),
        data: *mut c_void,
    );
}

fn main() {}
