use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign]
unsafe extern "C" {
    fn run_parallel(
        #[callback(data, sync)] task: extern "C" fn(data: *mut c_void, index: c_int),
        data: *mut c_void,
    );
}

fn main() {
    // C runs it on several threads at once (`sync`): an `FnMut` would alias.
    let mut total = 0;
    run_parallel(|index| total += index);
}
