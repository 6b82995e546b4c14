use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign]
unsafe extern "C" {
    /// Plain qsort: no user-data slot, so only a function that captures nothing.
    #[ffi(unsafe)]
    fn qsort(
        base: *mut c_void,
        count: usize,
        size: usize,
        compare: extern "C" fn(a: *const c_void, b: *const c_void) -> c_int,
    );
}

fn main() {
    let mut items = [3, 1, 2];
    let descending = true;
    unsafe {
        qsort(items.as_mut_ptr().cast(), 3, 4, |a: *const c_void, b: *const c_void| {
            let (a, b) = (*a.cast::<i32>(), *b.cast::<i32>());
            if descending { b - a } else { a - b }
        });
    }
}
