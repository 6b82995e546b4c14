// Review: a user's own `Option` passed for a function pointer, with a
// hand-written `CallableFromRust` impl, would let safe code call C's `free` with
// any address. The trait is sealed. (The safe `void` function next to it is
// valid: its result `()` is `ReturnedByC`.)
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

mod my {
    pub struct Option<T>(pub T);
    impl ffi_runtime::__private::CallableFromRust for Option<extern "C" fn(*mut std::ffi::c_void)> {}
}

#[foreign(zero)]
unsafe extern "C" {
    fn with_allocator(
        #[callback(data, on_panic = 0)] visit: extern "C" fn(
            data: *mut c_void,
            release: my::Option<extern "C" fn(pointer: *mut c_void)>,
            log: extern "C" fn(level: c_int),
        ) -> c_int,
        data: *mut c_void,
    ) -> c_int;
}

fn main() {}
