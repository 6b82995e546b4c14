// Red team: safe code can name any `unsafe extern "C" fn` (`libc::free`), and C
// calling it as its type says would break its unwritten preconditions.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign(zero)]
unsafe extern "C" {
    fn visit_nodes(visit: Option<unsafe extern "C" fn(node: *mut c_void)>) -> c_int;
}

fn main() {}
