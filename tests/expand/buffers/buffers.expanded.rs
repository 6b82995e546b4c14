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
/// The raw declaration is `raw::getcwd`.
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn getcwd() -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::CString,
    ::ffi_runtime::Error,
> {
    let mut __capacity: usize = 256usize;
    loop {
        let mut __buffer = ::ffi_runtime::__private::zeroed_buffer::<u8>(__capacity);
        let __capacity_n = match <usize as ::ffi_runtime::__private::TryFrom<
            usize,
        >>::try_from(__capacity) {
            ::ffi_runtime::__private::Ok(__length) => __length,
            ::ffi_runtime::__private::Err(_) => {
                return ::ffi_runtime::__private::Err(
                    ::ffi_runtime::__private::length_error(
                        &::ffi_runtime::__private::Site {
                            function: "getcwd",
                        },
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
        let ::ffi_runtime::__private::Some(__ptr) = ::ffi_runtime::__private::NonNull::new(
            __ret,
        ) else {
            let __error = ::ffi_runtime::__private::last_errno_error(
                &::ffi_runtime::__private::Site {
                    function: "getcwd",
                },
            );
            if ::ffi_runtime::__private::should_grow(
                &__error,
                ::ffi_runtime::__private::libc::ERANGE,
                &mut __capacity,
                1048576usize,
            ) {
                continue;
            }
            return ::ffi_runtime::__private::Err(__error);
        };
        match ::ffi_runtime::__private::buffer_string(__buffer) {
            ::ffi_runtime::__private::Some(__text) => {
                break ::ffi_runtime::__private::Ok(__text);
            }
            ::ffi_runtime::__private::None => {
                if !::ffi_runtime::__private::grow(&mut __capacity, 1048576usize) {
                    return ::ffi_runtime::__private::Err(
                        ::ffi_runtime::__private::truncated_error(
                            &::ffi_runtime::__private::Site {
                                function: "getcwd",
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
/// Calls the C function `readlink`.
///
/// # Errors
///
/// Returns `Err` carrying `errno` when `readlink` returns -1 (the maximum value, for an unsigned return type).
///
/// The raw declaration is `raw::readlink`.
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn readlink(
    path: &::ffi_runtime::__private::core::primitive::str,
) -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::Vec<u8>,
    ::ffi_runtime::Error,
> {
    let mut __path_c = ::ffi_runtime::__private::StrArg::new();
    let __path_p = match ::ffi_runtime::__private::StrArg::set(&mut __path_c, path) {
        ::ffi_runtime::__private::Ok(__pointer) => __pointer,
        ::ffi_runtime::__private::Err(__position) => {
            return ::ffi_runtime::__private::Err(
                ::ffi_runtime::__private::nul_error(
                    &::ffi_runtime::__private::Site {
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
        let mut __buffer = ::ffi_runtime::__private::zeroed_buffer::<u8>(__capacity);
        let __capacity_n = match <usize as ::ffi_runtime::__private::TryFrom<
            usize,
        >>::try_from(__capacity) {
            ::ffi_runtime::__private::Ok(__length) => __length,
            ::ffi_runtime::__private::Err(_) => {
                return ::ffi_runtime::__private::Err(
                    ::ffi_runtime::__private::length_error(
                        &::ffi_runtime::__private::Site {
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
        if <isize as ::ffi_runtime::__private::IntReturn>::is_errno_sentinel(__ret) {
            let __error = ::ffi_runtime::__private::last_errno_error(
                &::ffi_runtime::__private::Site {
                    function: "readlink",
                },
            );
            return ::ffi_runtime::__private::Err(__error);
        }
        let __written = <usize as ::ffi_runtime::__private::TryFrom<
            isize,
        >>::try_from(__ret);
        match __written {
            ::ffi_runtime::__private::Ok(__written) if __written < __capacity => {
                match ::ffi_runtime::__private::written_bytes(__buffer, __written) {
                    ::ffi_runtime::__private::Some(__bytes) => {
                        break ::ffi_runtime::__private::Ok(__bytes);
                    }
                    ::ffi_runtime::__private::None => {
                        return ::ffi_runtime::__private::Err(
                            ::ffi_runtime::__private::truncated_error(
                                &::ffi_runtime::__private::Site {
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
                if !::ffi_runtime::__private::grow(&mut __capacity, 1048576usize) {
                    return ::ffi_runtime::__private::Err(
                        ::ffi_runtime::__private::truncated_error(
                            &::ffi_runtime::__private::Site {
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
/// The raw declaration is `raw::strxfrm`.
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn strxfrm(
    source: &::ffi_runtime::__private::core::primitive::str,
) -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::CString,
    ::ffi_runtime::Error,
> {
    let mut __source_c = ::ffi_runtime::__private::StrArg::new();
    let __source_p = match ::ffi_runtime::__private::StrArg::set(
        &mut __source_c,
        source,
    ) {
        ::ffi_runtime::__private::Ok(__pointer) => __pointer,
        ::ffi_runtime::__private::Err(__position) => {
            return ::ffi_runtime::__private::Err(
                ::ffi_runtime::__private::nul_error(
                    &::ffi_runtime::__private::Site {
                        function: "strxfrm",
                    },
                    "source",
                    __position,
                ),
            );
        }
    };
    let mut __capacity: usize = 8usize;
    loop {
        let mut __buffer = ::ffi_runtime::__private::zeroed_buffer::<u8>(__capacity);
        let __capacity_n = match <usize as ::ffi_runtime::__private::TryFrom<
            usize,
        >>::try_from(__capacity) {
            ::ffi_runtime::__private::Ok(__length) => __length,
            ::ffi_runtime::__private::Err(_) => {
                return ::ffi_runtime::__private::Err(
                    ::ffi_runtime::__private::length_error(
                        &::ffi_runtime::__private::Site {
                            function: "strxfrm",
                        },
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
        let __needed = <usize as ::ffi_runtime::__private::TryFrom<
            usize,
        >>::try_from(__ret);
        match __needed {
            ::ffi_runtime::__private::Ok(__needed) if __needed < __capacity => {
                match ::ffi_runtime::__private::buffer_string(__buffer) {
                    ::ffi_runtime::__private::Some(__text) => {
                        break ::ffi_runtime::__private::Ok(__text);
                    }
                    ::ffi_runtime::__private::None => {
                        return ::ffi_runtime::__private::Err(
                            ::ffi_runtime::__private::truncated_error(
                                &::ffi_runtime::__private::Site {
                                    function: "strxfrm",
                                },
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
                if !::ffi_runtime::__private::grow_to(
                    &mut __capacity,
                    __needed,
                    1048576usize,
                ) {
                    return ::ffi_runtime::__private::Err(
                        ::ffi_runtime::__private::truncated_error(
                            &::ffi_runtime::__private::Site {
                                function: "strxfrm",
                            },
                            "destination",
                            1048576usize,
                        ),
                    );
                }
            }
        }
    }
}
