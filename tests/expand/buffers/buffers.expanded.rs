/// Raw declarations of the C functions, exactly as declared: callable in
/// `unsafe` code. The functions of the same names outside this module are
/// their safe wrappers.
#[allow(missing_docs)]
pub mod raw {
    #[allow(unused_imports, clippy::wildcard_imports)]
    use super::*;
    #[deny(improper_ctypes)]
    unsafe extern "C" {
        pub fn getcwd(buffer: *mut c_char, size: usize) -> *mut c_char;
        pub fn readlink(path: *const c_char, buffer: *mut c_char, size: usize) -> isize;
        pub fn strxfrm(
            destination: *mut c_char,
            source: *const c_char,
            size: usize,
        ) -> usize;
    }
}
/** Calls the C function `getcwd`.

 # Errors

 Returns `Err` carrying `errno` when `getcwd` returns NULL.

 The raw declaration is [`raw::getcwd`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn getcwd() -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::CString,
    ::ffi_runtime::Error,
> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{
        self as __ffi,
        hygiene::{__buffer, __capacity, __capacity_n, __error, __ptr, __ret, __text},
    };
    const {
        __ffi::byte::<c_char>();
    }
    let mut __capacity: usize = 256usize;
    loop {
        let mut __buffer = __ffi::zeroed_buffer::<u8>(__capacity);
        let __capacity_n: usize = __capacity;
        let __ret = unsafe {
            raw::getcwd(<[_]>::as_mut_ptr(&mut __buffer).cast(), __capacity_n)
        };
        let __ffi::Some(__ptr) = __ffi::NonNull::new(__ret) else {
            let __error = __ffi::last_errno_error(&__ffi::Site { function: "getcwd" });
            if __ffi::should_grow(
                &__error,
                __ffi::libc::ERANGE,
                &mut __capacity,
                1048576usize,
            ) {
                continue;
            }
            return __ffi::Err(__error);
        };
        match __ffi::buffer_string(__buffer) {
            __ffi::Some(__text) => break __ffi::Ok(__text),
            __ffi::None => {
                if !__ffi::grow(&mut __capacity, 1048576usize) {
                    return __ffi::Err(
                        __ffi::truncated_error(
                            &__ffi::Site { function: "getcwd" },
                            "buffer",
                            1048576usize,
                        ),
                    );
                }
            }
        }
    }
}
/** Calls the C function `readlink`.

 # Errors

 Returns `Err` carrying `errno` when `readlink` returns -1 (the maximum value, for an unsigned return type).

 The raw declaration is [`raw::readlink`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn readlink(
    path: &::ffi_runtime::__private::core::primitive::str,
) -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::Vec<u8>,
    ::ffi_runtime::Error,
> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{
        self as __ffi,
        hygiene::{
            __buffer, __bytes, __capacity, __capacity_n, __position, __ret, __slot,
            __string, __written,
        },
    };
    const {
        __ffi::byte::<c_char>();
        __ffi::returned_by_c::<isize>();
    }
    let mut __slot = __ffi::StrArg::new();
    let path = match __ffi::StrArg::set(&mut __slot, path) {
        __ffi::Ok(__string) => __string,
        __ffi::Err(__position) => {
            return __ffi::Err(
                __ffi::interior_nul_error(
                    &__ffi::Site {
                        function: "readlink",
                    },
                    "path",
                    __position,
                ),
            );
        }
    };
    let mut __capacity: usize = 256usize;
    loop {
        let mut __buffer = __ffi::zeroed_buffer::<u8>(__capacity);
        let __capacity_n: usize = __capacity;
        let __ret = unsafe {
            raw::readlink(
                __ffi::NulTerminated::as_ptr(&path),
                <[_]>::as_mut_ptr(&mut __buffer).cast(),
                __capacity_n,
            )
        };
        if <isize as __ffi::IntReturn>::is_errno_sentinel(__ret) {
            return __ffi::Err(
                __ffi::last_errno_error(
                    &__ffi::Site {
                        function: "readlink",
                    },
                ),
            );
        }
        let __written = <isize as __ffi::Length>::to_usize(__ret);
        match __written {
            __ffi::Some(__written) if __written < __capacity => {
                match __ffi::written_bytes(__buffer, __written) {
                    __ffi::Some(__bytes) => break __ffi::Ok(__bytes),
                    __ffi::None => {
                        return __ffi::Err(
                            __ffi::truncated_error(
                                &__ffi::Site {
                                    function: "readlink",
                                },
                                "buffer",
                                1048576usize,
                            ),
                        );
                    }
                }
            }
            _ => {
                if !__ffi::grow(&mut __capacity, 1048576usize) {
                    return __ffi::Err(
                        __ffi::truncated_error(
                            &__ffi::Site {
                                function: "readlink",
                            },
                            "buffer",
                            1048576usize,
                        ),
                    );
                }
            }
        }
    }
}
/** Calls the C function `strxfrm`.

 The raw declaration is [`raw::strxfrm`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn strxfrm(
    source: &::ffi_runtime::__private::core::primitive::str,
) -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::CString,
    ::ffi_runtime::Error,
> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{
        self as __ffi,
        hygiene::{
            __buffer, __capacity, __capacity_n, __needed, __position, __ret, __slot,
            __string, __text,
        },
    };
    const {
        __ffi::byte::<c_char>();
        __ffi::returned_by_c::<usize>();
    }
    let mut __slot = __ffi::StrArg::new();
    let source = match __ffi::StrArg::set(&mut __slot, source) {
        __ffi::Ok(__string) => __string,
        __ffi::Err(__position) => {
            return __ffi::Err(
                __ffi::interior_nul_error(
                    &__ffi::Site { function: "strxfrm" },
                    "source",
                    __position,
                ),
            );
        }
    };
    let mut __capacity: usize = 8usize;
    loop {
        let mut __buffer = __ffi::zeroed_buffer::<u8>(__capacity);
        let __capacity_n: usize = __capacity;
        let __ret = unsafe {
            raw::strxfrm(
                <[_]>::as_mut_ptr(&mut __buffer).cast(),
                __ffi::NulTerminated::as_ptr(&source),
                __capacity_n,
            )
        };
        let __needed = <usize as __ffi::Length>::to_usize(__ret);
        match __needed {
            __ffi::Some(__needed) if __needed < __capacity => {
                match __ffi::buffer_string(__buffer) {
                    __ffi::Some(__text) => break __ffi::Ok(__text),
                    __ffi::None => {
                        return __ffi::Err(
                            __ffi::truncated_error(
                                &__ffi::Site { function: "strxfrm" },
                                "destination",
                                1048576usize,
                            ),
                        );
                    }
                }
            }
            __needed => {
                let __needed = __needed.and_then(|__needed| __needed.checked_add(1));
                if !__ffi::grow_to(&mut __capacity, __needed, 1048576usize) {
                    return __ffi::Err(
                        __ffi::truncated_error(
                            &__ffi::Site { function: "strxfrm" },
                            "destination",
                            1048576usize,
                        ),
                    );
                }
            }
        }
    }
}
