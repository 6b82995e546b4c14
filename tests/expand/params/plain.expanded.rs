/// Raw declarations of the C functions, exactly as declared: callable in
/// `unsafe` code. The functions of the same names outside this module are
/// their safe wrappers.
#[allow(missing_docs)]
pub mod raw {
    #[allow(unused_imports, clippy::wildcard_imports)]
    use super::*;
    #[link(name = "m")]
    #[deny(improper_ctypes)]
    unsafe extern "C" {
        /// Cube root.
        pub fn cbrt(x: f64) -> f64;
        #[link_name = "cbrt"]
        pub(crate) fn cube_root(x: f64) -> f64;
        #[cfg(unix)]
        pub(super) safe fn abs(x: c_int) -> c_int;
        /// Fills a buffer.
        pub(super) fn fill(buffer: *mut u8, len: usize) -> c_int;
        pub(super) static errno_location: c_int;
    }
}
#[allow(unused_imports)]
use self::raw::errno_location;
/// Cube root.
/**
 The raw declaration is [`raw::cbrt`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn cbrt(x: f64) -> f64 {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private as __ffi;
    const {
        __ffi::passed_to_c::<f64>();
        __ffi::returned_by_c::<f64>();
    }
    unsafe { raw::cbrt(x) }
}
/** Calls the C function `cbrt`.

 The raw declaration is [`raw::cube_root`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub(crate) fn cube_root(x: f64) -> f64 {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private as __ffi;
    const {
        __ffi::passed_to_c::<f64>();
        __ffi::returned_by_c::<f64>();
    }
    unsafe { raw::cube_root(x) }
}
/** Calls the C function `abs`.

 The raw declaration is [`raw::abs`].*/
#[cfg(unix)]
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
fn abs(x: c_int) -> c_int {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private as __ffi;
    const {
        __ffi::passed_to_c::<c_int>();
        __ffi::returned_by_c::<c_int>();
    }
    raw::abs(x)
}
/// Fills a buffer.
/**
 # Errors

 Returns `Err` carrying the status code when `fill` returns nonzero.

 # Safety

 The caller must uphold the contract of the C function `fill` for the raw pointer `buffer`: valid for the accesses it makes, for as long as it uses them.

 The raw declaration is [`raw::fill`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
unsafe fn fill(
    buffer: *mut u8,
    len: usize,
) -> ::ffi_runtime::__private::Result<(), ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::__ret};
    let __ret = unsafe { raw::fill(buffer, len) };
    if <c_int as __ffi::IntReturn>::is_nonzero(__ret) {
        return __ffi::Err(
            __ffi::code_error(
                &__ffi::Site { function: "fill" },
                <c_int as __ffi::IntReturn>::to_code(__ret),
            ),
        );
    }
    __ffi::Ok(())
}
