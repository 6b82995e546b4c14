// `__ffi` is the name the wrapper gives the runtime crate inside its body; a
// parameter of that name would shadow it.
use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::c_int;

#[foreign]
unsafe extern "C" {
    fn add(__ffi: c_int, b: c_int) -> c_int;
}

fn main() {}
