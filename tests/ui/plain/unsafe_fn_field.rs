// Red team: a vtable of `unsafe extern "C" fn`s is not pointer-free: safe code
// could fill it with `libc::free`.
use std::ffi::c_void;

#[derive(ffi_runtime::PointerFree)]
#[repr(C)]
pub struct Ops {
    pub release: Option<unsafe extern "C" fn(*mut c_void)>,
}

fn main() {}
