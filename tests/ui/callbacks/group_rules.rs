// Callbacks that share a user-data slot share one state: one end for it (else a
// `leak` or scoped member would outlive the box another member's hook frees),
// one way to call it, and, scoped, one thread at a time (its guard is not atomic).
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign(zero)]
unsafe extern "C" {
    fn leak_and_destroy(
        #[callback(data, destroy = close)] read: extern "C" fn(data: *mut c_void, n: c_int),
        #[callback(data, leak)] at_exit: extern "C" fn(data: *mut c_void),
        data: *mut c_void,
        close: extern "C" fn(*mut c_void),
    ) -> c_int;
    fn scoped_and_destroy(
        #[callback(data, destroy = close)] read: extern "C" fn(data: *mut c_void, n: c_int),
        #[callback(data, on_panic = ())] check: extern "C" fn(data: *mut c_void),
        data: *mut c_void,
        close: extern "C" fn(*mut c_void),
    ) -> c_int;
    fn sync_and_not(
        #[callback(data, leak, sync)] a: extern "C" fn(data: *mut c_void),
        #[callback(data, leak)] b: extern "C" fn(data: *mut c_void),
        data: *mut c_void,
    ) -> c_int;
    fn scoped_send(
        #[callback(data, on_panic = (), send)] a: extern "C" fn(data: *mut c_void),
        #[callback(data, on_panic = ())] b: extern "C" fn(data: *mut c_void),
        data: *mut c_void,
    ) -> c_int;
}

fn main() {}
