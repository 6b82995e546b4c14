/// Raw declarations of the C functions, exactly as declared: callable in
/// `unsafe` code. The functions of the same names outside this module are
/// their safe wrappers.
#[allow(missing_docs)]
pub mod raw {
    #[allow(unused_imports, clippy::wildcard_imports)]
    use super::*;
    #[link(name = "c")]
    #[deny(improper_ctypes)]
    unsafe extern "C" {
        /// Closes a file descriptor.
        pub fn close(fd: c_int) -> c_int;
        /// Reads a resource limit.
        #[cfg_attr(doc, doc = "See `getrlimit(2)`.")]
        #[cfg_attr(all(), doc = concat!("The limit ", "is a `libc::rlimit`."))]
        #[cfg_attr(all(), must_use)]
        pub fn getrlimit(resource: c_int, rlim: *mut libc::rlimit) -> c_int;
        pub fn fopen(path: *const c_char, mode: *const c_char) -> *mut FILE;
        pub fn open(path: *const c_char, flags: c_int, ...) -> c_int;
    }
}
#[allow(unused_imports)]
pub use self::raw::open;
/// Closes a file descriptor.
/**
 # Errors

 Returns `Err` carrying `errno` when `close` returns -1 (the maximum value, for an unsigned return type).

 The raw declaration is [`raw::close`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn close(
    fd: c_int,
) -> ::ffi_runtime::__private::Result<c_int, ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::__ret};
    const {
        __ffi::passed_to_c::<c_int>();
        __ffi::returned_by_c::<c_int>();
    }
    let __ret = unsafe { raw::close(fd) };
    if <c_int as __ffi::IntReturn>::is_errno_sentinel(__ret) {
        return __ffi::Err(__ffi::last_errno_error(&__ffi::Site { function: "close" }));
    }
    __ffi::Ok(__ret)
}
/// Reads a resource limit.
#[cfg_attr(doc, doc = "See `getrlimit(2)`.")]
#[cfg_attr(all(), doc = concat!("The limit ", "is a `libc::rlimit`."))]
/**
 On success returns what C wrote to the out-parameter `rlim`.

 # Errors

 Returns `Err` carrying `errno` when `getrlimit` returns -1 (the maximum value, for an unsigned return type).

 The raw declaration is [`raw::getrlimit`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn getrlimit(
    resource: c_int,
) -> ::ffi_runtime::__private::Result<libc::rlimit, ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::__ret};
    const {
        __ffi::passed_to_c::<c_int>();
        __ffi::written_by_c::<libc::rlimit>();
        __ffi::returned_by_c::<c_int>();
    }
    let mut rlim = __ffi::MaybeUninit::<libc::rlimit>::uninit();
    let __ret = unsafe {
        raw::getrlimit(resource, __ffi::MaybeUninit::as_mut_ptr(&mut rlim))
    };
    if <c_int as __ffi::IntReturn>::is_errno_sentinel(__ret) {
        return __ffi::Err(
            __ffi::last_errno_error(
                &__ffi::Site {
                    function: "getrlimit",
                },
            ),
        );
    }
    __ffi::Ok(unsafe { __ffi::MaybeUninit::assume_init(rlim) })
}
/** Calls the C function `fopen`.

 # Errors

 Returns `Err` carrying `errno` when `fopen` returns NULL.

 The raw declaration is [`raw::fopen`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn fopen(
    path: &::ffi_runtime::__private::CStr,
    mode: &::ffi_runtime::__private::CStr,
) -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::NonNull<FILE>,
    ::ffi_runtime::Error,
> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::{__ptr, __ret}};
    const {
        __ffi::byte::<c_char>();
    }
    let __ret = unsafe {
        raw::fopen(__ffi::CStr::as_ptr(path), __ffi::CStr::as_ptr(mode))
    };
    let __ffi::Some(__ptr) = __ffi::NonNull::new(__ret) else {
        return __ffi::Err(__ffi::last_errno_error(&__ffi::Site { function: "fopen" }));
    };
    __ffi::Ok(__ptr)
}
