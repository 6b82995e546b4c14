// Attributes on a callback's own arguments: each must fit its argument.
use ffi_runtime::foreign;
use std::ffi::{c_char, c_int, c_void};

#[foreign]
unsafe extern "C" {
    fn views(
        #[callback(data, on_panic = 0)]
        visit: extern "C" fn(
            #[slice(missing)] bytes: *const u8,
            #[cstr] name: *mut c_char,
            #[slice(len)] data: *mut c_void,
            len: usize,
            #[str] text: *const c_char,
        ) -> c_int,
        data: *mut c_void,
    );
    fn duplicate_names(
        #[callback(data, on_panic = 0)]
        visit: extern "C" fn(n: usize, #[slice(n)] bytes: *const u8, n: usize, data: *mut c_void) -> c_int,
        data: *mut c_void,
    );
    fn fills(
        #[callback(data, on_panic = (), sync)]
        read: extern "C" fn(data: *mut c_void, #[fill(64)] out: *mut *const c_void),
        data: *mut c_void,
    );
}

fn main() {}
