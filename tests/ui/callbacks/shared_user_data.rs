// Class 5: `sqlite3_create_function`'s `pApp` goes to `xStep` and `xFinal`: two
// trampolines on one user-data slot would read each other's closure.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign(zero)]
unsafe extern "C" {
    fn create_function(
        #[callback(app, on_panic = ())] step: extern "C" fn(app: *mut c_void, n: c_int),
        #[callback(app, on_panic = ())] finish: extern "C" fn(app: *mut c_void),
        app: *mut c_void,
    ) -> c_int;
}

fn main() {}
