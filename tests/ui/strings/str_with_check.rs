// `#[str]` with `check = Type`: a `&str` with a NUL is an error the check type
// must take (`From<ffi_runtime::Error>`), and `c_int` does not.
use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

pub struct Status;

impl ffi_runtime::Check<c_int> for Status {
    type Output = ();
    type Error = c_int;
    fn check(ret: c_int) -> Result<(), c_int> {
        if ret == 0 { Ok(()) } else { Err(ret) }
    }
}

#[foreign(check = Status)]
unsafe extern "C" {
    fn chdir(#[str] path: *const c_char) -> c_int;
}

fn main() {}
