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
/// The raw declaration is [`raw::setenv`].
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn setenv(
    name: &::ffi_runtime::__private::core::primitive::str,
    value: &::ffi_runtime::__private::core::primitive::str,
    overwrite: c_int,
) -> ::ffi_runtime::__private::Result<c_int, ::ffi_runtime::Error> {
    use ::ffi_runtime::__private as __ffi;
    let mut __name_c = __ffi::StrArg::new();
    let __name_p = match __ffi::StrArg::set(&mut __name_c, name) {
        __ffi::Ok(__pointer) => __pointer,
        __ffi::Err(__position) => {
            return __ffi::Err(
                __ffi::nul_error(&__ffi::Site { function: "setenv" }, "name", __position),
            );
        }
    };
    let mut __value_c = __ffi::StrArg::new();
    let __value_p = match __ffi::StrArg::set(&mut __value_c, value) {
        __ffi::Ok(__pointer) => __pointer,
        __ffi::Err(__position) => {
            return __ffi::Err(
                __ffi::nul_error(
                    &__ffi::Site { function: "setenv" },
                    "value",
                    __position,
                ),
            );
        }
    };
    let __ret = unsafe { raw::setenv(__name_p, __value_p, overwrite) };
    if <c_int as __ffi::IntReturn>::is_errno_sentinel(__ret) {
        let __error = __ffi::last_errno_error(&__ffi::Site { function: "setenv" });
        return __ffi::Err(__error);
    }
    __ffi::Ok(__ret)
}
/// Calls the C function `puts_maybe`.
///
/// The raw declaration is [`raw::puts_maybe`].
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn puts_maybe(
    text: ::ffi_runtime::__private::Option<
        &::ffi_runtime::__private::core::primitive::str,
    >,
) -> ::ffi_runtime::__private::Result<c_int, ::ffi_runtime::Error> {
    use ::ffi_runtime::__private as __ffi;
    let mut __text_c = __ffi::StrArg::new();
    let __text_p = match text {
        __ffi::Some(__text) => {
            match __ffi::StrArg::set(&mut __text_c, __text) {
                __ffi::Ok(__pointer) => __pointer,
                __ffi::Err(__position) => {
                    return __ffi::Err(
                        __ffi::nul_error(
                            &__ffi::Site {
                                function: "puts_maybe",
                            },
                            "text",
                            __position,
                        ),
                    );
                }
            }
        }
        __ffi::None => __ffi::core::ptr::null(),
    };
    let __ret = unsafe { raw::puts_maybe(__text_p) };
    __ffi::Ok(__ret)
}
/// Calls the C function `is_null`.
///
/// The raw declaration is [`raw::is_null`].
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn is_null(
    text: ::ffi_runtime::__private::Option<&::ffi_runtime::__private::CStr>,
) -> bool {
    use ::ffi_runtime::__private as __ffi;
    unsafe {
        raw::is_null(
            match text {
                __ffi::Some(__text) => __ffi::CStr::as_ptr(__text),
                __ffi::None => __ffi::core::ptr::null(),
            },
        )
    }
}
