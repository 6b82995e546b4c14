// After a bad attribute, the stub takes the arguments the wrapper would (here a
// `&str` for `#[str]`, a slice, nothing for the out-parameter and the length):
// correct calls get no errors of their own, only the declaration does.
use ffi_runtime::foreign;
use std::ffi::{c_char, c_int};

#[foreign(errno)]
unsafe extern "C" {
    fn lookup(
        #[str] name: *const c_char,
        #[out] value: *mut c_int,
        #[slice(count, oops)] keys: *const c_int,
        count: usize,
    ) -> c_int;
}

fn main() {
    let _ = lookup("PATH", &[1, 2]);
}
