/// Raw declarations of the C functions, exactly as declared: callable in
/// `unsafe` code. The functions of the same names outside this module are
/// their safe wrappers.
#[allow(missing_docs)]
pub mod raw {
    #[allow(unused_imports, clippy::wildcard_imports)]
    use super::*;
    #[deny(improper_ctypes)]
    unsafe extern "C" {
        pub fn setenv(
            name: *const c_char,
            value: *const c_char,
            overwrite: c_int,
        ) -> c_int;
        pub fn puts_maybe(text: *const c_char) -> c_int;
        pub fn is_null(text: *const c_char) -> bool;
    }
}
/// Calls the C function `setenv`.
///
/// # Errors
///
/// Returns `Err` carrying `errno` when `setenv` returns -1 (the maximum value, for an unsigned return type).
///
/// The raw declaration is `raw::setenv`.
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn setenv(
    name: &::ffi_runtime::__private::core::primitive::str,
    value: &::ffi_runtime::__private::core::primitive::str,
    overwrite: c_int,
) -> ::ffi_runtime::__private::Result<c_int, ::ffi_runtime::Error> {
    let mut __name_c = ::ffi_runtime::__private::StrArg::new();
    let __name_p = match ::ffi_runtime::__private::StrArg::set(&mut __name_c, name) {
        ::ffi_runtime::__private::Ok(__pointer) => __pointer,
        ::ffi_runtime::__private::Err(__position) => {
            return ::ffi_runtime::__private::Err(
                ::ffi_runtime::__private::nul_error(
                    &::ffi_runtime::__private::Site {
                        function: "setenv",
                    },
                    "name",
                    __position,
                ),
            );
        }
    };
    let mut __value_c = ::ffi_runtime::__private::StrArg::new();
    let __value_p = match ::ffi_runtime::__private::StrArg::set(&mut __value_c, value) {
        ::ffi_runtime::__private::Ok(__pointer) => __pointer,
        ::ffi_runtime::__private::Err(__position) => {
            return ::ffi_runtime::__private::Err(
                ::ffi_runtime::__private::nul_error(
                    &::ffi_runtime::__private::Site {
                        function: "setenv",
                    },
                    "value",
                    __position,
                ),
            );
        }
    };
    let __ret = unsafe { raw::setenv(__name_p, __value_p, overwrite) };
    if <c_int as ::ffi_runtime::__private::IntReturn>::is_errno_sentinel(__ret) {
        let __error = ::ffi_runtime::__private::last_errno_error(
            &::ffi_runtime::__private::Site {
                function: "setenv",
            },
        );
        return ::ffi_runtime::__private::Err(__error);
    }
    ::ffi_runtime::__private::Ok(__ret)
}
/// Calls the C function `puts_maybe`.
///
/// The raw declaration is `raw::puts_maybe`.
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn puts_maybe(
    text: ::ffi_runtime::__private::Option<
        &::ffi_runtime::__private::core::primitive::str,
    >,
) -> ::ffi_runtime::__private::Result<c_int, ::ffi_runtime::Error> {
    let mut __text_c = ::ffi_runtime::__private::StrArg::new();
    let __text_p = match text {
        ::ffi_runtime::__private::Some(__text) => {
            match ::ffi_runtime::__private::StrArg::set(&mut __text_c, __text) {
                ::ffi_runtime::__private::Ok(__pointer) => __pointer,
                ::ffi_runtime::__private::Err(__position) => {
                    return ::ffi_runtime::__private::Err(
                        ::ffi_runtime::__private::nul_error(
                            &::ffi_runtime::__private::Site {
                                function: "puts_maybe",
                            },
                            "text",
                            __position,
                        ),
                    );
                }
            }
        }
        ::ffi_runtime::__private::None => ::ffi_runtime::__private::core::ptr::null(),
    };
    let __ret = unsafe { raw::puts_maybe(__text_p) };
    ::ffi_runtime::__private::Ok(__ret)
}
/// Calls the C function `is_null`.
///
/// The raw declaration is `raw::is_null`.
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn is_null(
    text: ::ffi_runtime::__private::Option<&::ffi_runtime::__private::CStr>,
) -> bool {
    unsafe {
        raw::is_null(
            match text {
                ::ffi_runtime::__private::Some(__text) => {
                    ::ffi_runtime::__private::CStr::as_ptr(__text)
                }
                ::ffi_runtime::__private::None => {
                    ::ffi_runtime::__private::core::ptr::null()
                }
            },
        )
    }
}
