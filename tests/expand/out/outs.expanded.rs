/// Raw declarations of the C functions, exactly as declared: callable in
/// `unsafe` code. The functions of the same names outside this module are
/// their safe wrappers.
#[allow(missing_docs)]
pub mod raw {
    #[allow(unused_imports, clippy::wildcard_imports)]
    use super::*;
    #[deny(improper_ctypes)]
    unsafe extern "C" {
        pub fn posix_memalign(
            memptr: *mut *mut c_void,
            alignment: usize,
            size: usize,
        ) -> c_int;
        pub fn pair(a: *mut c_int, b: *mut Point) -> c_int;
    }
}
/** Calls the C function `posix_memalign`.

 On success returns what C wrote to the out-parameter `memptr`.

 # Errors

 Returns `Err` when `posix_memalign` returns nonzero; that value is the `errno` it carries.

 The raw declaration is [`raw::posix_memalign`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn posix_memalign(
    alignment: usize,
    size: usize,
) -> ::ffi_runtime::__private::Result<*mut c_void, ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::__ret};
    const {
        __ffi::written_by_c::<*mut c_void>();
        __ffi::passed_to_c::<usize>();
        __ffi::returned_by_c::<c_int>();
    }
    let mut memptr = __ffi::MaybeUninit::<*mut c_void>::uninit();
    let __ret = unsafe {
        raw::posix_memalign(__ffi::MaybeUninit::as_mut_ptr(&mut memptr), alignment, size)
    };
    if <c_int as __ffi::IntReturn>::is_nonzero(__ret) {
        return __ffi::Err(
            __ffi::ret_errno_error(
                &__ffi::Site {
                    function: "posix_memalign",
                },
                <c_int as __ffi::IntReturn>::to_code(__ret),
            ),
        );
    }
    __ffi::Ok(unsafe { __ffi::MaybeUninit::assume_init(memptr) })
}
/** Calls the C function `pair`.

 On success returns what C wrote to the out-parameters `a`, `b`.

 # Errors

 Returns `Err` carrying the status code when `pair` returns nonzero.

 The raw declaration is [`raw::pair`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn pair() -> ::ffi_runtime::__private::Result<(c_int, Point), ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::__ret};
    const {
        __ffi::written_by_c::<c_int>();
        __ffi::written_by_c::<Point>();
        __ffi::returned_by_c::<c_int>();
    }
    let mut a = __ffi::MaybeUninit::<c_int>::uninit();
    let mut b = __ffi::MaybeUninit::<Point>::uninit();
    let __ret = unsafe {
        raw::pair(
            __ffi::MaybeUninit::as_mut_ptr(&mut a),
            __ffi::MaybeUninit::as_mut_ptr(&mut b),
        )
    };
    if <c_int as __ffi::IntReturn>::is_nonzero(__ret) {
        return __ffi::Err(
            __ffi::code_error(
                &__ffi::Site { function: "pair" },
                <c_int as __ffi::IntReturn>::to_code(__ret),
            ),
        );
    }
    __ffi::Ok(unsafe {
        (__ffi::MaybeUninit::assume_init(a), __ffi::MaybeUninit::assume_init(b))
    })
}
