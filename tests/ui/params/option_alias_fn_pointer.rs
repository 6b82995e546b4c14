// Review: a parameter spelled `Option<extern "C" fn(..)>` is checked as the
// function pointer written inside; an alias named `Option` may be another type
// (here one holding an unsafe function pointer, so `libc::free` could go to C
// as the handler). The whole declared type is proved too.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};
use std::marker::PhantomData;

#[repr(transparent)]
pub struct Handler<F>(core::option::Option<unsafe extern "C" fn(*mut c_void)>, PhantomData<F>);

type Option<F> = Handler<F>;

#[foreign(zero)]
unsafe extern "C" {
    fn set_handler(handler: Option<extern "C" fn(p: *mut c_void)>) -> c_int;
}

fn main() {}
