// Red team: in a function body, `sys = ffi` meant the local module to the user,
// while the raw module (one level down) found the module-level `ffi`, whose
// `fill` writes `u64`s. The check is made on the item the wrapper calls,
// `raw::fill`, so the disagreement is a type error, not a heap overflow.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_ulong};

pub mod ffi {
    use std::ffi::{c_int, c_ulong};
    pub unsafe extern "C" fn fill(_dest: *mut u64, _n: *mut c_ulong) -> c_int {
        0
    }
}

fn main() {
    mod ffi {
        use std::ffi::{c_int, c_ulong};
        pub unsafe extern "C" fn fill(_dest: *mut u8, _n: *mut c_ulong) -> c_int {
            0
        }
    }
    #[foreign(sys = ffi, zero)]
    unsafe extern "C" {
        fn fill(#[buffer(n, initial = 16)] dest: *mut u8, n: *mut c_ulong) -> c_int;
    }
    let _ = fill();
}
