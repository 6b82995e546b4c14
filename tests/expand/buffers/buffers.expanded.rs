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
/// Calls the C function `getcwd`.
///
/// # Errors
///
/// Returns `Err` carrying `errno` when `getcwd` returns NULL.
///
/// The raw declaration is [`raw::getcwd`].
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn getcwd() -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::CString,
    ::ffi_runtime::Error,
> {
    use ::ffi_runtime::__private as __ffi;
    let mut __capacity: usize = 256usize;
    loop {
        let mut __buffer = __ffi::zeroed_buffer::<u8>(__capacity);
        let __capacity_n = match <usize as __ffi::TryFrom<usize>>::try_from(__capacity) {
            __ffi::Ok(__length) => __length,
            __ffi::Err(_) => {
                return __ffi::Err(
                    __ffi::length_error(
                        &__ffi::Site { function: "getcwd" },
                        "buffer",
                        "size",
                        __capacity,
                    ),
                );
            }
        };
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
/// Calls the C function `readlink`.
///
/// # Errors
///
/// Returns `Err` carrying `errno` when `readlink` returns -1 (the maximum value, for an unsigned return type).
///
/// The raw declaration is [`raw::readlink`].
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn readlink(
    path: &::ffi_runtime::__private::core::primitive::str,
) -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::Vec<u8>,
    ::ffi_runtime::Error,
> {
    use ::ffi_runtime::__private as __ffi;
    let mut __path_c = __ffi::StrArg::new();
    let __path_p = match __ffi::StrArg::set(&mut __path_c, path) {
        __ffi::Ok(__pointer) => __pointer,
        __ffi::Err(__position) => {
            return __ffi::Err(
                __ffi::nul_error(
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
        let __capacity_n = match <usize as __ffi::TryFrom<usize>>::try_from(__capacity) {
            __ffi::Ok(__length) => __length,
            __ffi::Err(_) => {
                return __ffi::Err(
                    __ffi::length_error(
                        &__ffi::Site {
                            function: "readlink",
                        },
                        "buffer",
                        "size",
                        __capacity,
                    ),
                );
            }
        };
        let __ret = unsafe {
            raw::readlink(
                __path_p,
                <[_]>::as_mut_ptr(&mut __buffer).cast(),
                __capacity_n,
            )
        };
        if <isize as __ffi::IntReturn>::is_errno_sentinel(__ret) {
            let __error = __ffi::last_errno_error(
                &__ffi::Site {
                    function: "readlink",
                },
            );
            return __ffi::Err(__error);
        }
        let __written = <usize as __ffi::TryFrom<isize>>::try_from(__ret);
        match __written {
            __ffi::Ok(__written) if __written < __capacity => {
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
/// Calls the C function `strxfrm`.
///
/// The raw declaration is [`raw::strxfrm`].
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn strxfrm(
    source: &::ffi_runtime::__private::core::primitive::str,
) -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::CString,
    ::ffi_runtime::Error,
> {
    use ::ffi_runtime::__private as __ffi;
    let mut __source_c = __ffi::StrArg::new();
    let __source_p = match __ffi::StrArg::set(&mut __source_c, source) {
        __ffi::Ok(__pointer) => __pointer,
        __ffi::Err(__position) => {
            return __ffi::Err(
                __ffi::nul_error(
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
        let __capacity_n = match <usize as __ffi::TryFrom<usize>>::try_from(__capacity) {
            __ffi::Ok(__length) => __length,
            __ffi::Err(_) => {
                return __ffi::Err(
                    __ffi::length_error(
                        &__ffi::Site { function: "strxfrm" },
                        "destination",
                        "size",
                        __capacity,
                    ),
                );
            }
        };
        let __ret = unsafe {
            raw::strxfrm(
                <[_]>::as_mut_ptr(&mut __buffer).cast(),
                __source_p,
                __capacity_n,
            )
        };
        let __needed = <usize as __ffi::TryFrom<usize>>::try_from(__ret);
        match __needed {
            __ffi::Ok(__needed) if __needed < __capacity => {
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
                let __needed = __needed
                    .ok()
                    .and_then(|__needed| __needed.checked_add(1));
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
